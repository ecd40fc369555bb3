package com.supplyrisk.assessment;

/**
 * Factor 1: how dependent the buyer becomes on the option's chip vendor ({@code risk} = vendor share).
 *
 * @param installedPflops the vendor's compute the buyer already runs (its fleet)
 * @param boughtPflops    the vendor's compute bought under the plan (in {@code ALTERNATIVES} mode, this option's alone)
 * @param totalPflops     the buyer's compute in all, fleet and plan, of which the shares are taken
 * @param explanation     the factor in words, only when the plan asked for explanations
 */
public record ConcentrationFactor(
        double risk,
        double points,
        String vendor,
        double vendorShare,
        String supplier,
        double supplierShare,
        double installedPflops,
        double boughtPflops,
        double totalPflops,
        String explanation) {
}

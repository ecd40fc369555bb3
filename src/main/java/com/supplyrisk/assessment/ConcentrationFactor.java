package com.supplyrisk.assessment;

/** Factor 1: how dependent the buyer becomes on the option's chip vendor ({@code risk} = vendor share). */
public record ConcentrationFactor(
        double risk,
        double points,
        String vendor,
        double vendorShare,
        String supplier,
        double supplierShare,
        String explanation) {
}

package com.supplyrisk.scoring;

import com.supplyrisk.plan.FleetHolding;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.PlanOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shares of the buyer's compute by chip vendor and by supplier: the existing fleet plus what the plan
 * buys. Vendors and suppliers are compared ignoring case and surrounding spaces. Options are given in id
 * order: floating-point sums must not depend on the order the client listed them in.
 */
final class SupplierConcentration {

    private final Mode mode;
    private final Map<String, Double> fleetByVendor;
    private final Map<String, Double> fleetBySupplier;
    private final Map<String, Double> planByVendor;
    private final Map<String, Double> planBySupplier;
    private final double fleetTotal;
    private final double planTotal;
    /**
     * Each name given, as compared: options share a few vendor and supplier names, so each is normalised once per
     * plan rather than at every look-up.
     */
    private final Map<String, String> keys = new HashMap<>();

    SupplierConcentration(List<FleetHolding> fleet, List<PlanOption> options, Mode mode) {
        this.mode = mode;
        this.fleetByVendor = new HashMap<>();
        this.fleetBySupplier = new HashMap<>();
        double fleetSum = 0;
        for (FleetHolding holding : fleet) {
            fleetByVendor.merge(key(holding.vendor()), holding.pflops(), Double::sum);
            fleetBySupplier.merge(key(holding.supplier()), holding.pflops(), Double::sum);
            fleetSum += holding.pflops();
        }
        this.fleetTotal = fleetSum;
        this.planByVendor = new HashMap<>();
        this.planBySupplier = new HashMap<>();
        double planSum = 0;
        for (PlanOption option : options) {
            planByVendor.merge(key(option.accelerator().vendor()), option.computePflops(), Double::sum);
            planBySupplier.merge(key(option.supplier()), option.computePflops(), Double::sum);
            planSum += option.computePflops();
        }
        this.planTotal = planSum;
    }

    /** One option's shares, and the figures behind them for its explanation. */
    record Shares(double vendorShare, double supplierShare, double fleetOfVendor, double boughtFromVendor, double total) {
    }

    Shares sharesOf(PlanOption option) {
        String vendor = key(option.accelerator().vendor());
        String supplier = key(option.supplier());
        double own = option.computePflops();
        double fleetVendor = fleetByVendor.getOrDefault(vendor, 0.0);
        double fleetSupplier = fleetBySupplier.getOrDefault(supplier, 0.0);
        double boughtVendor = mode == Mode.PORTFOLIO ? planByVendor.get(vendor) : own;
        double boughtSupplier = mode == Mode.PORTFOLIO ? planBySupplier.get(supplier) : own;
        double total = fleetTotal + (mode == Mode.PORTFOLIO ? planTotal : own);
        return new Shares((fleetVendor + boughtVendor) / total, (fleetSupplier + boughtSupplier) / total,
                fleetVendor, boughtVendor, total);
    }

    /** Vendor HHI of the fleet plus the given options, in id order, on the 0 to 10,000 scale. */
    int vendorHhi(List<PlanOption> bought) {
        var compute = new HashMap<>(fleetByVendor);
        bought.forEach(option -> compute.merge(key(option.accelerator().vendor()), option.computePflops(), Double::sum));
        return hhi(compute);
    }

    /** Supplier HHI of the fleet plus the given options, in id order, on the 0 to 10,000 scale. */
    int supplierHhi(List<PlanOption> bought) {
        var compute = new HashMap<>(fleetBySupplier);
        bought.forEach(option -> compute.merge(key(option.supplier()), option.computePflops(), Double::sum));
        return hhi(compute);
    }

    static int hhi(Map<String, Double> compute) {
        double total = compute.values().stream().sorted().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return 0;
        }
        double sumOfSquares = compute.values().stream().sorted().mapToDouble(v -> (v / total) * (v / total)).sum();
        return (int) Math.round(10_000 * sumOfSquares);
    }

    private String key(String name) {
        return keys.computeIfAbsent(name, SupplierConcentration::normalised);
    }

    private static String normalised(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }
}

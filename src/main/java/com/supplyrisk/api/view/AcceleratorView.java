package com.supplyrisk.api.view;

import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.Form;
import com.supplyrisk.catalog.RentalRate;
import java.time.LocalDate;

/**
 * A catalog entry as the API shows it, with its derived ECCN and performance density, and the judgement the ECCN turns
 * on where it turns on one.
 */
public record AcceleratorView(
        String id,
        String vendor,
        String name,
        String originCountry,
        Form form,
        boolean marketedForDatacenter,
        int chipsPerUnit,
        double bf16Tflops,
        Double memoryGb,
        Double memoryBandwidthTbps,
        double tpp,
        Double performanceDensity,
        Integer launchYear,
        String eccn,
        ReferencePriceView referenceUnitPrice,
        BoardPowerView boardPower,
        RentalRateView referenceRentalRate,
        String specsSource,
        String classificationJudgement,
        String notes) {

    /** The official price of one unit, when and where it was quoted. */
    public record ReferencePriceView(double amount, String currency, LocalDate asOf, String source) {
    }

    /** The most power one unit draws, with its date, evidence and source. */
    public record BoardPowerView(double watts, LocalDate asOf, Evidence evidence, String source) {
    }

    /** What renting one unit costs per period on the public market, with its date, evidence and source. */
    public record RentalRateView(double amount, String currency, RentalRate.Period period, LocalDate asOf, Evidence evidence,
            String source) {
    }

    public static AcceleratorView of(Accelerator a) {
        Double density = a.performanceDensity() == null ? null : Math.round(a.performanceDensity() * 100) / 100.0;
        var price = a.referenceUnitPrice();
        return new AcceleratorView(a.id(), a.vendor(), a.name(), a.originCountry(), a.form(), a.marketedForDatacenter(),
                a.chipsPerUnit(), a.bf16Tflops(), a.memoryGb(), a.memoryBandwidthTbps(), a.tpp(), density, a.launchYear(),
                a.eccn().code(), new ReferencePriceView(price.price().amount(), price.price().currency(), price.asOf(),
                        price.source()),
                a.boardPower() == null ? null : new BoardPowerView(a.boardPower().watts(), a.boardPower().asOf(),
                        a.boardPower().evidence(), a.boardPower().source()),
                a.referenceRentalRate() == null ? null : rental(a.referenceRentalRate()),
                a.specsSource(), a.classificationJudgement(), a.notes());
    }

    private static RentalRateView rental(RentalRate rate) {
        return new RentalRateView(rate.price().amount(), rate.price().currency(), rate.period(), rate.asOf(), rate.evidence(),
                rate.source());
    }
}

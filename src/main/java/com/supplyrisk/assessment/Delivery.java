package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Evidence;
import java.time.LocalDate;

/**
 * When an option's compute arrives and how likely its route fills an order of its size. The lead time is the supply
 * data's for the route on the plan's day, 0 when it has none; the volume probability is
 * {@code exp(-quantity / (buyerShare x supplyUnits))}, 1 when the data has no estimate for the route (then every supply
 * field is null) or when the buyer gave its own licensing probability, which replaces the whole of P.
 */
public record Delivery(
        double leadTimeMonths,
        Evidence leadTimeEvidence,
        LocalDate leadTimeAsOf,
        String leadTimeSource,
        double volumeProbability,
        Double supplyUnits,
        Double buyerShare,
        Evidence supplyEvidence,
        LocalDate supplyAsOf,
        String supplySource,
        String explanation) {
}

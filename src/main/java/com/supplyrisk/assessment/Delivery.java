package com.supplyrisk.assessment;

/**
 * When an option's compute arrives and how likely its route fills an order of its size. The lead time is the supply
 * data's for the route on the plan's day, 0 when it has none; the volume probability is
 * {@code exp(-quantity / (buyerShare x supplyUnits))}, 1 when the data has no estimate for the route or when the buyer
 * gave its own licensing probability, which replaces the whole of P.
 *
 * @param leadTime     the id of the lead time in the answer's {@code leadTimes}; null when the data has none
 * @param supplyVolume the id of the volume estimate in the answer's {@code supplyVolumes}; null when none applies
 * @param explanation  the delivery in words, only when the plan asked for explanations
 */
public record Delivery(
        double leadTimeMonths,
        String leadTime,
        double volumeProbability,
        String supplyVolume,
        String explanation) {
}

package com.supplyrisk.simulation;

import com.supplyrisk.catalog.Money;

/**
 * One option's part in the simulated plan.
 *
 * @param deliveryProbability      the share of trials in which every approval the option needs was granted
 * @param shareOfDelivered         its share of the plan's mean delivered compute; 0 for an option the plan does not buy
 * @param expectedCost             its mean cost when bought: paid on delivery, or in full up front on the grey market
 * @param probabilityOfTargetAlone the share of trials in which it alone delivered the target
 */
public record OptionSimulation(String id, double deliveryProbability, double expectedPflops, double shareOfDelivered,
        Money expectedCost, double probabilityOfTargetAlone) {
}

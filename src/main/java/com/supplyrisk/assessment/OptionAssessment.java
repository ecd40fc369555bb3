package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import java.util.List;

/**
 * The score of one option with every point explained, the cost of its compute and when it arrives.
 * {@code riskAdjustedCostPerPflops} is null when the licensing probability is zero. {@code sensitivity} is null unless the plan asked for it, {@code breakEven}
 * also on every option but the two best-ranked.
 */
public record OptionAssessment(
        String id,
        String accelerator,
        String eccn,
        Channel channel,
        String supplier,
        int quantity,
        double score,
        Rating rating,
        int rank,
        Compliance compliance,
        double computePflops,
        Money totalCost,
        Money riskAdjustedCostPerPflops,
        CostOfCompute costOfCompute,
        Delivery delivery,
        Factors factors,
        List<Warning> warnings,
        List<InputSensitivity> sensitivity,
        BreakEven breakEven) {

    public OptionAssessment withSensitivity(List<InputSensitivity> inputs, BreakEven flip) {
        return new OptionAssessment(id, accelerator, eccn, channel, supplier, quantity, score, rating, rank, compliance, computePflops,
                totalCost, riskAdjustedCostPerPflops, costOfCompute, delivery, factors, warnings, inputs, flip);
    }
}

package com.supplyrisk.scoring;

import com.supplyrisk.assessment.BreakEven;
import com.supplyrisk.assessment.InputSensitivity;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.plan.Ranking;
import com.supplyrisk.plan.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * How an option's score moves when one input moves by 10% either way, every other input held: each factor's risk,
 * the unit price, the licensing probability, the quantity (which moves the vendor's share and the volume probability)
 * and each weight (a moved weight is normalised again with the others).
 * Risks and probabilities stay within 0 and 1. Ordered by effect, largest first, the data of a tornado chart.
 */
final class Sensitivity {

    private static final double DOWN = 0.9;
    private static final double UP = 1.1;

    private static final Comparator<InputSensitivity> BY_EFFECT = Comparator.comparingDouble(InputSensitivity::effect).reversed()
            .thenComparing(InputSensitivity::input);

    private Sensitivity() {
    }

    static List<InputSensitivity> of(FactorInputs inputs, Weights weights, double premiumCap) {
        double rc = inputs.concentrationRisk();
        double p = inputs.licensingProbability();
        double rl = 1 - p;
        double rp = inputs.priceRisk(premiumCap);
        var entries = new ArrayList<InputSensitivity>(9);
        entries.add(moved("concentrationRisk", f -> FactorInputs.score(weights, clamp(rc * f), rl, rp)));
        entries.add(moved("licensingRisk", f -> FactorInputs.score(weights, rc, clamp(rl * f), rp)));
        entries.add(moved("priceRisk", f -> FactorInputs.score(weights, rc, rl, clamp(rp * f))));
        entries.add(moved("unitPrice", f -> FactorInputs.score(weights, rc, rl,
                PricePremium.of(inputs.unitPrice() * f, inputs.referencePrice(), premiumCap).risk())));
        entries.add(moved("licensingProbability", f -> FactorInputs.score(weights, rc, 1 - clamp(p * f), rp)));
        entries.add(moved("quantity", f -> FactorInputs.score(weights, clamp(inputs.concentrationRiskAt(f)),
                1 - clamp(inputs.licensingProbabilityAt(f)), rp)));
        entries.add(moved("concentrationWeight", f -> FactorInputs.score(
                new Weights(weights.concentration() * f, weights.licensing(), weights.pricePremium()).normalised(), rc, rl, rp)));
        entries.add(moved("licensingWeight", f -> FactorInputs.score(
                new Weights(weights.concentration(), weights.licensing() * f, weights.pricePremium()).normalised(), rc, rl, rp)));
        entries.add(moved("pricePremiumWeight", f -> FactorInputs.score(
                new Weights(weights.concentration(), weights.licensing(), weights.pricePremium() * f).normalised(), rc, rl, rp)));
        entries.sort(BY_EFFECT);
        return List.copyOf(entries);
    }

    /**
     * The options with their sensitivity, and break-even values for the two best-ranked against each other.
     *
     * @param inputs each option's inputs, in the order of {@code options}
     */
    static List<OptionAssessment> attach(List<OptionAssessment> options, List<FactorInputs> inputs, Weights weights,
            double premiumCap, String currency, Ranking ranking) {
        int first = indexOfRank(options, 1);
        int second = indexOfRank(options, 2);
        var attached = new ArrayList<OptionAssessment>(options.size());
        for (int i = 0; i < options.size(); i++) {
            BreakEven breakEven = null;
            if (second >= 0 && i == first) {
                breakEven = BreakEvenAnalysis.forLeader(options.get(i), options.get(second), inputs.get(i), weights, premiumCap, currency,
                        ranking);
            } else if (second >= 0 && i == second) {
                breakEven = BreakEvenAnalysis.forRunnerUp(options.get(i), options.get(first), inputs.get(i), weights, premiumCap,
                        currency, ranking);
            }
            attached.add(options.get(i).withSensitivity(of(inputs.get(i), weights, premiumCap), breakEven));
        }
        return attached;
    }

    private static int indexOfRank(List<OptionAssessment> options, int rank) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).rank() == rank) {
                return i;
            }
        }
        return -1;
    }

    private static InputSensitivity moved(String input, DoubleUnaryOperator scoreAt) {
        return new InputSensitivity(input, scoreAt.applyAsDouble(DOWN), scoreAt.applyAsDouble(UP));
    }

    private static double clamp(double value) {
        return Math.min(1, Math.max(0, value));
    }
}

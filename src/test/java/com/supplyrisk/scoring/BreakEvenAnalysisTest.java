package com.supplyrisk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.assessment.BreakEven;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.plan.Ranking;
import com.supplyrisk.plan.Weights;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A break-even licensing probability exists only strictly inside (0, 1): the rounding of points to cents can put the
 * solved value just outside, as when a leader at P = 1 was told it "loses first place if its licensing probability
 * falls below 1.0001" (issue 19), a value above the contract's maximum.
 */
class BreakEvenAnalysisTest {

    private static final Weights DEFAULT = new Weights(0.30, 0.45, 0.25);
    private static final double CAP = 1.0;

    @Test
    void aLeaderAtProbabilityOneWhoseFlipRoundsAboveOneHasNoProbabilityBreakEven() {
        // 15.00 concentration points and 15.004 price points: 30.004 unrounded against the rival's 30.00.
        var own = inputs(0.5, 1.0, 100 * (1 + 0.60016), 100);
        BreakEven breakEven = BreakEvenAnalysis.forLeader(rival(30.00), rival(30.00), own, DEFAULT, CAP, "USD", Ranking.SCORE);

        assertThat(breakEven.licensingProbability()).isNull();
        assertThat(breakEven.explanation())
                .startsWith("No licensing probability between 0 and 1 is a break-even against rival (30.00 points): it keeps first"
                        + " place only at 1 (now 1.0000); any lower probability costs it.")
                .doesNotContain("1.0001");
    }

    @Test
    void aRunnerUpWhoseFlipRoundsToZeroOrBelowHasNoProbabilityBreakEven() {
        // 14.996 concentration points and 45 licensing points at P = 0: 59.996 against the leader's 60.00.
        var own = inputs(14.996 / 30, 0.0, 100, 100);
        BreakEven breakEven = BreakEvenAnalysis.forRunnerUp(rival(60.00), rival(60.00), own, DEFAULT, CAP, "USD", Ranking.SCORE);

        assertThat(breakEven.licensingProbability()).isNull();
        assertThat(breakEven.explanation()).startsWith("No licensing probability between 0 and 1 is a break-even against rival"
                + " (60.00 points): it is level with it at 0 (now 0.0000); any higher probability takes first place.");
    }

    @Test
    void aBreakEvenInsideTheRangeIsGivenAndWorded() {
        var own = inputs(0.5, 0.9, 100, 100);
        BreakEven breakEven = BreakEvenAnalysis.forLeader(rival(30.00), rival(30.00), own, DEFAULT, CAP, "USD", Ranking.SCORE);

        assertThat(breakEven.licensingProbability()).isEqualTo(0.6667);
        assertThat(breakEven.explanation()).startsWith("It loses first place to rival (30.00 points) if its licensing probability"
                + " falls below 0.6667 (now 0.9000).");
    }

    static LongStream seeds() {
        return LongStream.range(0, 500).map(i -> 19_000 + i);
    }

    /** Inputs near the cent boundaries where rounding pushes the solved value out of range, for leaders and runners-up. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aProbabilityBreakEvenIsAlwaysStrictlyBetweenZeroAndOne(long seed) {
        var random = new Random(seed);
        double rc = random.nextInt(3) == 0 ? 1 : random.nextDouble();
        double p = random.nextInt(3) == 0 ? (random.nextBoolean() ? 1 : 0) : random.nextDouble();
        double reference = 100 + random.nextInt(1000);
        double price = reference * (1 + (random.nextBoolean() ? 0 : random.nextDouble()));
        var own = inputs(rc, p, price, reference);
        double ownScore = own.score(DEFAULT, CAP);
        boolean leader = random.nextBoolean();
        // The rival within a cent or two of the option, on the side its rank puts it.
        double rivalScore = Numbers.round(ownScore + (leader ? 1 : -1) * random.nextInt(3) / 100.0, 2);
        BreakEven breakEven = leader
                ? BreakEvenAnalysis.forLeader(rival(rivalScore), rival(rivalScore), own, DEFAULT, CAP, "USD", Ranking.SCORE)
                : BreakEvenAnalysis.forRunnerUp(rival(rivalScore), rival(rivalScore), own, DEFAULT, CAP, "USD", Ranking.SCORE);

        Double probability = breakEven.licensingProbability();
        assertThat(probability == null || probability > 0 && probability < 1)
                .as("seed %d: %s at %s against %.2f gave %s (%s)", seed, leader ? "leader" : "runner-up", own, rivalScore, probability,
                        breakEven.explanation())
                .isTrue();
    }

    private static OptionAssessment rival(double score) {
        return new OptionAssessment("rival", null, null, null, null, 1, score, null, 2, null, 0, null, null, null, null, null,
                List.of(), List.of(), null);
    }

    /** An option's inputs with a quantity its route's volume does not limit: break-even moves P and price alone. */
    private static FactorInputs inputs(double concentrationRisk, double probability, double unitPrice, double referencePrice) {
        return new FactorInputs(concentrationRisk, probability, unitPrice, referencePrice,
                new FactorInputs.Volume(concentrationRisk, 1, 0, 1, Double.POSITIVE_INFINITY));
    }
}

package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.Compliance;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Ranking;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compliance before score by default; by score alone when the plan asks; break-even follows the ranking in force. */
class RankingTest {

    static ProcurementPlan seedRanked(Ranking ranking, boolean sensitivity) {
        ProcurementPlan seed = Fixtures.seedPlan();
        return new ProcurementPlan(seed.planId(), seed.buyer(), seed.asOf(), seed.horizonMonths(), seed.currency(), seed.mode(),
                seed.existingFleet(), seed.weights(), seed.fxRates(), seed.options(), List.of(), sensitivity, ranking);
    }

    static List<OptionAssessment> byRank(Assessment answer) {
        return answer.options().stream().sorted(Comparator.comparingInt(OptionAssessment::rank)).toList();
    }

    @Test
    void theDefaultRanksEveryLawfulOptionBeforeEveryNonCompliantOne() {
        Assessment answer = MODEL.assess(Fixtures.seedPlan());

        assertThat(answer.ranking()).isEqualTo(Ranking.COMPLIANT_FIRST);
        List<OptionAssessment> ranked = byRank(answer);
        int firstNonCompliant = ranked.indexOf(ranked.stream().filter(o -> o.compliance() == Compliance.NON_COMPLIANT).findFirst()
                .orElseThrow());
        assertThat(ranked.subList(firstNonCompliant, ranked.size())).allMatch(o -> o.compliance() == Compliance.NON_COMPLIANT);
        assertThat(ranked.subList(0, firstNonCompliant)).isNotEmpty()
                .allMatch(o -> o.compliance() != Compliance.NON_COMPLIANT);
    }

    @Test
    void theGateMovesTheGreyMarketBelowALawfulOptionItOutscores() {
        Assessment byScore = MODEL.assess(seedRanked(Ranking.SCORE, false));
        Assessment gated = MODEL.assess(seedRanked(Ranking.COMPLIANT_FIRST, false));

        assertThat(byScore.ranking()).isEqualTo(Ranking.SCORE);
        assertThat(byRank(byScore)).extracting(OptionAssessment::score).isSorted();
        assertThat(rankOf(byScore, "h200-grey")).as("the grey market outscores the held official import").isLessThan(
                rankOf(byScore, "h200-official"));
        assertThat(rankOf(gated, "h200-grey")).isGreaterThan(rankOf(gated, "h200-official"));
        assertThat(gated.options()).extracting(OptionAssessment::score).isEqualTo(
                byScore.options().stream().map(OptionAssessment::score).toList());
    }

    @Test
    void breakEvenUnderTheGateSaysNoScoreFlipsALawfulOptionAndANonCompliantOne() {
        ProcurementPlan seed = Fixtures.seedPlan();
        var twoOptions = new ProcurementPlan(seed.planId(), seed.buyer(), seed.asOf(), seed.horizonMonths(), seed.currency(),
                seed.mode(), seed.existingFleet(), seed.weights(), seed.fxRates(), seed.options().subList(0, 2), List.of(), true,
                Ranking.COMPLIANT_FIRST);

        OptionAssessment official = find(MODEL.assess(twoOptions), "h200-official");

        assertThat(official.rank()).isEqualTo(1);
        assertThat(official.breakEven().licensingProbability()).isNull();
        assertThat(official.breakEven().unitPrice()).isNull();
        assertThat(official.breakEven().explanation()).isEqualTo("Ranked compliance first, h200-official (LICENCE_REQUIRED) keeps"
                + " first place ahead of h200-grey (NON_COMPLIANT) whatever its licensing probability or unit price: no value"
                + " flips the order.");
    }

    static int rankOf(Assessment answer, String id) {
        return find(answer, id).rank();
    }

    static OptionAssessment find(Assessment answer, String id) {
        return answer.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }
}

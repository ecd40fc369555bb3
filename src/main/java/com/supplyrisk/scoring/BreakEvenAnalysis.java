package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Numbers.decimal;
import static com.supplyrisk.scoring.Numbers.money;
import static com.supplyrisk.scoring.Numbers.round;

import com.supplyrisk.assessment.BreakEven;
import com.supplyrisk.assessment.Compliance;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.plan.Ranking;
import com.supplyrisk.plan.Weights;
import java.util.Optional;

/** Solves for the break-even of {@link BreakEven}: the score is linear in each input, so each is one division. */
final class BreakEvenAnalysis {

    private static final String TIES = " Equal scores go to the lower risk-adjusted cost per PFLOPS-hour.";

    static BreakEven forLeader(OptionAssessment self, OptionAssessment rival, FactorInputs own, Weights weights, double premiumCap,
            String currency, Ranking ranking) {
        return gated(self, rival, ranking, true).orElseGet(() -> of(rival, own, weights, premiumCap, currency, true));
    }

    static BreakEven forRunnerUp(OptionAssessment self, OptionAssessment rival, FactorInputs own, Weights weights,
            double premiumCap, String currency, Ranking ranking) {
        return gated(self, rival, ranking, false).orElseGet(() -> of(rival, own, weights, premiumCap, currency, false));
    }

    /**
     * Ranked compliance first, a lawful option and a non-compliant one never swap places through a score, so neither
     * input has a break-even value: the sentence says why.
     */
    private static Optional<BreakEven> gated(OptionAssessment self, OptionAssessment rival, Ranking ranking, boolean leader) {
        boolean selfLawful = self.compliance() != Compliance.NON_COMPLIANT;
        if (ranking != Ranking.COMPLIANT_FIRST || selfLawful == (rival.compliance() != Compliance.NON_COMPLIANT)) {
            return Optional.empty();
        }
        String against = rival.id() + " (" + rival.compliance() + ")";
        return Optional.of(new BreakEven(rival.id(), null, null, "Ranked compliance first, " + self.id() + " ("
                + self.compliance() + ") " + (leader ? "keeps first place ahead of " : "stays behind ") + against
                + " whatever its licensing probability or unit price: no value flips the order."));
    }

    private BreakEvenAnalysis() {
    }

    private static BreakEven of(OptionAssessment rival, FactorInputs own, Weights weights, double premiumCap, String currency,
            boolean leader) {
        double target = rival.score();
        double rc = own.concentrationRisk();
        double p = own.licensingProbability();
        double rp = own.priceRisk(premiumCap);
        String against = rival.id() + " (" + decimal(target, 2) + " points)";

        Double probability = null;
        String licensing;
        if (weights.licensing() == 0) {
            licensing = "No licensing probability changes the order: licensing carries no weight.";
        } else {
            double withoutLicensing = 100 * (weights.concentration() * rc + weights.pricePremium() * rp);
            double flip = 1 - (target - withoutLicensing) / (100 * weights.licensing());
            double rounded = round(flip, 4);
            if (rounded > 0 && rounded < 1) {
                // A break-even probability exists only strictly inside (0, 1), at the four decimals the answer gives.
                probability = rounded;
                licensing = (leader ? "It loses first place to " : "It takes first place from ") + against
                        + " if its licensing probability " + (leader ? "falls below " : "rises above ") + decimal(flip, 4)
                        + " (now " + decimal(p, 4) + ").";
            } else if (leader ? rounded >= 1 : rounded <= 0) {
                licensing = "No licensing probability between 0 and 1 is a break-even against " + against + ": "
                        + (leader ? "it keeps first place only at 1 (now " + decimal(p, 4) + "); any lower probability costs it."
                                : "it is level with it at 0 (now " + decimal(p, 4) + "); any higher probability takes first place.");
            } else {
                double extreme = FactorInputs.score(weights, rc, leader ? 1 : 0, rp);
                licensing = "No licensing probability from 0 to 1 " + (leader ? "costs it first place to " : "wins it first place from ")
                        + against + ": at " + (leader ? "0" : "1") + " it would score " + decimal(extreme, 2) + ".";
            }
        }

        Money unitPrice = null;
        String price;
        if (weights.pricePremium() == 0) {
            price = " No unit price changes the order: price carries no weight.";
        } else {
            double withoutPrice = 100 * (weights.concentration() * rc + weights.licensing() * (1 - p));
            double flipRisk = (target - withoutPrice) / (100 * weights.pricePremium());
            if (leader ? flipRisk < 1 : flipRisk > 0) {
                double flip = own.referencePrice() * (1 + flipRisk * premiumCap);
                // An hourly rent of a few dollars needs more than cents to place the flip.
                unitPrice = new Money(round(flip, flip < 100 ? 4 : 2), currency);
                price = " It " + (leader ? "loses first place if its unit price rises above " : "takes first place if its unit price falls below ")
                        + money(flip, currency) + " (now " + money(own.unitPrice(), currency) + ").";
            } else {
                double extreme = FactorInputs.score(weights, rc, 1 - p, leader ? 1 : 0);
                price = leader
                        ? " No unit price costs it first place: at a premium of " + decimal(premiumCap, 2)
                                + " or more, where price risk stops rising, it would score " + decimal(extreme, 2) + "."
                        : " No unit price wins it first place: at the reference price " + money(own.referencePrice(), currency)
                                + " or below, with no price risk, it would score " + decimal(extreme, 2) + ".";
            }
        }
        return new BreakEven(rival.id(), probability, unitPrice, licensing + price + TIES);
    }
}

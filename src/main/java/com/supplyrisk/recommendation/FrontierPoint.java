package com.supplyrisk.recommendation;

import com.supplyrisk.catalog.Money;
import java.util.List;

/** The cheapest mix at one confidence; when none reaches it, {@code feasible} is false and the mix is the likeliest. */
public record FrontierPoint(double confidence, boolean feasible, List<Quantity> quantities, double probabilityOfTarget,
        Money expectedCost, Money worstCaseCost) {

    static FrontierPoint of(double confidence, boolean feasible, Mix mix) {
        return new FrontierPoint(confidence, feasible, mix.quantities(), mix.probabilityOfTarget(), mix.expectedCost(),
                mix.worstCaseCost());
    }
}

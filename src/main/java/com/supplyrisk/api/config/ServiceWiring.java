package com.supplyrisk.api.config;

import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.catalog.FxRates;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.plan.Weights;
import com.supplyrisk.scoring.RatingBands;
import com.supplyrisk.scoring.ScoringParameters;
import com.supplyrisk.scoring.SupplyRiskModel;
import com.supplyrisk.supply.SupplyData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the pure scoring model from configuration and the loaded data, once. */
public class ServiceWiring {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    SupplyRiskModel model(PolicyTimeline policy, FxRates fxRates, SupplyData supply, SupplyRiskConfig config) {
        SupplyRiskConfig.Scoring scoring = config.scoring();
        var parameters = new ScoringParameters(
                new Weights(scoring.weights().concentration(), scoring.weights().licensing(), scoring.weights().pricePremium()),
                scoring.premiumCap(),
                new RatingBands(scoring.rating().moderateFrom(), scoring.rating().highFrom(), scoring.rating().severeFrom()),
                scoring.farBelowReference());
        return new SupplyRiskModel(policy, fxRates, parameters, supply);
    }
}

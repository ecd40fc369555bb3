package com.supplyrisk.api.config;

import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.plan.Weights;
import com.supplyrisk.referencedata.ReferenceSnapshot;
import com.supplyrisk.referencedata.RequestData;
import com.supplyrisk.scoring.RatingBands;
import com.supplyrisk.scoring.ScoringParameters;
import com.supplyrisk.scoring.SupplyRiskModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/** Builds the pure scoring model from configuration and the loaded data: once for each version of the data. */
@Singleton
public class ServiceWiring {

    /** The model of the latest data a request read, reused until a reload brings other data. */
    private final AtomicReference<Built> latest = new AtomicReference<>();

    private record Built(ReferenceSnapshot data, SupplyRiskModel model) {
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The model of the request's own data (RequestData), so that one answer never mixes two versions. */
    @Produces
    @RequestScoped
    SupplyRiskModel model(RequestData request, SupplyRiskConfig config) {
        ReferenceSnapshot data = request.snapshot();
        Built last = latest.get();
        if (last != null && last.data() == data) {
            return last.model();
        }
        SupplyRiskModel model = build(data, config);
        latest.set(new Built(data, model));
        return model;
    }

    private static SupplyRiskModel build(ReferenceSnapshot data, SupplyRiskConfig config) {
        SupplyRiskConfig.Scoring scoring = config.scoring();
        var parameters = new ScoringParameters(
                new Weights(scoring.weights().concentration(), scoring.weights().licensing(), scoring.weights().pricePremium()),
                scoring.premiumCap(),
                new RatingBands(scoring.rating().moderateFrom(), scoring.rating().highFrom(), scoring.rating().severeFrom()),
                scoring.farBelowReference());
        return new SupplyRiskModel(data.policy(), data.fxRates(), parameters, data.supply());
    }
}

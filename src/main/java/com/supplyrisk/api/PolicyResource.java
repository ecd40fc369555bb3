package com.supplyrisk.api;

import com.supplyrisk.api.problem.FieldError;
import com.supplyrisk.api.problem.InvalidRequestException;
import com.supplyrisk.api.view.PolicyView;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.catalog.PolicyTimeline;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The policy data in force on a day, so a buyer can see, and disagree with, every number. */
@Path("/api/v1/policy")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final PolicyTimeline policy;
    private final FxRates fxRates;
    private final Clock clock;

    public PolicyResource(PolicyTimeline policy, FxRates fxRates, Clock clock) {
        this.policy = policy;
        this.fxRates = fxRates;
        this.clock = clock;
    }

    @GET
    public PolicyView getPolicy(@QueryParam("asOf") String asOf) {
        LocalDate day = day(asOf, clock);
        var table = fxRates.tableOn(day).orElseThrow(() -> new InvalidRequestException(List.of(FieldError.parameter("asOf",
                "must be on or after " + fxRates.firstDate() + ", the first day the exchange-rate data covers"))));
        return new PolicyView(policy.version(), day, PolicyView.of(fxRates.version(), table), policy.thresholds(),
                PolicyView.of(policy.countryGroups(), day), policy.approvals(), policy.rulesInForceOn(day).stream().map(PolicyView::of).toList());
    }

    /** The day a query's {@code asOf} names, today when it names none. */
    static LocalDate day(String asOf, Clock clock) {
        if (asOf == null || asOf.isEmpty()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(FieldError.parameter("asOf", "must be a date as YYYY-MM-DD")));
        }
    }
}

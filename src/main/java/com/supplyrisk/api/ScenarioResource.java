package com.supplyrisk.api;

import com.supplyrisk.api.view.ScenarioList;
import com.supplyrisk.catalog.PolicyTimeline;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;

/** The scenario presets of the policy data, with what each changes in the policy in force on a day. */
@Path("/api/v1/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    private final PolicyTimeline policy;
    private final Clock clock;

    public ScenarioResource(PolicyTimeline policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @GET
    public ScenarioList listScenarios(@QueryParam("asOf") String asOf) {
        LocalDate day = PolicyResource.day(asOf, clock);
        return new ScenarioList(policy.version(), day, policy.scenarios().stream().map(s -> ScenarioList.of(s, policy, day)).toList());
    }
}

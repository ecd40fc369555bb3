package com.supplyrisk.api.bench;

import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.api.mapping.PlanMapper;
import com.supplyrisk.api.request.AssessmentRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * For benchmarks only (bench/run.sh): reads a plan through the same JSON reader, constraints and mapping as
 * scoring, then writes the request back instead of scoring it. The throughput of scoring over that of this
 * endpoint is what the scoring itself costs. Served only with {@code supply-risk.bench.echo-enabled=true};
 * the contract never lists it.
 */
@Path(BenchEchoResource.PATH)
public class BenchEchoResource {

    static final String PATH = "/api/v1/bench/echo";

    private final PlanMapper plans;

    public BenchEchoResource(PlanMapper plans) {
        this.plans = plans;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AssessmentRequest echo(AssessmentRequest request) {
        plans.toPlan(request);
        return request;
    }

    /**
     * Switched off, the path answers as an unknown one does, before the body is read: an invalid body must not
     * reveal that the endpoint exists.
     */
    static class Switch {

        private final boolean enabled;

        Switch(SupplyRiskConfig config) {
            this.enabled = config.bench().echoEnabled();
        }

        @ServerRequestFilter(preMatching = true)
        void hideUnlessEnabled(ContainerRequestContext request) {
            if (!enabled && request.getUriInfo().getPath().startsWith(PATH)) {
                throw new NotFoundException();
            }
        }
    }
}

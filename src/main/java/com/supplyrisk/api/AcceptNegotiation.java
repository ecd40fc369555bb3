package com.supplyrisk.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 406 before the body is read when the client accepts nothing the API produces, so that an
 * unsatisfiable Accept is reported as such rather than as whatever is wrong with the body.
 */
public class AcceptNegotiation {

    private static final MediaType CSV = MediaType.valueOf(AssessmentCsv.MEDIA_TYPE);
    private static final String ASSESSMENTS = "/api/v1/assessments";

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseUnsatisfiableAccept(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean csvOffered = path.equals(ASSESSMENTS);
        boolean satisfiable = request.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || csvOffered && type.isCompatible(CSV));
        return satisfiable ? Optional.empty() : Optional.of(ProblemMappers.problem(406, "not-acceptable", "Not acceptable",
                "The Accept header asks for a media type this operation cannot produce: it answers application/json"
                        + (csvOffered ? " or text/csv." : "."), null));
    }
}

package com.supplyrisk.api.http;

import com.supplyrisk.api.answer.AssessmentCsv;
import com.supplyrisk.api.problem.ProblemMappers;
import com.supplyrisk.api.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Settles media types before the body is read: an unreadable Content-Type is a 415, an Accept that is
 * unreadable or asks for nothing the API produces (a {@code q=0} range excludes a type) is a 406, so
 * that neither is reported as whatever is wrong with the body, nor fails deeper down.
 */
public class AcceptNegotiation {

    private static final MediaType CSV = MediaType.valueOf(AssessmentCsv.MEDIA_TYPE);
    /** The operations that also answer CSV. */
    private static final List<String> CSV_PATHS = List.of("/api/v1/assessments", "/api/v1/recommendations");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseUnsatisfiableMediaTypes(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !readable(contentType)) {
            return Optional.of(ProblemMappers.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header is not a media type; send the body as application/json.", null));
        }
        boolean csvOffered = CSV_PATHS.contains(path);
        if (acceptable(request, csvOffered)) {
            return Optional.empty();
        }
        return Optional.of(ProblemMappers.problem(ProblemType.NOT_ACCEPTABLE,
                "The Accept header asks for a media type this operation cannot produce: it answers application/json"
                        + (csvOffered ? " or text/csv." : "."), null));
    }

    private static boolean acceptable(ContainerRequestContext request, boolean csvOffered) {
        List<MediaType> accepted;
        try {
            accepted = request.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return accepted.stream()
                .filter(type -> !excluded(type))
                .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || csvOffered && type.isCompatible(CSV));
    }

    private static boolean excluded(MediaType type) {
        String quality = type.getParameters().get("q");
        try {
            return quality != null && Double.parseDouble(quality) == 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static boolean readable(String contentType) {
        try {
            MediaType type = MediaType.valueOf(contentType);
            return !type.getType().isEmpty() && !type.getSubtype().isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

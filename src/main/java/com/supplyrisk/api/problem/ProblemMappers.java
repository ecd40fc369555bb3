package com.supplyrisk.api.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error answer as RFC 9457 problem+json. Details are written for the client and never carry a
 * stack trace, a class name or a parser's internals; unexpected failures are logged with an id the
 * answer repeats.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        boolean body = e.errors().stream().allMatch(error -> error.pointer() != null);
        return problem(body ? ProblemType.INVALID_PLAN : ProblemType.INVALID_PARAMETER,
                e.errors().size() == 1 ? "1 field is invalid." : e.errors().size() + " fields are invalid.", e.errors());
    }

    @ServerExceptionMapper
    public Response overloaded(OverloadedException e) {
        return Response.fromResponse(problem(ProblemType.OVERLOADED, e.getMessage(), null))
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response unknownAccelerator(UnknownAcceleratorException e) {
        return problem(ProblemType.UNKNOWN_ACCELERATOR,
                "The catalog has no accelerator '" + e.id() + "'; closest known ids: " + String.join(", ", e.closest()) + ".",
                null);
    }

    /*
     * The three security failures, raised inside the REST layer because proactive authentication is off and
     * the /api permission applies to JAX-RS endpoints; Quarkus' own mappers would answer them with an empty body.
     * The WWW-Authenticate values follow RFC 6750: no error code when no token came, invalid_token when one did.
     */

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return challenge("Bearer", "This operation needs a bearer token: send 'Authorization: Bearer <JWT>'.");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return challenge("Bearer error=\"invalid_token\"",
                "The bearer token was rejected: it must be signed with the trusted key, be within its validity period, "
                        + "and name the expected issuer and audience.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(ProblemType.FORBIDDEN, "The token does not grant the role this operation needs (supply-risk-user).",
                null);
    }

    private static Response challenge(String wwwAuthenticate, String detail) {
        return Response.fromResponse(problem(ProblemType.UNAUTHORIZED, detail, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate)
                .build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return malformed(e);
    }

    /** Declared apart: the built-in mapper for this type answers an empty body in production. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformed(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return malformed(json);
        }
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> problem(ProblemType.NOT_FOUND, "Nothing is served at this path.", null);
            case 405 -> problem(ProblemType.METHOD_NOT_ALLOWED,
                    "This path does not answer that method.", null);
            case 406 -> problem(ProblemType.NOT_ACCEPTABLE,
                    "The Accept header asks for a media type this operation cannot produce.", null);
            case 413 -> problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body is over the size limit.", null);
            case 415 -> problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json.", null);
            default -> status >= 500 ? unexpected(e)
                    : answer(Problem.ofStatus(status, "The request cannot be served."));
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (request.response().closed()) {
            // The client left before its answer was written (its timeout, a closed tab): nothing broke, nobody to tell.
            Log.debugf("The client closed the connection before the answer to %s %s was written: %s", request.method(),
                    request.path(), e.toString());
            return Response.status(Response.Status.INTERNAL_SERVER_ERROR).build();
        }
        return unexpected(e);
    }

    private static Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure, error id %s", errorId);
        return problem(ProblemType.INTERNAL_ERROR,
                "The service failed unexpectedly; quote error id " + errorId + " when reporting it.", null);
    }

    private static Response malformed(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            String detail = "the body nests deeper, or writes a longer number, than the service accepts";
            return problem(ProblemType.MALFORMED_JSON, detail, List.of(FieldError.at("", detail)));
        }
        if (e instanceof JsonMappingException mapping && !unparseable(e)) {
            String pointer = pointer(mapping);
            return problem(ProblemType.INVALID_PLAN, "1 field is invalid.",
                    List.of(FieldError.at(pointer, mappingDetail(mapping))));
        }
        String pointer = e instanceof JsonMappingException mapping
                ? pointer(mapping)
                : e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext().pathAsPointer().toString() : "";
        String detail = e instanceof InputCoercionException
                ? "number out of range"
                : "malformed JSON: " + clean(e.getOriginalMessage());
        return problem(ProblemType.MALFORMED_JSON, detail, List.of(FieldError.at(pointer, detail)));
    }

    /** Not JSON at all (truncated, bare NaN, stray tokens), as opposed to JSON that breaks the contract. */
    private static boolean unparseable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamReadException && !(t instanceof JsonMappingException)
                    && !(t instanceof InputCoercionException)) {
                return true;
            }
            if (t instanceof JsonProcessingException json && json.getOriginalMessage() != null
                    && json.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                return true;
            }
        }
        return false;
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> "/" + (ref.getFieldName() != null
                        ? JsonPointer.escape(ref.getFieldName())
                        : String.valueOf(ref.getIndex())))
                .collect(Collectors.joining());
    }

    private static String mappingDetail(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + Echo.of(unknown.getPropertyName()) + "'; the contract allows no other fields here";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return "'" + Echo.of(format.getValue()) + "' is not one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        if (e.getCause() instanceof InputCoercionException) {
            return "number out of range";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        return clean(e.getOriginalMessage());
    }

    /** The JSON type a Java target expects, in the contract's words. */
    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
            return "a finite number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date as YYYY-MM-DD";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }

    /** Parser messages may quote Java types; the client needs none of them. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int hint = message.indexOf(": enable");
        String plain = (hint < 0 ? message : message.substring(0, hint))
                .replaceAll("\\s*\\(start marker at [^)]*\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .replaceAll("\\[Source:[^\\]]*\\]", "");
        plain = Echo.of(plain);
        return plain.replaceAll("`[^`]*`", "value")
                .replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*", "value")
                .replaceAll("\\s+", " ")
                .strip();
    }

    public static Response problem(ProblemType type, String detail, List<FieldError> errors) {
        return answer(Problem.of(type, detail, errors));
    }

    private static Response answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

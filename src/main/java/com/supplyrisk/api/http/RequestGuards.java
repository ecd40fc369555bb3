package com.supplyrisk.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.api.problem.Echo;
import com.supplyrisk.api.problem.Problem;
import com.supplyrisk.api.problem.ProblemType;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Guards the API before any work is done on a request: a body declared larger than
 * {@code quarkus.http.limits.max-body-size} is refused with 413, and past
 * {@code supply-risk.limits.max-concurrent-requests} requests, or {@code supply-risk.limits.max-body-bytes-in-flight}
 * bytes of request bodies, in flight the service answers 503 with Retry-After instead of queueing without bound or
 * running out of memory on a few large plans. Both answers are problem+json; the server's own refusal of a chunked
 * body over the limit comes later and has no body.
 */
@Singleton
public class RequestGuards {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong bytesInFlight = new AtomicLong();
    private final ObjectMapper json;
    private final long maxBodySize;
    private final int maxConcurrent;
    private final long maxBytesInFlight;
    private final String retryAfter;

    public RequestGuards(ObjectMapper json, VertxHttpConfig http, SupplyRiskConfig config) {
        this.json = json;
        this.maxBodySize = http.limits().maxBodySize().map(size -> size.asLongValue()).orElse(Long.MAX_VALUE);
        this.maxConcurrent = config.limits().maxConcurrentRequests();
        this.maxBytesInFlight = config.limits().maxBodyBytesInFlight().asLongValue();
        this.retryAfter = String.valueOf(config.limits().retryAfterSeconds());
        if (maxBytesInFlight < maxBodySize) {
            // Else a plan of the largest allowed size could never be served.
            throw new IllegalStateException("supply-risk.limits.max-body-bytes-in-flight (" + maxBytesInFlight
                    + " bytes) must be at least quarkus.http.limits.max-body-size (" + maxBodySize + " bytes)");
        }
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBodySize) {
            refuse(context, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is " + Echo.of(length) + " bytes; the limit is " + maxBodySize + " bytes."));
            return;
        }
        long body = bodyBytes(context, length);
        if (inFlight.incrementAndGet() > maxConcurrent) {
            inFlight.decrementAndGet();
            overloaded(context, "More than " + maxConcurrent + " requests are in progress");
            return;
        }
        if (bytesInFlight.addAndGet(body) > maxBytesInFlight) {
            bytesInFlight.addAndGet(-body);
            inFlight.decrementAndGet();
            overloaded(context, "Plans of more than " + maxBytesInFlight + " bytes in all are in progress");
            return;
        }
        context.addEndHandler(ended -> {
            bytesInFlight.addAndGet(-body);
            inFlight.decrementAndGet();
        });
        context.next();
    }

    /** The declared body size; a chunked body may grow to the largest allowed. */
    private long bodyBytes(RoutingContext context, String length) {
        if (length != null) {
            return declaredLength(length);
        }
        return context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING) ? maxBodySize : 0;
    }

    private void overloaded(RoutingContext context, String what) {
        context.response().putHeader("Retry-After", retryAfter);
        refuse(context, Problem.of(ProblemType.OVERLOADED, what + "; retry after " + retryAfter + " s."));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            Log.error("Cannot write a problem answer", e);
            context.response().setStatusCode(problem.status()).end();
        }
    }
}

package com.supplyrisk.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.api.problem.Echo;
import com.supplyrisk.api.problem.OverloadedException;
import com.supplyrisk.api.problem.Problem;
import com.supplyrisk.api.problem.ProblemType;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Guards the API before any work is done on a request: a body declared larger than
 * {@code quarkus.http.limits.max-body-size} is refused with 413; the body is then read on the event loop, holding no
 * worker thread, and one that has not arrived within {@code supply-risk.limits.body-timeout} is answered 408 and its
 * connection closed; only then, past {@code supply-risk.limits.max-concurrent-requests} requests, or
 * {@code supply-risk.limits.max-body-bytes-in-flight} bytes of request bodies, in flight the service answers 503 with
 * Retry-After instead of queueing without bound or running out of memory on a few large plans. A request counts for
 * the work it costs, from its last byte: clients that stall or trickle their bodies cannot fill the limits and turn
 * everyone else away. A plan whose answer is several times its size is charged for that answer once it has been read
 * ({@link #chargeForAnswer}). The answers are problem+json; the refusal of a chunked body over the limit has no body.
 */
@Singleton
public class RequestGuards {

    private static final String BODY_TIMER = "supply-risk.body-timer";
    private static final String HELD = "supply-risk.held";

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong bytesInFlight = new AtomicLong();
    private final ObjectMapper json;
    private final long maxBodySize;
    private final int maxConcurrent;
    private final long maxBytesInFlight;
    private final int retryAfterSeconds;
    private final long bodyTimeoutMillis;
    private final BodyHandler bodies;

    public RequestGuards(ObjectMapper json, VertxHttpConfig http, SupplyRiskConfig config) {
        this.json = json;
        this.maxBodySize = http.limits().maxBodySize().map(size -> size.asLongValue()).orElse(Long.MAX_VALUE);
        this.maxConcurrent = config.limits().maxConcurrentRequests();
        this.maxBytesInFlight = config.limits().maxBodyBytesInFlight().asLongValue();
        this.retryAfterSeconds = config.limits().retryAfterSeconds();
        this.bodyTimeoutMillis = config.limits().bodyTimeout().toMillis();
        this.bodies = BodyHandler.create(false).setBodyLimit(maxBodySize);
        if (maxBytesInFlight < maxBodySize) {
            // Else a plan of the largest allowed size could never be served.
            throw new IllegalStateException("supply-risk.limits.max-body-bytes-in-flight (" + maxBytesInFlight
                    + " bytes) must be at least quarkus.http.limits.max-body-size (" + maxBodySize + " bytes)");
        }
    }

    void install(@Observes Router router) {
        // Three routes in turn, so that the body is read between the two checks.
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::receive);
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.get(BODY_TIMER) != null) {
                bodies.handle(context);
            } else {
                context.next();
            }
        });
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::admit);
    }

    /** Refuses a body declared too large at once, and gives the rest {@code body-timeout} to arrive. */
    private void receive(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBodySize) {
            refuse(context, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is " + Echo.of(length) + " bytes; the limit is " + maxBodySize + " bytes."));
            return;
        }
        if (bodyStillToCome(context)) {
            long timer = context.vertx().setTimer(bodyTimeoutMillis, fired -> timeOut(context));
            context.put(BODY_TIMER, timer);
        }
        context.next();
    }

    private void timeOut(RoutingContext context) {
        if (context.request().isEnded() || context.response().ended() || context.response().closed()) {
            return;
        }
        refuse(context, Problem.of(ProblemType.REQUEST_TIMEOUT,
                "The request body did not arrive within " + bodyTimeoutMillis / 1000 + " s of its headers."))
                .onComplete(written -> context.request().connection().close());
    }

    /** The body is here: the request now counts against the limits on work in progress. */
    private void admit(RoutingContext context) {
        Long timer = context.get(BODY_TIMER);
        if (timer != null) {
            context.vertx().cancelTimer(timer);
            // The body handler's: a client leaving later, while its answer is written, is the REST layer's to report.
            context.request().exceptionHandler(null);
        }
        long body = timer != null ? context.body().length() : declaredBytes(context);
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
        var held = new Held(body);
        context.put(HELD, held);
        context.addEndHandler(ended -> {
            bytesInFlight.addAndGet(-held.release());
            inFlight.decrementAndGet();
        });
        context.next();
    }

    /** The bytes one request holds in the budget; once released, the request can be charged no more. */
    private static final class Held {
        private final long body;
        private long extra;
        private boolean released;

        Held(long body) {
            this.body = body;
        }

        synchronized long release() {
            released = true;
            return body + extra;
        }
    }

    /**
     * Charges a plan already admitted for an answer {@code answerToBody} times the memory of the default one, against
     * the same budget of bytes in flight: an explained 10,000-option plan holds about three times what the default
     * answer does, and four of them at once ran a pod out of memory (docs/performance.md). Past the budget the plan is
     * refused as overload, unless it is the only one in progress: a plan alone is always served.
     */
    public void chargeForAnswer(RoutingContext context, double answerToBody) {
        Held held = context.get(HELD);
        if (held == null || answerToBody <= 1) {
            return;
        }
        // Under the request's own lock: the end handler that releases its bytes may run on the event loop meanwhile.
        synchronized (held) {
            if (held.released) {
                return;
            }
            long extra = (long) Math.ceil(held.body * (answerToBody - 1));
            long total = bytesInFlight.addAndGet(extra);
            boolean othersInProgress = total - extra > held.body + held.extra;
            if (total > maxBytesInFlight && othersInProgress) {
                bytesInFlight.addAndGet(-extra);
                throw new OverloadedException("Plans of more than " + maxBytesInFlight + " bytes in all, this one counting "
                        + answerToBody + " times for the answer it asks for, would be in progress; retry after "
                        + retryAfterSeconds + " s.", retryAfterSeconds);
            }
            held.extra += extra;
        }
    }

    /**
     * Whether the body is read here, with a timer, before the request counts: an HTTP/1.x JSON body not yet in. The
     * REST layer cannot take over an HTTP/2 stream already read to its end, so HTTP/2 bodies are still read by it, and
     * counted, like one already in, by declared size.
     */
    private static boolean bodyStillToCome(RoutingContext context) {
        if (context.request().version() == HttpVersion.HTTP_2 || context.request().isEnded() || !json(context)) {
            return false;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null ? declaredLength(length) > 0 : context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** Only JSON is read here: the body handler would parse a form, and the REST layer refuses other types with 415 unread. */
    private static boolean json(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.endsWith("+json");
    }

    /** The declared body size; a chunked body may grow to the largest allowed. */
    private long declaredBytes(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return declaredLength(length);
        }
        return context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING) ? maxBodySize : 0;
    }

    private void overloaded(RoutingContext context, String what) {
        context.response().putHeader("Retry-After", String.valueOf(retryAfterSeconds));
        refuse(context, Problem.of(ProblemType.OVERLOADED, what + "; retry after " + retryAfterSeconds + " s."));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private Future<Void> refuse(RoutingContext context, Problem problem) {
        try {
            return context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            Log.error("Cannot write a problem answer", e);
            return context.response().setStatusCode(problem.status()).end();
        }
    }
}

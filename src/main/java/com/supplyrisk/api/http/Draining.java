package com.supplyrisk.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.api.problem.Problem;
import com.supplyrisk.api.problem.ProblemType;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every connection accepted during shutdown gets an answer. On SIGTERM Quarkus reports readiness DOWN and serves on for
 * {@code quarkus.shutdown.delay}, then waits for the requests in flight and closes the server at once: clients still
 * arriving then had their connections reset unanswered. So from the end of the delay every new request is answered
 * 503 with Retry-After and Connection: close, and the server is kept open, by a request of the service's own held in
 * flight (Quarkus waits for it like any other), until none has arrived for the Retry-After it gives, or until
 * {@code quarkus.shutdown.timeout} is nearly over. Then the server closes with nobody left to reset.
 */
@ApplicationScoped
public class Draining {

    private static final String HOLD_HEADER = "X-Supply-Risk-Drain";
    /** Before RequestIdFilter and everything else on the application port. */
    private static final int PRIORITY = 2000;
    /** Released this long before the shutdown timeout, so that Quarkus never has to give up waiting. */
    private static final Duration MARGIN = Duration.ofSeconds(1);

    private final ObjectMapper json;
    private final Duration delay;
    private final Duration timeout;
    private final Duration quiet;
    private final String retryAfter;
    /** Only the service's own hold request carries it: no client can hold the shutdown open. */
    private final String holdToken = UUID.randomUUID().toString();

    private volatile long refuseFrom = Long.MAX_VALUE;
    private volatile long releaseBy = Long.MAX_VALUE;
    private volatile long lastArrival = System.nanoTime();
    private volatile int port;

    public Draining(ObjectMapper json, SupplyRiskConfig config,
            @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay,
            @ConfigProperty(name = "quarkus.shutdown.timeout") Optional<Duration> timeout) {
        this.json = json;
        this.delay = delay.orElse(Duration.ZERO);
        this.timeout = timeout.orElse(Duration.ZERO);
        this.quiet = Duration.ofSeconds(Math.max(1, config.limits().retryAfterSeconds()));
        this.retryAfter = String.valueOf(config.limits().retryAfterSeconds());
    }

    void register(@Observes Filters filters) {
        filters.register(this::arrive, PRIORITY);
    }

    /** SIGTERM: readiness is DOWN now; requests are served until the delay is over, refused after it. */
    void sigterm(@Observes ShutdownDelayInitiatedEvent event) {
        long now = System.nanoTime();
        refuseFrom = now + delay.toNanos();
        releaseBy = refuseFrom + timeout.minus(MARGIN).toNanos();
        if (port == 0 || timeout.compareTo(MARGIN.multipliedBy(2)) < 0) {
            return; // nothing served yet, or no time to hold for
        }
        Thread hold = new Thread(this::holdTheServerOpen, "shutdown-drain");
        hold.setDaemon(true);
        hold.start();
    }

    private void arrive(RoutingContext context) {
        if (holdToken.equals(context.request().getHeader(HOLD_HEADER))) {
            context.vertx().setPeriodic(100, timer -> {
                long now = System.nanoTime();
                if (now >= releaseBy || now >= refuseFrom && now - lastArrival >= quiet.toNanos()) {
                    context.vertx().cancelTimer(timer);
                    context.response().end();
                }
            });
            return;
        }
        long now = System.nanoTime();
        lastArrival = now;
        if (port == 0) {
            port = context.request().localAddress().port();
        }
        if (now < refuseFrom) {
            context.next();
            return;
        }
        Problem problem = Problem.of(ProblemType.SHUTTING_DOWN, "This instance is shutting down; retry after " + retryAfter + " s.");
        try {
            context.response().setStatusCode(problem.status()).putHeader("Retry-After", retryAfter)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(problem.status()).putHeader("Retry-After", retryAfter).end();
        }
    }

    /** A request to this server that is answered only once draining is over; Quarkus does not close before. */
    private void holdTheServerOpen() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /drain HTTP/1.1\r\nHost: localhost\r\n" + HOLD_HEADER + ": " + holdToken + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            in.read(); // blocks until released
        } catch (IOException e) {
            Log.warnf("Cannot hold the server open while draining (%s): connections arriving after the delay may be reset", e);
        }
    }
}

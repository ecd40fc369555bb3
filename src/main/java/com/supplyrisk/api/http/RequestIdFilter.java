package com.supplyrisk.api.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request on the application port an id: the caller's {@code X-Request-Id} when it is a
 * plausible id, a new UUID otherwise. The id goes into the logging MDC, so every log line written for the
 * request carries it, and back on the response, so a client or gateway can quote it when reporting a
 * problem. A Vert.x filter rather than a JAX-RS one, so answers made outside the REST layer (404 for an
 * unknown path, 413 for an oversize body, the OpenAPI document) carry it too.
 */
@ApplicationScoped
public class RequestIdFilter {

    private static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    /** Ids from outside are echoed and logged: keep them short and free of anything that could forge a log line. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._~:+/=-]{1,128}");

    /** Before the REST layer, which registers its own handlers at lower priorities. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String id = idFor(context.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        }, PRIORITY);
    }

    static String idFor(String offered) {
        return offered != null && PLAUSIBLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}

package com.supplyrisk.api.http;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.assessment.Rating;
import com.supplyrisk.catalog.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.EnumMap;
import java.util.Map;

/**
 * Domain counters for Prometheus: plans assessed, and options scored by rating and channel, which show
 * what buyers are weighing and how risky the market looks to them. Every rating and channel pair is
 * registered at zero up front, so a rate over any of them is defined from the first scrape on.
 */
@ApplicationScoped
public class AssessmentMetrics {

    private final Counter plans;
    private final Map<Rating, Map<Channel, Counter>> options = new EnumMap<>(Rating.class);

    public AssessmentMetrics(MeterRegistry registry) {
        plans = Counter.builder("supplyrisk.plans.assessed").description("Procurement plans assessed").register(registry);
        for (Rating rating : Rating.values()) {
            Map<Channel, Counter> byChannel = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                byChannel.put(channel, Counter.builder("supplyrisk.options.scored")
                        .description("Options scored, by the rating they got and the channel they buy through")
                        .tag("rating", rating.name())
                        .tag("channel", channel.name())
                        .register(registry));
            }
            options.put(rating, byChannel);
        }
    }

    void record(Assessment assessment) {
        plans.increment();
        for (OptionAssessment option : assessment.options()) {
            options.get(option.rating()).get(option.channel()).increment();
        }
    }

    /**
     * Counts the assessment a method returns. An annotation rather than a call, so the resource keeps its
     * one job and its constructor; a method that throws counts nothing.
     */
    @InterceptorBinding
    @Retention(RUNTIME)
    @Target({METHOD, TYPE})
    public @interface Recorded {
    }

    @Recorded
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    static class RecordingInterceptor {

        private final AssessmentMetrics metrics;

        RecordingInterceptor(AssessmentMetrics metrics) {
            this.metrics = metrics;
        }

        @AroundInvoke
        Object record(InvocationContext invocation) throws Exception {
            Object result = invocation.proceed();
            if (result instanceof Assessment assessment) {
                metrics.record(assessment);
            }
            return result;
        }
    }
}

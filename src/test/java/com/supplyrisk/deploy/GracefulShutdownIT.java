package com.supplyrisk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM in the middle of traffic loses no request, as a rolling update or a node drain sends it. The
 * packaged jar runs with its production settings; a bounded stream of assessments goes on while
 * Kubernetes would still route to the pod (shorter than {@code quarkus.shutdown.delay}), and one request
 * whose body is still arriving when the delay ends must be finished within {@code quarkus.shutdown.timeout}.
 */
class GracefulShutdownIT {

    private static final int WORKERS = 4;
    private static final int BEFORE_SIGTERM = 200;
    private static final String PLAN = read(Path.of("examples/seed-dilemma.json"));

    private final ApplicationProperties properties = ApplicationProperties.read();
    private final Duration delay = properties.duration("quarkus.shutdown.delay");
    private final Duration timeout = properties.duration("quarkus.shutdown.timeout");
    /** How long the cluster may still route to a terminating pod: well inside the delay. */
    private final Duration routedAfterSigterm = delay.dividedBy(2);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger answeredAfterReadinessDown = new AtomicInteger();
    private final AtomicLong readinessDownAt = new AtomicLong();

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void sigtermMidStreamLosesNoAcceptedRequest(@TempDir Path dir) throws Exception {
        try (var app = new PackagedApp(List.of(), PackagedApp.JAR.getParent(), Map.of("PATH", "/usr/bin:/bin"),
                List.of("-Dquarkus.http.host=0.0.0.0"), PackagedApp.JAR.getFileName().toString(), dir.resolve("app.log")).awaitReady()) {
            ExecutorService workers = Executors.newFixedThreadPool(WORKERS + 2);
            try {
                // Before SIGTERM: a stream of assessments, and one request whose body is only half sent.
                List<Future<?>> stream = startStream(app, workers, () -> answered.get() < BEFORE_SIGTERM);
                for (Future<?> worker : stream) {
                    worker.get(120, TimeUnit.SECONDS);
                }
                Socket slow = new Socket("localhost", app.httpPort);
                byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
                OutputStream out = slow.getOutputStream();
                out.write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                sent.incrementAndGet();

                long sigterm = System.nanoTime();
                app.process().destroy();
                Future<?> readiness = workers.submit(() -> watchReadiness(app, sigterm));

                // While the cluster still routes here: the stream goes on, and readiness must go DOWN.
                long stopRouting = sigterm + routedAfterSigterm.toNanos();
                for (Future<?> worker : startStream(app, workers, () -> System.nanoTime() < stopRouting)) {
                    worker.get(60, TimeUnit.SECONDS);
                }
                readiness.get(60, TimeUnit.SECONDS);

                // After the delay the server drains: the half-sent request still gets its whole answer.
                Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(sigterm + delay.toNanos() - System.nanoTime())) + 1_000);
                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                String response = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                slow.close();
                if (response.startsWith("HTTP/1.1 200") && response.contains("\"planId\"")) {
                    answered.incrementAndGet();
                }

                boolean exited = app.process().waitFor(delay.plus(timeout).toSeconds() + 5, TimeUnit.SECONDS);
                long stoppedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigterm);
                int lost = sent.get() - answered.get();
                System.out.printf("Graceful shutdown: %d requests sent, %d answered, %d lost (SIGTERM after %d answers; "
                        + "readiness DOWN %d ms after SIGTERM, %d answers after that; process exited %d ms after SIGTERM)%n",
                        sent.get(), answered.get(), lost, BEFORE_SIGTERM, readinessDownAt.get(), answeredAfterReadinessDown.get(),
                        stoppedAfter);

                assertThat(response).as("the request in flight when the delay ended").startsWith("HTTP/1.1 200");
                assertThat(lost).as("requests lost of %d sent", sent.get()).isZero();
                assertThat(readinessDownAt.get()).as("readiness went DOWN (ms after SIGTERM)").isPositive();
                assertThat(answeredAfterReadinessDown.get()).as("requests served while readiness was DOWN").isPositive();
                assertThat(exited).as("exited before the grace period").isTrue();
            } finally {
                workers.shutdownNow();
            }
        }
    }

    private List<Future<?>> startStream(PackagedApp app, ExecutorService workers, BooleanSupplier go) {
        HttpRequest assess = HttpRequest.newBuilder(app.api("/api/v1/assessments")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(PLAN)).build();
        return IntStream.range(0, WORKERS).<Future<?>>mapToObj(i -> workers.submit(() -> {
            while (go.getAsBoolean()) {
                sent.incrementAndGet();
                try {
                    HttpResponse<String> response = client.send(assess, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"planId\"")) {
                        answered.incrementAndGet();
                        if (readinessDownAt.get() > 0) {
                            answeredAfterReadinessDown.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    // counted as lost: sent, never answered
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        })).toList();
    }

    private void watchReadiness(PackagedApp app, long sigterm) {
        HttpRequest ready = HttpRequest.newBuilder(app.management("/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = sigterm + delay.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 503) {
                    readinessDownAt.set(Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigterm)));
                    return;
                }
                Thread.sleep(50);
            } catch (IOException e) {
                return; // the management interface is gone: readiness never reported DOWN
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

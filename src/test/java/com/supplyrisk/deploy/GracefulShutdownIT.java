package com.supplyrisk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SIGTERM in the middle of traffic loses no request, as a rolling update or a node drain sends it. The packaged jar runs
 * with its production settings; clients that open a new connection for every request and clients that keep theirs
 * alive go on after SIGTERM until one of three points: within the delay (as when the cluster stops routing in time),
 * just past its end, or well into the final timeout, with a request whose body is still arriving when the delay ends.
 * Every request gets an answer: 200, or once the delay is over 503 with Retry-After and Connection: close, or a refused
 * connection once the server has closed; none is reset or closed unanswered, and the log has no
 * "Failed to register an accepted channel".
 */
class GracefulShutdownIT {

    private static final int CLIENTS_OF_EACH_KIND = 3;
    private static final String PLAN = read(Path.of("examples/seed-dilemma.json"));

    private final ApplicationProperties properties = ApplicationProperties.read();
    private final Duration delay = properties.duration("quarkus.shutdown.delay");
    private final Duration timeout = properties.duration("quarkus.shutdown.timeout");

    /** How long after SIGTERM the clients go on. */
    enum TrafficUntil {
        DURING_THE_DELAY, JUST_PAST_ITS_END, INTO_THE_FINAL_TIMEOUT;

        Duration after(Duration delay) {
            return switch (this) {
                case DURING_THE_DELAY -> delay.dividedBy(2);
                case JUST_PAST_ITS_END -> delay.plusMillis(500);
                case INTO_THE_FINAL_TIMEOUT -> delay.plusSeconds(4);
            };
        }
    }

    /** What became of the requests of one kind of client. */
    private static final class Tally {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger answered = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger lost = new AtomicInteger();
        final List<String> losses = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "sent %d, answered %d, refused %d, lost %d", sent.get(), answered.get(), refused.get(),
                    lost.get());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(TrafficUntil.class)
    @org.junit.jupiter.api.Timeout(value = 150, unit = TimeUnit.SECONDS)
    void sigtermLosesNoRequest(TrafficUntil until, @TempDir Path dir) throws Exception {
        var perConnection = new Tally();
        var keepAlive = new Tally();
        var readinessDownAt = new AtomicLong();
        try (var app = new PackagedApp(List.of(), PackagedApp.JAR.getParent(), Map.of("PATH", "/usr/bin:/bin"),
                List.of("-Dquarkus.http.host=0.0.0.0"), PackagedApp.JAR.getFileName().toString(), dir.resolve("app.log")).awaitReady()) {
            ExecutorService clients = Executors.newFixedThreadPool(2 * CLIENTS_OF_EACH_KIND + 1);
            try {
                long start = System.nanoTime();
                long sigterm = start + Duration.ofSeconds(2).toNanos();
                long stop = sigterm + until.after(delay).toNanos();
                var running = new ArrayList<Future<?>>();
                for (int i = 0; i < CLIENTS_OF_EACH_KIND; i++) {
                    running.add(clients.submit(() -> newConnectionEachTime(app, stop, perConnection)));
                    running.add(clients.submit(() -> keptAlive(app, stop, keepAlive)));
                }
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(sigterm - System.nanoTime()));
                Socket slow = null;
                byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
                if (until == TrafficUntil.INTO_THE_FINAL_TIMEOUT) {
                    // A request whose body is half sent when the delay ends: it must still be answered in full.
                    slow = new Socket("localhost", app.httpPort);
                    slow.getOutputStream().write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    slow.getOutputStream().write(body, 0, body.length / 2);
                    perConnection.sent.incrementAndGet();
                }
                app.process().destroy();
                Future<?> readiness = clients.submit(() -> watchReadiness(app, sigterm, readinessDownAt));
                if (slow != null) {
                    Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(sigterm + delay.toNanos() - System.nanoTime()) + 1_000));
                    slow.getOutputStream().write(body, body.length / 2, body.length - body.length / 2);
                    tally(exchangeRest(slow), perConnection, "the request half sent when the delay ended");
                }
                for (Future<?> client : running) {
                    client.get(60, TimeUnit.SECONDS);
                }
                readiness.get(30, TimeUnit.SECONDS);
                boolean exited = app.process().waitFor(delay.plus(timeout).toSeconds() + 5, TimeUnit.SECONDS);
                long exitedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigterm);
                String log = app.log();
                System.out.printf("Graceful shutdown, traffic until %s (%d ms after SIGTERM): new connection per request: %s; "
                        + "keep-alive: %s; readiness DOWN %d ms after SIGTERM; exited %d ms after SIGTERM; losses %s %s%n",
                        until, until.after(delay).toMillis(), perConnection, keepAlive, readinessDownAt.get(), exitedAfter,
                        perConnection.losses, keepAlive.losses);

                assertThat(perConnection.lost.get()).as("requests lost, new connection each (%s)", perConnection).isZero();
                assertThat(keepAlive.lost.get()).as("requests lost, keep-alive (%s)", keepAlive).isZero();
                assertThat(perConnection.answered.get()).as("answered, new connection each").isPositive();
                assertThat(readinessDownAt.get()).as("readiness went DOWN (ms after SIGTERM)").isPositive();
                assertThat(log).doesNotContain("Failed to register an accepted channel");
                assertThat(exited).as("exited before the grace period").isTrue();
            } finally {
                clients.shutdownNow();
            }
        }
    }

    /** One request per connection, as clients without a pool or behind some proxies send them. */
    private Void newConnectionEachTime(PackagedApp app, long stop, Tally tally) {
        byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        while (System.nanoTime() < stop) {
            tally.sent.incrementAndGet();
            try (Socket socket = new Socket("localhost", app.httpPort)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(head);
                out.write(body);
                tally(exchangeRest(socket), tally, "new connection");
            } catch (ConnectException refused) {
                tally.refused.incrementAndGet();
            } catch (IOException e) {
                tally.lost.incrementAndGet();
                tally.losses.add(e.toString());
            }
        }
        return null;
    }

    /** A pooled client that keeps its connections alive between requests. */
    private Void keptAlive(PackagedApp app, long stop, Tally tally) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest assess = HttpRequest.newBuilder(app.api("/api/v1/assessments")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(PLAN)).build();
        while (System.nanoTime() < stop) {
            tally.sent.incrementAndGet();
            try {
                HttpResponse<String> response = client.send(assess, HttpResponse.BodyHandlers.ofString());
                String connection = response.headers().firstValue("Connection").orElse("");
                String retryAfter = response.headers().firstValue("Retry-After").orElse("");
                tally(new Answer(response.statusCode(), retryAfter, connection, response.body()), tally, "keep-alive");
            } catch (ConnectException refused) {
                tally.refused.incrementAndGet();
            } catch (IOException e) {
                tally.lost.incrementAndGet();
                tally.losses.add(e.toString());
            }
        }
        return null;
    }

    private record Answer(int status, String retryAfter, String connection, String body) {
    }

    /** Reads a whole HTTP/1.1 answer from a socket the request was written to; an unanswered close is an IOException. */
    private static Answer exchangeRest(Socket socket) throws IOException {
        String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        socket.close();
        if (!raw.startsWith("HTTP/1.1 ")) {
            throw new IOException("closed without an answer (" + raw.length() + " bytes)");
        }
        int headersEnd = raw.indexOf("\r\n\r\n");
        String headers = raw.substring(0, Math.max(0, headersEnd)).toLowerCase(Locale.ROOT);
        return new Answer(Integer.parseInt(raw.substring(9, 12)), headers.contains("\r\nretry-after: ") ? "set" : "",
                headers.contains("\r\nconnection: close") ? "close" : "", raw.substring(headersEnd + 4));
    }

    private static void tally(Answer answer, Tally tally, String client) {
        if (answer.status() == 200 && answer.body().contains("\"planId\"")) {
            tally.answered.incrementAndGet();
        } else if (answer.status() == 503 && !answer.retryAfter().isEmpty() && answer.connection().contains("close")) {
            tally.refused.incrementAndGet();
        } else {
            tally.lost.incrementAndGet();
            tally.losses.add(client + ": " + answer.status() + " " + answer.connection() + " " + answer.body());
        }
    }

    private void watchReadiness(PackagedApp app, long sigterm, AtomicLong downAt) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(app.management("/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < sigterm + delay.toNanos()) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 503) {
                    downAt.set(Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigterm)));
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

package com.supplyrisk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 connections that send a request's headers and then stall, or send its body a byte a second, must not stop
 * the packaged service from answering a normal client: every answer 200 and p99 under 1 s while they trickle, no
 * worker thread held by them, and each of them answered 408 and closed once {@code supply-risk.limits.body-timeout}
 * (20 s) has passed.
 */
class SlowClientsIT {

    private static final int STALLING = 100;
    private static final int TRICKLING = 100;
    private static final int DECLARED_BODY = 5_000;
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration NORMAL_TRAFFIC = Duration.ofSeconds(12);
    private static final Pattern WORKERS_IDLE = Pattern.compile("worker_pool_idle\\{pool_name=\"vert.x-worker-thread\"[^}]*} ([0-9.]+)");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void stallingAndTricklingClientsNeitherBlockOthersNorStayOpen(@TempDir Path dir) throws Exception {
        String plan = Files.readString(Path.of("examples/seed-dilemma.json"));
        try (var app = new PackagedApp(List.of(), PackagedApp.JAR.getParent(), Map.of("PATH", "/usr/bin:/bin"), List.of(),
                PackagedApp.JAR.getFileName().toString(), dir.resolve("app.log")).awaitReady()) {
            HttpRequest assess = HttpRequest.newBuilder(app.api("/api/v1/assessments")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(plan)).build();
            for (int i = 0; i < 20; i++) {
                client.send(assess, HttpResponse.BodyHandlers.discarding()); // warm-up, as a pod is after its first minutes
            }
            double idleBefore = workersIdle(app);

            long opened = System.nanoTime();
            var slow = new ArrayList<Socket>();
            for (int i = 0; i < STALLING + TRICKLING; i++) {
                Socket socket = new Socket("localhost", app.httpPort);
                socket.getOutputStream().write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + DECLARED_BODY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            trickle.scheduleAtFixedRate(() -> slow.subList(STALLING, slow.size()).forEach(SlowClientsIT::oneByte), 0, 1, TimeUnit.SECONDS);
            try {
                var statuses = new TreeMap<Integer, Integer>();
                var millis = new ArrayList<Long>();
                long end = System.nanoTime() + NORMAL_TRAFFIC.toNanos();
                double idleDuring = Double.MAX_VALUE;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    int status = client.send(assess, HttpResponse.BodyHandlers.ofString()).statusCode();
                    millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    statuses.merge(status, 1, Integer::sum);
                    if (millis.size() % 20 == 0) {
                        idleDuring = Math.min(idleDuring, workersIdle(app));
                    }
                }
                millis.sort(null);
                long p50 = millis.get(millis.size() / 2);
                long p99 = millis.get((int) Math.ceil(millis.size() * 0.99) - 1);

                // After the body timeout, every slow connection has had its 408 and been closed.
                Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(opened + BODY_TIMEOUT.toNanos() - System.nanoTime()) + 3_000));
                var slowAnswers = new TreeMap<String, Integer>();
                for (Socket socket : slow) {
                    slowAnswers.merge(answerAndClose(socket), 1, Integer::sum);
                }
                System.out.printf("Slow clients: %d stalling and %d trickling connections; a normal client meanwhile: %d requests, "
                        + "statuses %s, p50 %d ms, p99 %d ms, max %d ms; worker threads idle %.0f before, at least %.0f during; "
                        + "the slow connections after %d s: %s%n", STALLING, TRICKLING, millis.size(), statuses, p50, p99,
                        millis.get(millis.size() - 1), idleBefore, idleDuring, BODY_TIMEOUT.toSeconds(), slowAnswers);

                assertThat(statuses.keySet()).as("statuses of the normal client's answers").containsOnly(200);
                assertThat(p99).as("p99 ms of the normal client").isLessThan(1_000);
                assertThat(idleBefore - idleDuring).as("worker threads taken while the slow clients trickle").isLessThanOrEqualTo(2);
                assertThat(slowAnswers).as("each slow connection, %d s after it opened", BODY_TIMEOUT.toSeconds() + 3)
                        .containsOnlyKeys("408 then closed");
            } finally {
                trickle.shutdownNow();
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    private static void oneByte(Socket socket) {
        try {
            socket.getOutputStream().write('{');
        } catch (IOException closedByTheServer) {
            // expected once the body timeout has passed
        }
    }

    /** What the server did with a slow connection: its status line, and whether it then closed. */
    private static String answerAndClose(Socket socket) {
        try {
            socket.setSoTimeout(100); // by now every answer is in: a wait would only find a connection left open
            InputStream in = socket.getInputStream();
            var answer = new StringBuilder();
            try {
                for (int b = in.read(); b != -1; b = in.read()) {
                    answer.append((char) b);
                }
            } catch (SocketTimeoutException stillOpen) {
                return (answer.length() == 0 ? "no answer" : answer.substring(9, 12)) + ", still open";
            } catch (IOException reset) {
                return (answer.length() == 0 ? "no answer" : answer.substring(9, 12)) + ", reset";
            }
            return (answer.length() == 0 ? "no answer" : answer.substring(9, 12)) + " then closed";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double workersIdle(PackagedApp app) throws IOException, InterruptedException {
        String metrics = client.send(HttpRequest.newBuilder(app.management("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher idle = WORKERS_IDLE.matcher(metrics);
        assertThat(idle.find()).as("the worker pool's metric").isTrue();
        return Double.parseDouble(idle.group(1));
    }
}

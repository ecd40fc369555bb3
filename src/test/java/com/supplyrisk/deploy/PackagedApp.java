package com.supplyrisk.deploy;

import com.supplyrisk.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/supply-risk-service.jar}) started the way the image's run-java.sh starts it:
 * {@code java $JAVA_OPTS_APPEND -jar supply-risk-service.jar} in the application directory, with the given
 * environment, on free ports so builds sharing the machine never collide. Always {@link #close()} it:
 * a process left behind would hold its ports and memory.
 */
final class PackagedApp implements AutoCloseable {

    /** What {@code ./mvnw package} builds: application.properties names it and makes it one jar. */
    static final Path JAR = Path.of("target/supply-risk-service.jar");
    private static final Duration START = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    final int httpPort;
    final int managementPort;

    /**
     * @param runAs       a command that runs the rest as another user ({@code setpriv ...}), or empty
     * @param directory   the working directory, holding the jar
     * @param environment the whole environment of the process
     * @param jvmOptions  what run-java.sh would put before {@code -jar}
     * @param jar         the jar, relative to {@code directory} or absolute
     */
    PackagedApp(List<String> runAs, Path directory, Map<String, String> environment, List<String> jvmOptions, String jar,
            Path log) {
        this.httpPort = FreePort.take();
        this.managementPort = FreePort.take();
        this.log = log;
        var command = new ArrayList<>(runAs);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.add("-jar");
        command.add(jar);
        var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            this.process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI api(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    URI management(String path) {
        return URI.create("http://localhost:" + managementPort + "/q" + path);
    }

    Process process() {
        return process;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until readiness reports UP; fails with the application's log if it never does or dies first. */
    PackagedApp awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited with " + process.exitValue() + " before it was ready:\n" + log());
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(management("/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application was not ready within " + START.toSeconds() + " s:\n" + log());
    }

    /** SIGTERM, as Kubernetes sends it; then, if the process outlives a generous wait, SIGKILL. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

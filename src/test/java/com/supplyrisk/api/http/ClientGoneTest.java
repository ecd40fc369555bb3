package com.supplyrisk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.supplyrisk.api.Plans;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A client that leaves before its answer is written (a timeout, a closed tab) is not a failure of the service: it
 * is logged at DEBUG, not as an unexpected error with an id and a stack trace that would page someone.
 */
@QuarkusTest
@TestProfile(ClientGoneTest.DebugForProblems.class)
class ClientGoneTest {

    public static class DebugForProblems implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.category.\"com.supplyrisk.api.problem.ProblemMappers\".level", "DEBUG");
        }
    }

    @TestHTTPResource("/")
    URL server;

    @Test
    void aClientThatLeavesBeforeItsAnswerIsLoggedAtDebugNotAsAnError() throws Exception {
        var options = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 10_000; i++) {
            options.add(Plans.option("line-" + i, "nvidia-h200", "GREY_MARKET", 8, 41_300, "USD"));
        }
        // About 23 MB of answer: far more than socket buffers hold, so writing it must meet the closed connection.
        byte[] body = new ObjectMapper().writeValueAsBytes(Plans.plan("CN", "CN", "COMMERCIAL", "2026-01-26", options));

        var records = new CopyOnWriteArrayList<LogRecord>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            try (Socket socket = new Socket(server.getHost(), server.getPort()); OutputStream out = socket.getOutputStream()) {
                out.write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                // The first 64 KB of the answer, then away: the rest is still being written.
                byte[] first = socket.getInputStream().readNBytes(65_536);
                assertThat(new String(first, 0, 12, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline) && records.stream().noneMatch(ClientGoneTest::clientLeft)) {
                Thread.sleep(100);
            }
        } finally {
            root.removeHandler(capture);
        }

        List<String> errors = records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
        assertThat(records).as("the departure, logged at DEBUG").anyMatch(ClientGoneTest::clientLeft);
        assertThat(errors).as("errors logged").isEmpty();
    }

    private static boolean clientLeft(LogRecord record) {
        return record.getMessage() != null && record.getMessage().contains("closed the connection before the answer");
    }
}

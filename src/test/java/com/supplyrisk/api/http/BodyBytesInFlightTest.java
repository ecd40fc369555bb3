package com.supplyrisk.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Large plans in flight are bounded by their bytes, not only by their number: a body declared while others of
 * nearly the budget are being received is refused at once with 503, small ones still pass, and the budget is free
 * again when a request ends. The bodies are declared and never sent, so the requests stay in flight.
 */
@QuarkusTest
@TestProfile(BodyBytesInFlightTest.SmallBudget.class)
class BodyBytesInFlightTest {

    private static final int DECLARED = 3_000_000;

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("supply-risk.limits.max-body-bytes-in-flight", "5M", "supply-risk.limits.retry-after-seconds", "3");
        }
    }

    /** Opens a connection and sends a POST's headers declaring a body of {@link #DECLARED} bytes, and no body. */
    private static Socket declareLargeBody() throws IOException {
        var socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(2_000);
        socket.getOutputStream().write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + DECLARED + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** What the server answered until it closed the connection, or null when it is still waiting for the body. */
    private static String answer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        var answered = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answered.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException waiting) {
            if (answered.size() == 0) {
                return null;
            }
        }
        return answered.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pastTheBudgetALargeBodyIsRefusedAndTheBudgetReturnsWhenARequestEnds() throws Exception {
        try (Socket first = declareLargeBody()) {
            assertThat(answer(first)).as("the first large body is awaited").isNull();

            try (Socket second = declareLargeBody()) {
                String refusal = answer(second);
                assertThat(refusal).startsWith("HTTP/1.1 503").contains("Retry-After: 3")
                        .contains("application/problem+json").contains("\"status\":503").contains("5242880 bytes");
            }

            given().contentType(ContentType.JSON).body(Files.readString(Path.of("examples/seed-dilemma.json")))
                    .post("/api/v1/assessments").then().statusCode(200);
        }

        // The first connection is closed: its bytes leave the budget as soon as the server sees it end.
        String answer = "";
        for (int attempt = 0; attempt < 50 && answer != null; attempt++) {
            try (Socket again = declareLargeBody()) {
                answer = answer(again);
            }
            if (answer != null) {
                Thread.sleep(100);
            }
        }
        assertThat(answer).as("a large body is awaited again once the first request ended").isNull();
    }
}

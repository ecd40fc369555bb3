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
 * Bodies count against the budget of bytes in flight once they have arrived, for the work they cost, not while they
 * are awaited: bodies declared and never sent, together over the budget, are all still awaited, and a plan sent
 * meanwhile is served (issue 19: declared bodies used to fill the budget and turn everyone else away with 503).
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
    void bodiesStillToArriveDoNotTakeTheBudget() throws Exception {
        try (Socket first = declareLargeBody(); Socket second = declareLargeBody()) {
            assertThat(answer(first)).as("the first large body is awaited").isNull();
            assertThat(answer(second)).as("the second, together over the budget, is awaited too").isNull();

            given().contentType(ContentType.JSON).body(Files.readString(Path.of("examples/seed-dilemma.json")))
                    .post("/api/v1/assessments").then().statusCode(200);
        }
    }
}

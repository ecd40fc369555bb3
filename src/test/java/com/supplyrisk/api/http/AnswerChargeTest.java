package com.supplyrisk.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.supplyrisk.api.Plans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan asking for explanations counts three times its body against the budget of bytes in flight, for the answer it
 * holds while it is written; a plan alone is served whatever it counts (docs/operations.md#limits-and-overload).
 */
@QuarkusTest
@TestProfile(AnswerChargeTest.SmallBudget.class)
class AnswerChargeTest {

    private static final long BUDGET = 4L << 20;

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("supply-risk.limits.max-body-bytes-in-flight", "4M", "supply-risk.limits.retry-after-seconds", "3");
        }
    }

    /** A plan of the given options, as bytes; options alike, so that their answers are large and of a predictable size. */
    private static byte[] plan(int options, boolean explain) throws IOException {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            Map<String, Object> line = Plans.option("line-" + i, "nvidia-h200", "GREY_MARKET", 8, 41_300, "USD");
            // A supplier named at length brings the body near the size the budget's arithmetic below needs.
            line.put("supplier", "Singapore system integrator, account " + i % 7);
            lines.add(line);
        }
        Map<String, Object> plan = Plans.plan("CN", "CN", "COMMERCIAL", "2026-01-26", lines);
        plan.put("explain", explain);
        return new ObjectMapper().writeValueAsBytes(plan);
    }

    /** Posts the plan on a connection of its own and returns once the answer has begun, leaving the rest unread. */
    private static Socket inProgress(byte[] body) throws IOException {
        var socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(60_000);
        socket.getOutputStream().write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        byte[] statusLine = in.readNBytes("HTTP/1.1 200".length());
        assertThat(new String(statusLine, StandardCharsets.US_ASCII)).as("the plan in progress is being answered").isEqualTo("HTTP/1.1 200");
        return socket;
    }

    @Test
    void anExplainedPlanAloneIsServedAndCountsThriceWhileItIsAnswered() throws Exception {
        byte[] explained = plan(10_000, true);
        byte[] seed = Plans.example("seed-dilemma.json").getBytes(StandardCharsets.UTF_8);
        assertThat((long) explained.length + seed.length).as("uncounted, the two would fit the budget").isLessThan(BUDGET);
        assertThat(3L * explained.length).as("counted thrice, the explained plan alone passes the budget").isGreaterThan(BUDGET);

        try (Socket answering = inProgress(explained)) {
            given().contentType(ContentType.JSON).body(seed).post("/api/v1/assessments")
                    .then().statusCode(503).header("Retry-After", "3").contentType("application/problem+json");
        }
        awaitServed(seed);
    }

    @Test
    void anExplainedPlanPastTheBudgetBesideAnotherIsRefusedAsOverloadOnceRead() throws Exception {
        byte[] large = plan(10_000, false);
        byte[] explained = plan(10_000, true);
        assertThat((long) large.length + explained.length).as("uncounted, the two would fit the budget").isLessThan(BUDGET);
        assertThat(large.length + 3L * explained.length).as("counted thrice, they do not").isGreaterThan(BUDGET);

        try (Socket answering = inProgress(large)) {
            given().contentType(ContentType.JSON).body(explained).post("/api/v1/assessments")
                    .then().statusCode(503).header("Retry-After", "3").contentType("application/problem+json")
                    .body("type", equalTo("/problems/overloaded")).body("detail", containsString("counting 3.0 times"));
            given().contentType(ContentType.JSON).body(plan(10_000, false)).post("/api/v1/assessments")
                    .then().statusCode(200);
        }
        awaitServed(explained);
    }

    /** Once the connection left unread is closed, its plan stops counting: the same plan is served again. */
    private static void awaitServed(byte[] body) throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < 100 && status != 200; attempt++) {
            status = given().contentType(ContentType.JSON).body(body).post("/api/v1/assessments").statusCode();
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        assertThat(status).as("served once the other plan is no longer in progress").isEqualTo(200);
    }
}

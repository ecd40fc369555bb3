package com.supplyrisk.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.api.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Past its concurrency limit the service refuses at once with 503 and Retry-After instead of queueing,
 * and recovers when the burst is over. The limit is set to 2 so that 12 parallel clients exceed it. The
 * burst bypasses the contract validator, which would otherwise be the bottleneck; the answers after it are validated.
 */
@QuarkusTest
@TestProfile(OverloadTest.SmallCapacity.class)
@ExtendWith(ContractValidation.class)
class OverloadTest {

    static final int REQUESTS = 120;
    static final int CLIENTS = 12;

    public static class SmallCapacity implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("supply-risk.limits.max-concurrent-requests", "2", "supply-risk.limits.retry-after-seconds", "2");
        }
    }

    @Test
    void pastCapacityOnlyOkAndOverloadedAnswersThenRecovery() throws Exception {
        byte[] plan = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(LimitsTest.planOf(100));
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        var retryAfter = new ConcurrentHashMap<String, Boolean>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            var answers = new ArrayList<Future<?>>();
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(clients.submit(() -> {
                    Response response = given().noFilters().contentType(ContentType.JSON).body(plan).post("/api/v1/assessments");
                    byStatus.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    if (response.statusCode() == 503) {
                        retryAfter.put(String.valueOf(response.header("Retry-After")), Boolean.TRUE);
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
            for (Future<?> answer : answers) {
                answer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.printf("Overload: %d requests from %d clients, answers by status %s%n", REQUESTS, CLIENTS,
                new TreeMap<>(byStatus));

        assertThat(byStatus.keySet()).containsOnly(200, 503).contains(503);
        assertThat(retryAfter.keySet()).containsOnly("2");
        for (int i = 0; i < 10; i++) {
            given().contentType(ContentType.JSON).body(plan).post("/api/v1/assessments").then().statusCode(200);
        }
    }
}

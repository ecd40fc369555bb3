package com.supplyrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random valid plans, every analysis included and some answered as CSV, sent to the packaged jar, and every answer
 * checked by a validator the other tests do not use ({@link IndependentContractCheck}): 0 violations. Each case is
 * drawn from its own seed, derived from the run's seed and its index, so a failure names what replays it:
 * {@code -Dindependent.seed=N} picks the run, {@code -Dindependent.plans=N} its length.
 */
@QuarkusIntegrationTest
class IndependentContractIT {

    private static final long DEFAULT_SEED = 20_261_206L;
    private static final int DEFAULT_PLANS = 1_000;
    private static final int CLIENTS = 3;
    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final IndependentContractCheck contract = new IndependentContractCheck(ContractValidation.CONTRACT);

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void everyAnswerToAValidPlanPassesASecondValidator() throws Exception {
        long seed = Long.getLong("independent.seed", DEFAULT_SEED);
        int count = Integer.getInteger("independent.plans", DEFAULT_PLANS);
        List<String> catalogIds = ids(get("/api/v1/accelerators").path("accelerators"), "id");
        List<String> presets = ids(get("/api/v1/scenarios").path("scenarios"), "name");
        var rules = new TreeSet<String>();
        for (String day : List.of("2022-11-01", "2023-11-20", "2025-08-15", "2026-01-26", "2026-06-30")) {
            rules.addAll(ids(get("/api/v1/policy?asOf=" + day).path("rules"), "id"));
        }

        var statuses = Collections.synchronizedMap(new TreeMap<Integer, Integer>());
        var failures = Collections.synchronizedList(new ArrayList<String>());
        var csv = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> cases = IntStream.range(0, count).<Future<?>>mapToObj(i -> clients.submit(() -> {
                var random = new Random(FuzzIT.caseSeed(seed, i));
                var plans = new AnalysedPlans(new RandomPlans(random, catalogIds), presets, List.copyOf(rules));
                Map<String, Object> plan = plans.plan();
                boolean asCsv = random.nextInt(8) == 0;
                String body = JsonText.write(plan);
                HttpResponse<String> answer = post(body, asCsv ? "text/csv" : "application/json");
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (asCsv) {
                    csv.incrementAndGet();
                }
                List<String> found = new ArrayList<>(contract.violations("POST", ASSESSMENTS, answer.statusCode(),
                        answer.headers().firstValue("Content-Type").orElse(null), answer.body()));
                if (answer.statusCode() != 200) {
                    found.add("a valid plan got " + answer.statusCode() + ": " + abbreviated(answer.body()));
                }
                if (!found.isEmpty()) {
                    failures.add("case " + i + " (-Dindependent.seed=" + seed + "): " + found.subList(0, Math.min(5, found.size()))
                            + "\n  plan: " + abbreviated(body));
                }
                return null;
            })).toList();
            for (Future<?> done : cases) {
                done.get(5, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.printf("Independent contract check: %d plans (%d as CSV), statuses %s, %d with violations (seed %d)%n", count,
                csv.get(), statuses, failures.size(), seed);
        assertThat(failures).as("answers the second validator refuses (seed %d)", seed).isEmpty();
    }

    private HttpResponse<String> post(String body, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(ASSESSMENTS)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(contract.violations("GET", path.split("\\?")[0], answer.statusCode(),
                answer.headers().firstValue("Content-Type").orElse(null), answer.body())).as("GET %s", path).isEmpty();
        return JSON.readTree(answer.body());
    }

    private static List<String> ids(JsonNode list, String member) {
        List<String> ids = StreamSupport.stream(list.spliterator(), false).map(node -> node.path(member).asText()).toList();
        assertThat(ids).as("the service's %s", member).isNotEmpty();
        return ids;
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    private static String abbreviated(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}

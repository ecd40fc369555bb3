package com.supplyrisk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data files are replaced under a running service the two ways a pod sees it: the policy as Kubernetes updates a
 * mounted ConfigMap (a new timestamped directory, then the {@code ..data} symlink swapped to it), the catalog by an
 * atomic rename. A valid new version serves new requests within 10 s, and every answer meanwhile is wholly one
 * version's; an invalid one is refused, counted and logged, while the old data goes on serving and readiness stays UP.
 */
class LivePolicyUpdateIT {

    private static final Duration IN_USE_WITHIN = Duration.ofSeconds(10);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FAILURES = Pattern.compile("(?m)^supplyrisk_policy_reload_failures_total(\\{[^}]*})? ([0-9.]+)");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void newDataServesNewRequestsAndInvalidDataIsRefused(@TempDir Path dir) throws Exception {
        ObjectNode shipped = (ObjectNode) YAML.readTree(Path.of("src/main/resources/data/policy.yaml").toFile());
        String v1 = shipped.get("version").asText();
        String v2 = LocalDate.parse(v1).plusDays(1).toString();
        Path mount = Files.createDirectories(dir.resolve("policy-volume"));
        configMapUpdate(mount, "..v1", YAML.writeValueAsString(shipped));
        Files.createSymbolicLink(mount.resolve("policy.yaml"), Path.of("..data/policy.yaml"));
        Path catalog = dir.resolve("accelerators.yaml");
        Files.copy(Path.of("src/main/resources/data/accelerators.yaml"), catalog);

        try (var app = new PackagedApp(List.of(), PackagedApp.JAR.getParent(), Map.of("PATH", "/usr/bin:/bin",
                "SUPPLY_RISK_DATA_POLICY", mount.resolve("policy.yaml").toString(),
                "SUPPLY_RISK_DATA_ACCELERATORS", catalog.toString()), List.of(), PackagedApp.JAR.getFileName().toString(),
                dir.resolve("app.log")).awaitReady()) {
            String seed = Files.readString(Path.of("examples/seed-dilemma.json"));
            HttpRequest assess = HttpRequest.newBuilder(app.api("/api/v1/assessments")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(seed)).build();
            String before = send(assess);
            assertThat(JSON.readTree(before).path("policyVersion").asText()).isEqualTo(v1);

            // A valid new version through the ConfigMap's symlink swap, while three clients keep assessing.
            var answers = Collections.synchronizedList(new ArrayList<String>());
            var go = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(3);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                running.add(clients.submit(() -> {
                    while (go.get()) {
                        answers.add(send(assess));
                    }
                    return null;
                }));
            }
            Thread.sleep(500);
            long swapped = System.nanoTime();
            configMapUpdate(mount, "..v2", YAML.writeValueAsString(changed(shipped, v2)));
            long inUse = awaitPolicy(app, assess, v2, swapped);
            Thread.sleep(500);
            go.set(false);
            for (Future<?> client : running) {
                client.get(30, TimeUnit.SECONDS);
            }
            clients.shutdown();
            String after = send(assess);
            long mixed = answers.stream().filter(answer -> !answer.equals(before) && !answer.equals(after)).count();
            long onV2 = answers.stream().filter(answer -> answer.contains("\"policyVersion\":\"" + v2 + "\"")).count();

            // An invalid version the same way: refused, counted, logged; the data in use and readiness stay.
            ObjectNode invalid = changed(shipped, "next tuesday");
            configMapUpdate(mount, "..v3", YAML.writeValueAsString(invalid));
            Thread.sleep(IN_USE_WITHIN.toMillis() / 2);
            String duringRefusal = send(assess);
            int readiness = client.send(HttpRequest.newBuilder(app.management("/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            double failures = failures(app);

            // The policy fixed again, then the catalog by a plain atomic rename: the files are loaded together, all or none.
            configMapUpdate(mount, "..v4", YAML.writeValueAsString(changed(shipped, v2)));
            ObjectNode accelerators = (ObjectNode) YAML.readTree(catalog.toFile());
            String catalogV2 = accelerators.get("version").asText() + "-b";
            accelerators.put("version", catalogV2);
            Path written = dir.resolve("accelerators.yaml.new");
            Files.writeString(written, YAML.writeValueAsString(accelerators));
            long renamed = System.nanoTime();
            Files.move(written, catalog, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            HttpRequest listCatalog = HttpRequest.newBuilder(app.api("/api/v1/accelerators")).build();
            long catalogInUse = -1;
            while (System.nanoTime() - renamed < IN_USE_WITHIN.toNanos()) {
                if (JSON.readTree(send(listCatalog)).path("version").asText().equals(catalogV2)) {
                    catalogInUse = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - renamed);
                    break;
                }
                Thread.sleep(200);
            }

            System.out.printf("Live data: policy %s -> %s by a ConfigMap symlink swap in use after %d ms; %d answers during the swap, "
                    + "%d of them on %s, %d mixed; an invalid policy: version %s still served, readiness %d, %s reload failures "
                    + "counted; catalog by atomic rename in use after %d ms%n", v1, v2, inUse, answers.size(), onV2, v2, mixed,
                    JSON.readTree(duringRefusal).path("policyVersion").asText(), readiness, failures, catalogInUse);

            assertThat(inUse).as("ms until a valid new policy served new requests (at most %d)", IN_USE_WITHIN.toMillis())
                    .isNotNegative();
            assertThat(JSON.readTree(after).path("policyVersion").asText()).isEqualTo(v2);
            assertThat(after).as("the new policy's numbers are in the answer").isNotEqualTo(before.replace(v1, v2));
            assertThat(mixed).as("answers during the swap that are neither wholly %s nor wholly %s", v1, v2).isZero();
            assertThat(duringRefusal).as("the answer while an invalid policy is mounted").isEqualTo(after);
            assertThat(readiness).as("readiness while an invalid policy is mounted").isEqualTo(200);
            assertThat(failures).as("supplyrisk_policy_reload_failures_total").isEqualTo(1.0);
            assertThat(app.log()).contains("Refused the changed data files").contains("next tuesday");
            assertThat(catalogInUse).as("ms until a renamed catalog was in use").isNotNegative();
        }
    }

    /** The new version: its own version and every rule's probability a tenth lower, so its answers differ in numbers. */
    private static ObjectNode changed(ObjectNode policy, String version) {
        ObjectNode copy = policy.deepCopy();
        copy.put("version", version);
        for (JsonNode rule : copy.withArray("rules")) {
            double probability = rule.get("probability").asDouble();
            ((ObjectNode) rule).put("probability", Math.round(probability * 0.9 * 10_000) / 10_000.0);
        }
        return copy;
    }

    /** What the kubelet does on a ConfigMap update: the files in a new directory, then {@code ..data} swapped to it. */
    private static void configMapUpdate(Path mount, String version, String policy) throws IOException {
        Path content = Files.createDirectory(mount.resolve(version));
        Files.writeString(content.resolve("policy.yaml"), policy);
        Path link = mount.resolve("..data_tmp");
        Files.createSymbolicLink(link, Path.of(version));
        Files.move(link, mount.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private long awaitPolicy(PackagedApp app, HttpRequest assess, String version, long since) throws Exception {
        while (System.nanoTime() - since < IN_USE_WITHIN.toNanos()) {
            if (JSON.readTree(send(assess)).path("policyVersion").asText().equals(version)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", request.method(), request.uri(), response.body()).isEqualTo(200);
        return response.body();
    }

    private double failures(PackagedApp app) throws IOException, InterruptedException {
        String metrics = client.send(HttpRequest.newBuilder(app.management("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher counted = FAILURES.matcher(metrics);
        return counted.find() ? Double.parseDouble(counted.group(2)) : 0;
    }
}

package com.supplyrisk.deploy;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.supplyrisk.Management;
import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.referencedata.ReferenceData;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.ConfigMapping;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises of {@code k8s/}, checked on what {@code kubectl kustomize k8s} renders. Ports, probe paths,
 * shutdown timings and the policy file's path are compared with the application itself (its properties,
 * its config interface, its running health endpoints), never with a second copy of the numbers.
 */
@QuarkusTest
class ManifestTest {

    private static List<JsonNode> resources;
    private static JsonNode deployment;
    private static JsonNode pod;
    private static JsonNode container;
    private static final ApplicationProperties PROPERTIES = ApplicationProperties.read();

    private static final boolean KUBECTL_PRESENT = Kustomize.kubectlPresent();

    @BeforeAll
    static void render() {
        if (KUBECTL_PRESENT) {
            resources = Kustomize.render();
            deployment = the("Deployment");
            pod = deployment.at("/spec/template/spec");
            assertThat(pod.get("containers")).hasSize(1);
            container = pod.at("/containers/0");
        }
    }

    /** Per test, so the report lists every check as skipped, with the reason. */
    @BeforeEach
    void needsKubectl() {
        Assumptions.assumeTrue(KUBECTL_PRESENT, "kubectl not found: install kubectl to run the manifest checks");
    }

    private static JsonNode the(String kind) {
        List<JsonNode> found = resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
        assertThat(found).as("rendered %s resources", kind).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> list(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false).toList();
    }

    private static Map<String, String> map(JsonNode node) {
        var values = new LinkedHashMap<String, String>();
        node.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    /** The container port a Service, probe or policy names, by name or by number. */
    private static int containerPort(JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        return list(container.get("ports")).stream().filter(p -> p.path("name").asText().equals(port.asText()))
                .mapToInt(p -> p.path("containerPort").asInt()).findFirst()
                .orElseThrow(() -> new AssertionError("the container has no port named " + port.asText()));
    }

    private static JsonNode volume(String name) {
        return list(pod.get("volumes")).stream().filter(v -> v.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the pod has no volume " + name));
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    // The base

    @Test
    void rendersEveryResourceTheServiceNeedsAtStableApiVersions() {
        Map<String, String> kinds = resources.stream()
                .collect(Collectors.toMap(r -> r.path("kind").asText(), r -> r.path("apiVersion").asText()));
        assertThat(kinds).containsOnly(
                Map.entry("ConfigMap", "v1"),
                Map.entry("Service", "v1"),
                Map.entry("Deployment", "apps/v1"),
                Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"),
                Map.entry("PodDisruptionBudget", "policy/v1"),
                Map.entry("NetworkPolicy", "networking.k8s.io/v1"));
    }

    // Deployment

    @Test
    void runsTwoReplicas() {
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
    }

    @Test
    void theDeploymentSelectsItsOwnPods() {
        assertThat(map(deployment.at("/spec/template/metadata/labels")))
                .containsAllEntriesOf(map(deployment.at("/spec/selector/matchLabels")));
    }

    @Test
    void containerPortsAreTheApplicationAndManagementPortsTheAppListensOn() {
        assertThat(containerPort(new TextNode("http"))).isEqualTo(PROPERTIES.httpPort());
        assertThat(containerPort(new TextNode("management"))).isEqualTo(PROPERTIES.managementPort());
    }

    @Test
    void probesAskTheHealthEndpointsOnTheManagementPort() {
        Map<String, String> expected = Map.of("startupProbe", "started", "livenessProbe", "live", "readinessProbe", "ready");
        expected.forEach((probe, check) -> {
            JsonNode httpGet = container.at("/" + probe + "/httpGet");
            assertThat(containerPort(httpGet.get("port"))).as(probe).isEqualTo(PROPERTIES.managementPort());
            assertThat(httpGet.path("path").asText()).as(probe).endsWith("/" + check);
        });
    }

    @Test
    void probePathsAnswerUpOnTheRunningApplicationsManagementInterface() {
        URI management = URI.create(Management.url("/"));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String path = container.at("/" + probe + "/httpGet/path").asText();
            get(management.resolve(path)).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void probesTolerateAGcPauseAndASlowStart() {
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.at("/" + probe + "/timeoutSeconds").asInt(1)).as(probe).isGreaterThanOrEqualTo(1);
        }
        JsonNode liveness = container.get("livenessProbe");
        assertThat(liveness.path("failureThreshold").asInt(3) * liveness.path("periodSeconds").asInt(10))
                .as("seconds of failed liveness checks before a restart").isGreaterThanOrEqualTo(20);
        JsonNode startup = container.get("startupProbe");
        assertThat(startup.path("failureThreshold").asInt(3) * startup.path("periodSeconds").asInt(10))
                .as("seconds a start may take").isGreaterThanOrEqualTo(60);
    }

    @Test
    void requestsCpuAndMemoryAndLimitsMemory() {
        JsonNode resources = container.get("resources");
        assertThat(resources.at("/requests/cpu").asText()).isNotEmpty();
        assertThat(resources.at("/requests/memory").asText()).isNotEmpty();
        assertThat(resources.at("/limits/memory").asText()).isNotEmpty();
    }

    @Test
    void runsAsTheNonRootUser185() {
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(185);
        assertThat(container.at("/securityContext/runAsNonRoot").asBoolean(true)).isTrue();
        assertThat(container.at("/securityContext/runAsUser").asInt(185)).isEqualTo(185);
    }

    @Test
    void forbidsPrivilegeEscalation() {
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").isBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
    }

    @Test
    void dropsAllCapabilities() {
        assertThat(list(container.at("/securityContext/capabilities/drop"))).extracting(JsonNode::asText).contains("ALL");
        assertThat(container.at("/securityContext/capabilities/add").isMissingNode()).isTrue();
    }

    @Test
    void usesTheRuntimeDefaultSeccompProfile() {
        assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
    }

    @Test
    void hasAReadOnlyRootFilesystemWithAnEmptyDirAtTmp() {
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        JsonNode tmp = list(container.get("volumeMounts")).stream().filter(m -> m.path("mountPath").asText().equals("/tmp"))
                .findFirst().orElseThrow(() -> new AssertionError("nothing is mounted at /tmp"));
        assertThat(volume(tmp.path("name").asText()).has("emptyDir")).isTrue();
        assertThat(tmp.path("readOnly").asBoolean(false)).isFalse();
    }

    @Test
    void mountsNoServiceAccountToken() {
        assertThat(pod.path("automountServiceAccountToken").isBoolean()).isTrue();
        assertThat(pod.path("automountServiceAccountToken").asBoolean()).isFalse();
    }

    @Test
    void theGracePeriodCoversTheShutdownDelayPlusTimeout() {
        assertThat(PROPERTIES.value("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        Duration drain = PROPERTIES.duration("quarkus.shutdown.delay").plus(PROPERTIES.duration("quarkus.shutdown.timeout"));
        assertThat(Duration.ofSeconds(pod.path("terminationGracePeriodSeconds").asLong(30))).isGreaterThan(drain);
    }

    @Test
    void theImageIsPinnedToAVersion() {
        String image = container.path("image").asText();
        assertThat(image).contains(":").doesNotEndWith(":latest");
    }

    // Service

    @Test
    void theServiceSendsToTheHttpPortOfTheDeploymentsPods() {
        JsonNode service = the("Service");
        assertThat(map(deployment.at("/spec/template/metadata/labels"))).containsAllEntriesOf(map(service.at("/spec/selector")));
        assertThat(service.at("/spec/ports")).hasSize(1);
        assertThat(containerPort(service.at("/spec/ports/0/targetPort"))).isEqualTo(PROPERTIES.httpPort());
    }

    // HorizontalPodAutoscaler

    @Test
    void theAutoscalerScalesTheDeploymentOnCpu() {
        JsonNode hpa = the("HorizontalPodAutoscaler");
        assertThat(map(hpa.at("/spec/scaleTargetRef"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "apiVersion", "apps/v1", "kind", "Deployment", "name", deployment.at("/metadata/name").asText()));
        assertThat(hpa.at("/spec/metrics")).hasSize(1);
        assertThat(hpa.at("/spec/metrics/0/type").asText()).isEqualTo("Resource");
        assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        assertThat(hpa.at("/spec/metrics/0/resource/target/type").asText()).isEqualTo("Utilization");
    }

    @Test
    void theAutoscalerNeverGoesBelowTheTwoReplicas() {
        JsonNode hpa = the("HorizontalPodAutoscaler");
        assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(deployment.at("/spec/replicas").asInt());
        assertThat(hpa.at("/spec/maxReplicas").asInt()).isGreaterThan(hpa.at("/spec/minReplicas").asInt());
    }

    // PodDisruptionBudget

    @Test
    void theDisruptionBudgetKeepsOnePodServingDuringADrain() {
        JsonNode pdb = the("PodDisruptionBudget");
        assertThat(map(deployment.at("/spec/template/metadata/labels"))).containsAllEntriesOf(map(pdb.at("/spec/selector/matchLabels")));
        assertThat(pdb.at("/spec/maxUnavailable").asInt()).isEqualTo(1);
        assertThat(pdb.at("/spec/maxUnavailable").asInt()).isLessThan(deployment.at("/spec/replicas").asInt());
        assertThat(pdb.at("/spec/unhealthyPodEvictionPolicy").asText()).isEqualTo("AlwaysAllow");
    }

    // NetworkPolicy

    @Test
    void theNetworkPolicyDeniesEverythingNotAllowedInAndOut() {
        JsonNode policy = the("NetworkPolicy");
        assertThat(map(deployment.at("/spec/template/metadata/labels"))).containsAllEntriesOf(map(policy.at("/spec/podSelector/matchLabels")));
        assertThat(list(policy.at("/spec/policyTypes"))).extracting(JsonNode::asText).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.at("/spec/egress").isMissingNode() || policy.at("/spec/egress").isEmpty()).as("egress rules").isTrue();
    }

    @Test
    void theNetworkPolicyAdmitsOnlyTheHttpAndManagementPorts() {
        Set<Integer> ports = new HashSet<>();
        for (JsonNode rule : list(the("NetworkPolicy").at("/spec/ingress"))) {
            assertThat(rule.has("ports")).as("every ingress rule names its ports").isTrue();
            list(rule.get("ports")).forEach(port -> ports.add(containerPort(port.get("port"))));
        }
        assertThat(ports).containsExactlyInAnyOrder(PROPERTIES.httpPort(), PROPERTIES.managementPort());
    }

    @Test
    void theManagementPortIsOpenOnlyToNamedSources() {
        for (JsonNode rule : list(the("NetworkPolicy").at("/spec/ingress"))) {
            boolean management = list(rule.get("ports")).stream().anyMatch(p -> containerPort(p.get("port")) == PROPERTIES.managementPort());
            if (management) {
                assertThat(rule.path("from").isEmpty()).as("a management rule open to everyone").isFalse();
            }
        }
    }

    // Policy data from a ConfigMap

    /** The config key of the policy file, read off the config interface: {@code supply-risk.data.policy}. */
    private static String policyKey() throws NoSuchMethodException {
        String prefix = SupplyRiskConfig.class.getAnnotation(ConfigMapping.class).prefix();
        Method data = SupplyRiskConfig.class.getMethod("data");
        Method policy = data.getReturnType().getMethod("policy");
        return prefix + "." + kebab(data.getName()) + "." + kebab(policy.getName());
    }

    @Test
    void thePolicyConfigMapIsMountedWhereTheAppReadsThePolicyFile() throws NoSuchMethodException {
        JsonNode configMap = the("ConfigMap");
        List<String> files = new ArrayList<>();
        configMap.get("data").fieldNames().forEachRemaining(files::add);
        assertThat(files).containsExactly("policy.yaml");

        JsonNode volume = list(pod.get("volumes")).stream()
                .filter(v -> v.at("/configMap/name").asText().equals(configMap.at("/metadata/name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no volume carries the ConfigMap " + configMap.at("/metadata/name")));
        JsonNode mount = list(container.get("volumeMounts")).stream().filter(m -> m.path("name").asText().equals(volume.path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("the ConfigMap volume is not mounted"));
        assertThat(mount.path("readOnly").asBoolean()).isTrue();

        // SmallRye maps an environment variable to a key by upper-casing it and turning every other character into _.
        String variable = policyKey().toUpperCase().replaceAll("[^A-Z0-9]", "_");
        Map<String, String> environment = list(container.get("env")).stream()
                .collect(Collectors.toMap(e -> e.path("name").asText(), e -> e.path("value").asText()));
        assertThat(environment).containsEntry(variable, mount.path("mountPath").asText() + "/policy.yaml");
    }

    @Test
    void theConfigMapNameCarriesAContentHashSoAChangeRollsThePods() {
        String name = the("ConfigMap").at("/metadata/name").asText();
        assertThat(name).matches("supply-risk-policy-[a-z0-9]{10}");
        assertThat(list(pod.get("volumes"))).extracting(v -> v.at("/configMap/name").asText()).contains(name);
    }

    @Test
    void theConfigMapsPolicyIsDataTheAppAcceptsAndNoOlderThanTheShippedData(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), the("ConfigMap").at("/data/policy.yaml").asText());
        ReferenceData deployed = new ReferenceData(new PolicyOnly(Optional.of(policy)));
        ReferenceData shipped = new ReferenceData(new PolicyOnly(Optional.empty()));
        assertThat(deployed.policy().rules()).isNotEmpty();
        assertThat(deployed.policy().version()).as("the ConfigMap's policy version, which would replace the shipped rules")
                .isGreaterThanOrEqualTo(shipped.policy().version());
    }

    /** Data files with the policy replaced at most. */
    private record PolicyOnly(Optional<Path> policyFile) implements SupplyRiskConfig.Data {
        @Override
        public Optional<Path> accelerators() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> policy() {
            return policyFile;
        }

        @Override
        public Optional<Path> fx() {
            return Optional.empty();
        }

        @Override
        public Duration reloadInterval() {
            return Duration.ZERO;
        }

        @Override
        public Optional<Path> supply() {
            return Optional.empty();
        }
    }
}

package com.supplyrisk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.deploy.Dockerfile.Instruction;
import com.supplyrisk.deploy.Dockerfile.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile's promises, checked without a Docker engine. That every path the runtime stage copies
 * exists after packaging, and that the app runs with the image's environment, is PackagedImageIT's part.
 */
class DockerfileTest {

    private static final Dockerfile DOCKERFILE = Dockerfile.read();
    private static final Stage BUILD = DOCKERFILE.build();
    private static final Stage RUNTIME = DOCKERFILE.runtime();
    private static final String JAR = "/build/target/supply-risk-service.jar";
    private static final String IMAGE_JAR = "/deployments/supply-risk-service.jar";

    private static Instruction firstCopyOf(Stage stage, String source) {
        return stage.all("COPY").stream().filter(copy -> copy.sources().contains(source)).findFirst()
                .orElseThrow(() -> new AssertionError("the " + stage.name() + " stage does not copy " + source));
    }

    @Test
    void hasABuildStageAndARuntimeStage() {
        assertThat(DOCKERFILE.stages()).hasSize(2);
        assertThat(BUILD.name()).isEqualTo("build");
    }

    @Test
    void buildsWithMavenOnJdk17() {
        assertThat(BUILD.image()).startsWith("maven:3.9-").contains("temurin-17");
    }

    @Test
    void copiesTheWrapperAndPomBeforeTheSourcesSoDependenciesAreACachedLayer() {
        int pom = BUILD.indexOf(firstCopyOf(BUILD, "pom.xml"));
        int wrapper = Math.max(BUILD.indexOf(firstCopyOf(BUILD, "mvnw")), BUILD.indexOf(firstCopyOf(BUILD, ".mvn")));
        Instruction offline = BUILD.all("RUN").stream().filter(run -> run.arguments().contains("go-offline")).findFirst()
                .orElseThrow(() -> new AssertionError("no RUN resolves the dependencies on their own"));
        int sources = BUILD.indexOf(firstCopyOf(BUILD, "src/main"));
        assertThat(List.of(pom, wrapper)).allMatch(index -> index < BUILD.indexOf(offline));
        assertThat(BUILD.indexOf(offline)).isLessThan(sources);
    }

    @Test
    void packagesTheQuarkusAppAfterCopyingTheSources() {
        Instruction packaging = BUILD.all("RUN").stream().filter(run -> run.arguments().contains(" package")).findFirst()
                .orElseThrow(() -> new AssertionError("no RUN packages the application"));
        assertThat(BUILD.indexOf(packaging)).isGreaterThan(BUILD.indexOf(firstCopyOf(BUILD, "src/main")));
        assertThat(packaging.arguments()).startsWith("./mvnw");
    }

    @Test
    void everyPathTheBuildStageCopiesExistsInTheProject() {
        List<String> sources = BUILD.all("COPY").stream().flatMap(copy -> copy.sources().stream()).toList();
        assertThat(sources).isNotEmpty().allMatch(source -> Files.exists(Path.of(source)), "exists in the project");
    }

    @Test
    void theDockerignoreLetsThroughEverythingTheBuildStageCopies() {
        DockerIgnore ignore = DockerIgnore.read();
        List<String> sources = BUILD.all("COPY").stream().flatMap(copy -> copy.sources().stream()).toList();
        assertThat(sources).noneMatch(ignore::excludes);
        assertThat(List.of("src/main/java/com/supplyrisk/SupplyRiskConfig.java", "src/main/resources/data/policy.yaml",
                ".mvn/wrapper/maven-wrapper.properties", "examples/seed-dilemma.json", "src/main/docker/write-class-archive.sh"))
                .noneMatch(ignore::excludes);
    }

    @Test
    void theDockerignoreKeepsTheContextSmall() {
        DockerIgnore ignore = DockerIgnore.read();
        assertThat(List.of("target", "target/supply-risk-service.jar", ".git", "k8s/deployment.yaml", "src/test",
                "README.md", ".idea", "node_modules")).allMatch(ignore::excludes);
    }

    @Test
    void runsOnTheUbi9OpenJdk17Runtime() {
        assertThat(RUNTIME.image()).startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:");
    }

    @Test
    void copiesTheOneJarTheBuildStagePackagesOwnedByUser185() {
        List<Instruction> copies = RUNTIME.all("COPY");
        assertThat(copies).hasSize(1);
        Instruction copy = copies.get(0);
        assertThat(copy.sources()).containsExactly(JAR);
        assertThat(copy.destination()).isEqualTo("/deployments/");
        assertThat(copy.flag("from")).as(copy.arguments()).contains(BUILD.name());
        assertThat(copy.flag("chown")).as(copy.arguments()).contains("185");
    }

    /** The name the build gives the jar is the one the image copies. */
    @Test
    void theBuildPackagesOneJarUnderTheNameTheImageCopies() {
        ApplicationProperties properties = ApplicationProperties.read();
        assertThat(properties.value("quarkus.package.jar.type")).isEqualTo("uber-jar");
        assertThat(properties.value("quarkus.package.jar.add-runner-suffix")).isEqualTo("false");
        assertThat(JAR).endsWith("/" + properties.value("quarkus.package.output-name") + ".jar");
    }

    @Test
    void runsAsTheUnprivilegedUser185() {
        List<Instruction> users = RUNTIME.all("USER");
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1).arguments()).isEqualTo("185");
    }

    @Test
    void exposesTheApplicationAndManagementPortsTheAppListensOn() {
        ApplicationProperties properties = ApplicationProperties.read();
        Set<String> exposed = RUNTIME.all("EXPOSE").stream().flatMap(expose -> expose.words().stream()).collect(Collectors.toSet());
        assertThat(exposed).containsExactlyInAnyOrder(String.valueOf(properties.httpPort()), String.valueOf(properties.managementPort()));
    }

    @Test
    void startsThroughTheStandardRunJavaScript() {
        List<Instruction> entrypoints = RUNTIME.all("ENTRYPOINT");
        assertThat(entrypoints).hasSize(1);
        assertThat(entrypoints.get(0).arguments()).startsWith("[");
        assertThat(entrypoints.get(0).words()).containsExactly("/opt/jboss/container/java/run/run-java.sh");
        assertThat(RUNTIME.all("CMD")).isEmpty();
    }

    @Test
    void pointsRunJavaAtTheCopiedJar() {
        assertThat(RUNTIME.environment()).containsEntry("JAVA_APP_JAR", IMAGE_JAR);
    }

    @Test
    void listensOnAllInterfacesInTheContainer() {
        assertThat(RUNTIME.environment().get("JAVA_OPTS_APPEND")).contains("-Dquarkus.http.host=0.0.0.0");
    }

    /** glibc keeps the native memory a burst of large answers freed unless the JVM trims it. */
    @Test
    void handsFreedNativeMemoryBackToTheSystem() {
        assertThat(RUNTIME.environment().get("JAVA_OPTS_APPEND")).contains("-XX:TrimNativeHeapInterval=5000");
    }

    /**
     * An archive serves only the JVM that wrote it and the jar path it was written for; it is written from a run
     * that answers every example plan, with the build stage mounted rather than copied into the image.
     */
    @Test
    void startsFromAClassDataArchiveTheRuntimeImagesOwnJvmWritesForTheJarRunJavaStarts() {
        List<Instruction> runs = RUNTIME.all("RUN");
        assertThat(runs).hasSize(1);
        Instruction run = runs.get(0);
        assertThat(run.flag("mount")).contains("type=bind,from=" + BUILD.name() + ",source=/build,target=/tmp/build");
        assertThat(run.words().stream().dropWhile(word -> word.startsWith("--")).toList()).containsExactly("bash",
                "/tmp/build/src/main/docker/write-class-archive.sh", "/deployments/app-cds.jsa",
                RUNTIME.environment().get("JAVA_APP_JAR"), "/tmp/build/examples/*.json");
        assertThat(Path.of("src/main/docker/write-class-archive.sh")).isRegularFile();
        assertThat(RUNTIME.environment().get("JAVA_OPTS_APPEND")).contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa");
        assertThat(RUNTIME.instructions().indexOf(RUNTIME.all("USER").get(0))).as("written by the user who runs the service")
                .isLessThan(RUNTIME.instructions().indexOf(run));
    }

    @Test
    void hardCodesNoHeapSize() {
        assertThat(DOCKERFILE.stages().stream().flatMap(stage -> stage.instructions().stream()).map(Instruction::arguments))
                .noneMatch(arguments -> arguments.matches("(?s).*(-Xmx|-Xms|-XX:MaxHeapSize|-XX:InitialHeapSize|-XX:MaxRAM=).*"));
        assertThat(RUNTIME.environment()).doesNotContainKeys("JAVA_MAX_MEM_RATIO", "JAVA_MAX_RAM_RATIO", "JAVA_OPTS");
    }
}

package com.supplyrisk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.supplyrisk.deploy.Dockerfile.Instruction;
import com.supplyrisk.deploy.Dockerfile.Stage;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image without a Docker engine: what the runtime stage copies exists after {@code ./mvnw package},
 * and the packaged app runs as the image runs it (its environment, run-java.sh's command line, an
 * unprivileged user, a read-only application directory and only a temporary directory to write to).
 */
class PackagedImageIT {

    private static final Dockerfile DOCKERFILE = Dockerfile.read();
    private static final String BUILD_OUTPUT = "target/quarkus-app/";
    private static final String IMAGE_APP_DIRECTORY = "/deployments";

    /** The local file a runtime COPY source names: the build stage's WORKDIR is the project directory here. */
    private static String local(String source) {
        String workdir = DOCKERFILE.build().all("WORKDIR").get(0).arguments();
        assertThat(source).startsWith(workdir + "/" + BUILD_OUTPUT);
        return source.substring(workdir.length() + 1);
    }

    @Test
    void everyPathTheRuntimeStageCopiesExistsAfterPackaging() throws IOException {
        for (Instruction copy : DOCKERFILE.runtime().all("COPY")) {
            for (String source : copy.sources()) {
                String path = local(source);
                if (path.contains("*")) {
                    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + path);
                    try (Stream<Path> files = Files.list(Path.of(path).getParent())) {
                        assertThat(files.filter(glob::matches)).as(source).isNotEmpty();
                    }
                } else {
                    assertThat(Path.of(path)).as(source).isDirectory();
                    try (Stream<Path> files = Files.list(Path.of(path))) {
                        assertThat(files).as(source).isNotEmpty();
                    }
                }
            }
        }
    }

    @Test
    void theJarRunJavaStartsIsAmongTheCopiedFiles() {
        Stage runtime = DOCKERFILE.runtime();
        Path jar = Path.of(runtime.environment().get("JAVA_APP_JAR"));
        assertThat(runtime.all("COPY")).anySatisfy(copy -> assertThat(Path.of(copy.destination())).isEqualTo(jar.getParent()));
        assertThat(PackagedApp.QUARKUS_APP.resolve(jar.getFileName())).isRegularFile();
    }

    /**
     * The app started once, as the image would start it, and the checks of what it does. As root, file
     * permissions stop no write, so the JVM runs as the unprivileged user 65534 through setpriv or runuser.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RunLikeTheImage {

        private static final int NOBODY = 65534;

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private PackagedApp app;
        private Path appDirectory;
        private Path tmp;
        private List<String> before;

        private static Optional<List<String>> runAsNobody() throws IOException {
            int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            if (uid != 0) {
                return Optional.of(List.of()); // not root: permissions apply as they are
            }
            String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
            Optional<Path> setpriv = onPath(path, "setpriv");
            if (setpriv.isPresent()) {
                return Optional.of(List.of(setpriv.get().toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
            }
            return onPath(path, "runuser").map(runuser -> List.of(runuser.toString(), "-u", "nobody", "--"));
        }

        private static Optional<Path> onPath(String path, String command) {
            return Arrays.stream((path + ":/usr/sbin:/sbin").split(File.pathSeparator)).map(dir -> Path.of(dir, command))
                    .filter(Files::isExecutable).findFirst();
        }

        @BeforeAll
        void start(@TempDir Path root) throws Exception {
            Optional<List<String>> runAs = runAsNobody();
            Assumptions.assumeTrue(runAs.isPresent(),
                    "neither setpriv nor runuser found: install util-linux to run the read-only check as an unprivileged user");
            // @TempDir is private to its creator; the unprivileged user must be able to walk into it.
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            appDirectory = root.resolve("deployments");
            copy(PackagedApp.QUARKUS_APP, appDirectory);
            runTheRuntimeStagesCommands(appDirectory);
            makeReadOnly(appDirectory);
            tmp = Files.createDirectory(root.resolve("tmp"));
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
            before = listing(appDirectory);

            Map<String, String> environment = new LinkedHashMap<>(DOCKERFILE.runtime().environment());
            environment.put("PATH", "/usr/bin:/bin");
            var jvmOptions = new ArrayList<>(List.of(inPlaceOfTheImage(environment.get("JAVA_OPTS_APPEND")).split("\\s+")));
            jvmOptions.add("-Djava.io.tmpdir=" + tmp);
            String jar = inPlaceOfTheImage(environment.get("JAVA_APP_JAR"));
            app = new PackagedApp(runAs.get(), appDirectory, environment, jvmOptions, jar, root.resolve("app.log")).awaitReady();
        }

        /** The image's paths here: its /deployments is this test's application directory. */
        private String inPlaceOfTheImage(String text) {
            return text.replace(IMAGE_APP_DIRECTORY, appDirectory.toString());
        }

        /** The runtime stage's RUN commands (the class-data archive), with this machine's java, as the image build runs them. */
        private void runTheRuntimeStagesCommands(Path directory) throws IOException, InterruptedException {
            for (Instruction run : DOCKERFILE.runtime().all("RUN")) {
                var command = new ArrayList<>(List.of(inPlaceOfTheImage(run.arguments()).split("\\s+")));
                assertThat(command.get(0)).as("RUN commands of the runtime stage start java").isEqualTo("java");
                command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
                Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                        .redirectOutput(directory.resolveSibling("run.log").toFile()).start();
                assertThat(process.waitFor()).as(run.arguments() + ": " + Files.readString(directory.resolveSibling("run.log")))
                        .isZero();
            }
        }

        @AfterAll
        void stop() throws InterruptedException {
            if (app != null) {
                app.close();
            }
        }

        /** The build's own class-data archive stays behind: the image writes one with its JVM. */
        private static void copy(Path from, Path to) throws IOException {
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path source : paths.filter(path -> !path.getFileName().toString().endsWith(".jsa")).toList()) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
        }

        private static void makeReadOnly(Path root) throws IOException {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.toList()) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
                }
            }
        }

        private static List<String> listing(Path directory) throws IOException {
            try (Stream<Path> paths = Files.walk(directory)) {
                return paths.map(path -> directory.relativize(path) + " " + path.toFile().length()).sorted().toList();
            }
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        @Test
        void runsAsAnUnprivilegedUserForWhomTheApplicationDirectoryIsReadOnly() throws IOException {
            int uid = (Integer) Files.getAttribute(Path.of("/proc", String.valueOf(app.process().pid())), "unix:uid");
            assertThat(uid).isNotZero();
            assertThat(Files.getPosixFilePermissions(appDirectory)).noneMatch(permission -> permission.name().contains("WRITE"));
        }

        @Test
        void answersTheApi() throws Exception {
            HttpResponse<String> catalog = send(HttpRequest.newBuilder(app.api("/api/v1/accelerators")));
            assertThat(catalog.statusCode()).isEqualTo(200);
            assertThat(catalog.body()).contains("nvidia-h200");
        }

        @Test
        void assessesAPlan() throws Exception {
            HttpResponse<String> assessment = send(HttpRequest.newBuilder(app.api("/api/v1/assessments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("examples/seed-dilemma.json"))));
            assertThat(assessment.statusCode()).as(assessment.body()).isEqualTo(200);
            assertThat(assessment.body()).contains("\"planId\":\"bj-cluster-2026q1\"");
        }

        @Test
        void servesHealthAndMetricsOnTheManagementPort() throws Exception {
            assertThat(send(HttpRequest.newBuilder(app.management("/health/live"))).statusCode()).isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(app.management("/metrics"))).body()).contains("supplyrisk_plans_assessed_total");
        }

        @Test
        void servesTheExplorerWhoseFilesVertxCachesInTheTemporaryDirectory() throws Exception {
            assertThat(send(HttpRequest.newBuilder(app.api("/q/swagger-ui/"))).statusCode()).isEqualTo(200);
            assertThat(tmp.resolve("vertx-cache")).isDirectory();
        }

        @Test
        void writesNothingIntoTheApplicationDirectory() throws Exception {
            send(HttpRequest.newBuilder(app.api("/api/v1/policy?asOf=2026-01-26")));
            assertThat(listing(appDirectory)).isEqualTo(before);
        }

        /** With -Xshare:on a JVM refuses to start when the archive does not fit it, the jar or the options. */
        @Test
        void theClassDataArchiveFitsTheJvmAndTheJar() throws Exception {
            String options = inPlaceOfTheImage(DOCKERFILE.runtime().environment().get("JAVA_OPTS_APPEND"));
            assertThat(options).contains("-XX:SharedArchiveFile=" + appDirectory.resolve("app-cds.jsa"));
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:on"));
            command.addAll(List.of(options.split("\\s+")));
            command.addAll(List.of("-Djava.io.tmpdir=" + tmp, "-Dquarkus.appcds.generate=true", "-jar",
                    inPlaceOfTheImage(DOCKERFILE.runtime().environment().get("JAVA_APP_JAR"))));
            Path log = tmp.resolve("share-on.log");
            Process process = new ProcessBuilder(command).directory(appDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            assertThat(process.waitFor()).as(Files.readString(log)).isZero();
        }

        @Test
        void logsJsonLinesAndNoWarningInProduction() {
            List<String> lines = app.log().lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).isNotEmpty().allSatisfy(line -> {
                JsonNode entry = new ObjectMapper().readTree(line);
                assertThat(entry.has("level")).as(line).isTrue();
                assertThat(entry.has("message")).as(line).isTrue();
            });
            assertThat(lines).noneMatch(line -> line.contains("\"level\":\"WARN\"") || line.contains("\"level\":\"ERROR\""));
        }
    }
}

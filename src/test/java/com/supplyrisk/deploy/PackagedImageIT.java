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
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image without a Docker engine: what the runtime stage copies exists after {@code ./mvnw package},
 * and the packaged app runs as the image runs it (the runtime stage's commands, its environment, run-java.sh's
 * command line, an unprivileged user, a read-only application directory and only a temporary directory to write to).
 */
class PackagedImageIT {

    private static final Dockerfile DOCKERFILE = Dockerfile.read();
    private static final String IMAGE_APP_DIRECTORY = "/deployments";
    private static final String BUILD_DIRECTORY = DOCKERFILE.build().all("WORKDIR").get(0).arguments();

    /** The local file a path of the build stage names: the build stage's WORKDIR is the project directory here. */
    private static String local(String buildPath) {
        assertThat(buildPath).startsWith(BUILD_DIRECTORY + "/");
        return buildPath.substring(BUILD_DIRECTORY.length() + 1);
    }

    @Test
    void everyFileTheRuntimeStageCopiesExistsAfterPackaging() {
        for (Instruction copy : DOCKERFILE.runtime().all("COPY")) {
            for (String source : copy.sources()) {
                assertThat(Path.of(local(source))).as(source).isRegularFile();
            }
        }
    }

    @Test
    void theJarRunJavaStartsIsTheJarThePackagingBuilds() {
        Stage runtime = DOCKERFILE.runtime();
        Path jar = Path.of(runtime.environment().get("JAVA_APP_JAR"));
        assertThat(runtime.all("COPY")).anySatisfy(copy -> {
            assertThat(Path.of(copy.destination())).isEqualTo(jar.getParent());
            assertThat(copy.sources()).map(source -> Path.of(local(source))).containsExactly(PackagedApp.JAR);
        });
        assertThat(PackagedApp.JAR.getFileName()).isEqualTo(jar.getFileName());
        assertThat(PackagedApp.JAR).isRegularFile();
    }

    /**
     * The app started once, as the image would start it, and the checks of what it does. As root, file
     * permissions stop no write, so the JVM runs as the unprivileged user 65534 through setpriv or runuser.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
            appDirectory = Files.createDirectory(root.resolve("deployments"));
            Files.copy(PackagedApp.JAR, appDirectory.resolve(PackagedApp.JAR.getFileName()));
            runTheRuntimeStagesCommands(appDirectory);
            makeReadOnly(appDirectory);
            tmp = Files.createDirectory(root.resolve("tmp"));
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
            before = listing(appDirectory);

            Map<String, String> environment = new LinkedHashMap<>(DOCKERFILE.runtime().environment());
            environment.put("PATH", "/usr/bin:/bin");
            // run-java.sh's own GC and heap flags come first, as in the image: the archive, written with neither, must
            // serve a JVM started with them.
            var jvmOptions = new ArrayList<>(List.of("-XX:+UseParallelGC", "-XX:MaxRAMPercentage=80.0"));
            jvmOptions.addAll(List.of(inPlaceOfTheImage(environment.get("JAVA_OPTS_APPEND")).split("\\s+")));
            jvmOptions.add("-Djava.io.tmpdir=" + tmp);
            // Only logs where each class came from, which the archive's check reads.
            jvmOptions.add("-Xlog:class+load=info:file=" + classLoading());
            String jar = inPlaceOfTheImage(environment.get("JAVA_APP_JAR"));
            app = new PackagedApp(runAs.get(), appDirectory, environment, jvmOptions, jar, root.resolve("app.log")).awaitReady();
        }

        /** The image's paths here: its /deployments is this test's application directory. */
        private String inPlaceOfTheImage(String text) {
            return text.replace(IMAGE_APP_DIRECTORY, appDirectory.toString());
        }

        private Path classLoading() {
            return tmp.resolve("class-load.log");
        }

        /**
         * The runtime stage's RUN commands (the class-data archive), as the image build runs them: through
         * {@code /bin/sh -c}, this machine's java first on the PATH, the build stage mounted where they name it
         * (its WORKDIR being the project directory here).
         */
        private void runTheRuntimeStagesCommands(Path directory) throws IOException, InterruptedException {
            for (Instruction run : DOCKERFILE.runtime().all("RUN")) {
                String command = inPlaceOfTheImage(run.arguments().replaceFirst("^(--\\S+\\s+)+", ""));
                Optional<String> mount = run.flag("mount");
                if (mount.isPresent()) {
                    Map<String, String> options = new LinkedHashMap<>();
                    for (String option : mount.get().split(",")) {
                        String[] pair = option.split("=", 2);
                        options.put(pair[0], pair.length > 1 ? pair[1] : "");
                    }
                    assertThat(options).as(run.arguments()).containsEntry("type", "bind")
                            .containsEntry("from", DOCKERFILE.build().name()).containsEntry("source", BUILD_DIRECTORY);
                    command = command.replace(options.get("target"), Path.of("").toAbsolutePath().toString());
                }
                var builder = new ProcessBuilder("/bin/sh", "-c", command).directory(directory.toFile()).redirectErrorStream(true)
                        .redirectOutput(directory.resolveSibling("run.log").toFile());
                builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
                Process process = builder.start();
                assertThat(process.waitFor()).as(command + ": " + Files.readString(directory.resolveSibling("run.log"))).isZero();
            }
        }

        @AfterAll
        void stop() throws InterruptedException {
            if (app != null) {
                app.close();
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

        /**
         * First, so that the log holds only the classes loaded to start and to answer one plan: each of ours comes
         * from the archive the runtime stage wrote (which a fast-jar, loading them through Quarkus's own class loader,
         * would not allow), and most of the JDK's and the libraries' too. An archive that does not fit the JVM, the
         * jar or the options is ignored without a word; this is where that shows.
         */
        @Test
        @Order(1)
        void answersItsFirstPlanWithTheClassesOfTheArchive() throws Exception {
            HttpResponse<String> first = send(HttpRequest.newBuilder(app.api("/api/v1/assessments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("examples/seed-dilemma.json"))));
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            List<String> loaded = Files.readAllLines(classLoading()).stream().filter(line -> line.contains(" source: ")).toList();
            List<String> ours = loaded.stream().filter(line -> line.contains("] com.supplyrisk.")).toList();
            assertThat(ours).as("classes of the service loaded").hasSizeGreaterThan(100)
                    .allSatisfy(line -> assertThat(line).endsWith("source: shared objects file (top)"));
            long archived = loaded.stream().filter(line -> line.contains("source: shared objects file")).count();
            assertThat(archived).as("classes from the archives, of " + loaded.size()).isGreaterThan(loaded.size() * 9 / 10);
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

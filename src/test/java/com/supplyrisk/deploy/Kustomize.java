package com.supplyrisk.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The manifests as the cluster gets them: {@code kubectl kustomize k8s}, offline, no cluster needed. */
final class Kustomize {

    static final Path BASE = Path.of("k8s");

    private Kustomize() {
    }

    static boolean kubectlPresent() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).map(dir -> Path.of(dir, "kubectl"))
                .anyMatch(Files::isExecutable);
    }

    /** Every rendered resource, in kustomize's order. */
    static List<JsonNode> render() {
        try {
            // stderr to a file: a full pipe there would stall kubectl while stdout is read
            Path errors = Files.createTempFile("kustomize", ".err");
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", BASE.toString()).redirectError(errors.toFile()).start();
            kubectl.getOutputStream().close();
            byte[] out = kubectl.getInputStream().readAllBytes();
            if (!kubectl.waitFor(60, TimeUnit.SECONDS)) {
                kubectl.destroyForcibly();
                throw new AssertionError("kubectl kustomize k8s did not finish within 60 s");
            }
            if (kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize k8s failed (" + kubectl.exitValue() + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8));
            }
            Files.delete(errors);
            return new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).<JsonNode>readValues(out).readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering k8s", e);
        }
    }
}

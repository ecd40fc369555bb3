package com.supplyrisk.referencedata;

import com.supplyrisk.SupplyRiskConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads the replacement data files again every {@code supply-risk.data.reload-interval} and reloads when their
 * content has changed. It reads the content, not the file's events or timestamp: a ConfigMap update swaps the
 * volume's {@code ..data} symlink, which a watch on the file never sees, and a rename may keep the old mtime. A new
 * version that fails the checks is refused once, logged and counted; the data in use stays, and so does readiness.
 */
@ApplicationScoped
public class DataFileWatch {

    private final ReferenceData data;
    private final List<Path> files;
    private final Duration interval;
    private final Counter failures;
    private final MultiGauge versions;
    private ScheduledExecutorService reader;
    /** The content last seen, loaded or refused: each new content is tried once. */
    private String seen;

    public DataFileWatch(ReferenceData data, SupplyRiskConfig config, MeterRegistry registry) {
        this.data = data;
        SupplyRiskConfig.Data names = config.data();
        this.files = Stream.of(names.policy(), names.accelerators(), names.fx(), names.supply()).flatMap(Optional::stream).toList();
        this.interval = names.reloadInterval();
        this.failures = Counter.builder("supplyrisk.policy.reload.failures")
                .description("Changed data files refused by the checks; the data in use stayed").register(registry);
        this.versions = MultiGauge.builder("supplyrisk.data.version")
                .description("The version of each data file that new requests read: 1 for the one in use").register(registry);
    }

    void start(@Observes StartupEvent started) {
        showVersions(data.current());
        if (files.isEmpty() || interval.isZero()) {
            return;
        }
        seen = fingerprint();
        reader = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "data-file-watch");
            thread.setDaemon(true);
            return thread;
        });
        reader.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        Log.infof("Reading %s again every %d ms for changes", files, interval.toMillis());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (reader != null) {
            reader.shutdownNow();
        }
    }

    /** Reloads if the content changed since last seen. Never throws: the schedule would stop. */
    void check() {
        try {
            String now = fingerprint();
            if (now.equals(seen)) {
                return;
            }
            seen = now;
            ReferenceSnapshot before = data.current();
            ReferenceSnapshot after = data.reload();
            showVersions(after);
            Log.infof("Reloaded the data files: policy %s (was %s), catalog %s (was %s), fx %s (was %s), supply %s (was %s)",
                    after.policy().version(), before.policy().version(), after.catalog().version(), before.catalog().version(),
                    after.fxRates().version(), before.fxRates().version(), after.supply().version(), before.supply().version());
        } catch (DataFileException e) {
            failures.increment();
            Log.errorf("Refused the changed data files, still serving policy %s: %s", data.current().policy().version(), e.getMessage());
        } catch (RuntimeException e) {
            failures.increment();
            Log.errorf(e, "Refused the changed data files, still serving policy %s", data.current().policy().version());
        }
    }

    private void showVersions(ReferenceSnapshot snapshot) {
        versions.register(List.of(
                MultiGauge.Row.of(Tags.of("file", "policy", "version", snapshot.policy().version()), 1),
                MultiGauge.Row.of(Tags.of("file", "accelerators", "version", snapshot.catalog().version()), 1),
                MultiGauge.Row.of(Tags.of("file", "fx", "version", snapshot.fxRates().version()), 1),
                MultiGauge.Row.of(Tags.of("file", "supply", "version", snapshot.supply().version()), 1)), true);
    }

    /** A digest of every file's bytes, through any symlinks; a file that cannot be read counts as its own content. */
    private String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                byte[] content;
                try {
                    content = Files.readAllBytes(file);
                } catch (IOException e) {
                    content = ("unreadable: " + e).getBytes(StandardCharsets.UTF_8);
                }
                digest.update(content);
                digest.update(new byte[] {0});
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

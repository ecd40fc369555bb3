package com.supplyrisk.deploy;

import io.quarkus.runtime.configuration.DurationConverter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The production values of {@code application.properties}, the ones the image runs with: the image and
 * manifest tests compare against them instead of repeating ports and timings.
 */
record ApplicationProperties(Properties values) {

    static ApplicationProperties read() {
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            var values = new Properties();
            values.load(reader);
            return new ApplicationProperties(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String value(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new AssertionError("application.properties does not set " + key);
        }
        return value.strip();
    }

    int httpPort() {
        return Integer.parseInt(value("quarkus.http.port"));
    }

    int managementPort() {
        return Integer.parseInt(value("quarkus.management.port"));
    }

    /** Parsed as Quarkus parses it ({@code 5s}, {@code PT5S}, ...). */
    Duration duration(String key) {
        return DurationConverter.parseDuration(value(key));
    }
}

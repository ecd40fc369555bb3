package com.supplyrisk;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Puts the management interface (health, metrics) on a free port in every test. The packaged jar that
 * {@code *IT} classes start runs the production profile and would take port 9000, where a second build on
 * the same machine collides; the tests find the port through {@code quarkus.management.test-port}.
 */
public class FreeManagementPort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String port = String.valueOf(FreePort.take());
        return Map.of("quarkus.management.port", port, "quarkus.management.test-port", port);
    }

    @Override
    public void stop() {
        // nothing was started: the port belongs to the application under test
    }
}

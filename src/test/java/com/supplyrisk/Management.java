package com.supplyrisk;

import org.eclipse.microprofile.config.ConfigProvider;

/** Addresses on the management interface of the application under test (see {@link FreeManagementPort}). */
public final class Management {

    private Management() {
    }

    /** @param path below the management root, such as {@code /health/live} */
    public static String url(String path) {
        // Read at call time: the port is only known once the test resources have started.
        return ConfigProvider.getConfig().getValue("test.management.url", String.class) + path;
    }
}

package com.supplyrisk.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class MetricsIT extends MetricsTest {
}

package com.supplyrisk.api.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class LimitsIT extends LimitsTest {
}

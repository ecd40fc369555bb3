package com.supplyrisk.api.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class RequestIdIT extends RequestIdTest {
}

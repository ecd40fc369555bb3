package com.supplyrisk.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class OperationsIT extends OperationsTest {
}

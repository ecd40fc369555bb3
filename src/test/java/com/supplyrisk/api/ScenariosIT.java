package com.supplyrisk.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same black-box tests against the packaged jar. */
@QuarkusIntegrationTest
class ScenariosIT extends ScenariosTest {
}

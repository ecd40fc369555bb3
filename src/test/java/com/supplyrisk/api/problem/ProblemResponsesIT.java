package com.supplyrisk.api.problem;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The error answers of the packaged jar, where framework defaults differ from test mode. */
@QuarkusIntegrationTest
class ProblemResponsesIT extends ProblemResponsesTest {
}

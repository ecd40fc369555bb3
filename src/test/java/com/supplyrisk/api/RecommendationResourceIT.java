package com.supplyrisk.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same black-box tests against the packaged jar, whose OR-Tools natives must load from it. */
@QuarkusIntegrationTest
class RecommendationResourceIT extends RecommendationResourceTest {
}

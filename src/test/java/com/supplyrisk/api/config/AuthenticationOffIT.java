package com.supplyrisk.api.config;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged jar as shipped: no token needed, none read. */
@QuarkusIntegrationTest
class AuthenticationOffIT extends AuthenticationOffTest {
}

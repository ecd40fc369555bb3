package com.supplyrisk.api.config;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The same tests against the packaged jar, built with authentication off: the profile's overrides reach the jar
 * as system properties, which is how an operator switches authentication on without a rebuild.
 */
@QuarkusIntegrationTest
@TestProfile(AuthenticationTest.AuthOn.class)
class AuthenticationIT extends AuthenticationTest {
}

package com.supplyrisk.api.http;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** The production jar: the same headers, and no Dev UI or other development endpoint. */
@QuarkusIntegrationTest
class SecurityHeadersIT extends SecurityHeadersTest {

    @Test
    void noDevelopmentEndpointsInProduction() {
        for (String path : new String[] {"/q/dev-ui", "/q/dev-ui/", "/q/dev", "/q/arc", "/q/arc/beans"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
        }
    }
}

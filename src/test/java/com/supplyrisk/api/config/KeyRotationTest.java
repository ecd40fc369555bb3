package com.supplyrisk.api.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.supplyrisk.api.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The key rotation of docs/security.md: while the location names a JWK set with the old and the new key, either signs valid tokens. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
@TestProfile(KeyRotationTest.OldAndNewKey.class)
class KeyRotationTest {

    public static class OldAndNewKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(new AuthenticationTest.AuthOn().getConfigOverrides());
            overrides.put("mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY_SET_LOCATION);
            return overrides;
        }
    }

    @Test
    void tokensSignedWithEitherKeyAreAccepted() {
        given().auth().oauth2(Tokens.valid()).get("/api/v1/accelerators").then().statusCode(200);
        given().auth().oauth2(Tokens.signed(Tokens.claims(), Tokens.NEXT_KEY_ID, Tokens.privateKey("test-only-next-private-key.pem")))
                .get("/api/v1/accelerators").then().statusCode(200);
    }

    @Test
    void aKeyOutsideTheSetIsRefusedWhateverKidItClaims() {
        given().auth().oauth2(Tokens.signed(Tokens.claims(), Tokens.NEXT_KEY_ID, Tokens.strangerKey()))
                .get("/api/v1/accelerators").then().statusCode(401).body("type", equalTo("/problems/unauthorized"));
    }
}

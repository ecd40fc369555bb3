package com.supplyrisk.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** Which half-done authentication settings stop the start; the switch itself is exercised by AuthenticationTest. */
class AuthenticationStartupCheckTest {

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void nothingSetNamesAllThreeKeys() {
        assertThat(AuthenticationStartupCheck.missing(config(Map.of())))
                .containsExactly("mp.jwt.verify.publickey.location", "mp.jwt.verify.issuer", "mp.jwt.verify.audiences");
    }

    @Test
    void anInlineKeyStandsForTheLocationAndABlankValueCountsAsUnset() {
        assertThat(AuthenticationStartupCheck.missing(config(Map.of(
                "mp.jwt.verify.publickey", "MIIBIjANBg...",
                "mp.jwt.verify.issuer", "https://issuer.example",
                "mp.jwt.verify.audiences", " "))))
                .containsExactly("mp.jwt.verify.audiences");
    }

    @Test
    void theTestProfileIsComplete() {
        assertThat(AuthenticationStartupCheck.missing(config(new AuthenticationTest.AuthOn().getConfigOverrides()))).isEmpty();
    }
}

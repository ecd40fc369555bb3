package com.supplyrisk.api.config;

import com.supplyrisk.SupplyRiskConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start with authentication switched on but the token checks incomplete. smallrye-jwt skips the
 * issuer or audience check when its key is unset, so a forgotten key would quietly accept tokens minted for
 * another service by the same identity provider; without a public key every token would fail, later and less clearly.
 */
@ApplicationScoped
@Startup
public class AuthenticationStartupCheck {

    public AuthenticationStartupCheck(SupplyRiskConfig settings, Config config) {
        if (settings.auth().enabled()) {
            List<String> missing = missing(config);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("supply-risk.auth.enabled=true also needs " + String.join(", ", missing)
                        + " (see docs/security.md, section Authentication)");
            }
        }
    }

    /** The standard keys docs/security.md asks an operator to set, of those that are not. */
    static List<String> missing(Config config) {
        var missing = new ArrayList<String>();
        if (absent(config, "mp.jwt.verify.publickey.location") && absent(config, "mp.jwt.verify.publickey")) {
            missing.add("mp.jwt.verify.publickey.location");
        }
        for (String key : List.of("mp.jwt.verify.issuer", "mp.jwt.verify.audiences")) {
            if (absent(config, key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    private static boolean absent(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::isBlank).orElse(true);
    }
}

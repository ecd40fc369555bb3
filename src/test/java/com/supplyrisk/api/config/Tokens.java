package com.supplyrisk.api.config;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Bearer tokens for the authentication tests, signed with the test-only key pair under src/test/resources/auth
 * (made for these tests with openssl; it protects nothing). Each rejected token differs from a valid one in one
 * claim or in its signature, so a 401 can only come from that difference.
 */
public final class Tokens {

    static final String ISSUER = "https://issuer.supply-risk.test";
    static final String AUDIENCE = "supply-risk-service";
    static final String ROLE = "supply-risk-user";
    private static final Path KEYS = Path.of("src/test/resources/auth");
    static final String KEY_ID = "test-only";
    static final String NEXT_KEY_ID = "test-only-next";
    /** Absolute, because the packaged jar of the integration tests may run in another directory. */
    static final String PUBLIC_KEY_LOCATION = location("test-only-public-key.pem");
    /** The public keys of {@link #KEY_ID} and {@link #NEXT_KEY_ID}, as a service trusts them while the signing key rotates. */
    static final String PUBLIC_KEY_SET_LOCATION = location("test-only-public-keys.jwks.json");

    private Tokens() {
    }

    /** Claims a service would accept: trusted issuer, our audience, the role, valid for five minutes from now. */
    public static JwtClaimsBuilder claims() {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("procurement-analyst").groups(ROLE)
                .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5)));
    }

    public static String signed(JwtClaimsBuilder claims) {
        return signed(claims, KEY_ID, privateKey("test-only-private-key.pem"));
    }

    public static String signed(JwtClaimsBuilder claims, String keyId, PrivateKey key) {
        return claims.jws().keyId(keyId).sign(key);
    }

    public static String valid() {
        return signed(claims());
    }

    /** A valid token's claims under an {@code alg: none} header and no signature, as RFC 7519 section 6 builds one. */
    static String unsigned() {
        String payload = valid().split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    static PrivateKey privateKey(String file) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(KEYS.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable test key " + file, e);
        }
    }

    /** A key the service has never seen, made afresh for each run. */
    static PrivateKey strangerKey() {
        try {
            return KeyUtils.generateKeyPair(2048).getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String location(String file) {
        return KEYS.resolve(file).toAbsolutePath().toUri().toString();
    }
}

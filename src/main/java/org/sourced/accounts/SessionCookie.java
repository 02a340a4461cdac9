package org.sourced.accounts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed session cookie: {@code sessionId.accountId.role.issuedAt.expiresAt.name.signature} (name in base64url). Checking it
 * needs no database, so a signed-in page costs no extra query; every instance that shares the key (a
 * configured one, or the one kept in the data dir) accepts it, and it survives a restart.
 */
public final class SessionCookie {

    public static final String NAME = "sourced_session";

    /** What a valid cookie says. */
    public record Claims(String sessionId, long accountId, Role role, Instant issuedAt, Instant expiresAt, String name) {
    }

    private final byte[] key;

    public SessionCookie(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a session key has at least 32 bytes");
        }
        this.key = key.clone();
    }

    public String issue(Claims claims) {
        String payload = claims.sessionId() + "." + claims.accountId() + "." + claims.role().key() + "."
                + claims.issuedAt().getEpochSecond() + "." + claims.expiresAt().getEpochSecond() + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.name().getBytes(StandardCharsets.UTF_8));
        return payload + "." + sign(payload);
    }

    public Optional<Claims> verify(String cookie, Instant now) {
        if (cookie == null) {
            return Optional.empty();
        }
        int cut = cookie.lastIndexOf('.');
        if (cut < 0) {
            return Optional.empty();
        }
        String payload = cookie.substring(0, cut);
        byte[] given = cookie.substring(cut + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 6) {
            return Optional.empty();
        }
        try {
            Claims claims = new Claims(parts[0], Long.parseLong(parts[1]), Role.fromKey(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])), Instant.ofEpochSecond(Long.parseLong(parts[4])),
                    new String(Base64.getUrlDecoder().decode(parts[5]), StandardCharsets.UTF_8));
            return claims.expiresAt().isAfter(now) ? Optional.of(claims) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

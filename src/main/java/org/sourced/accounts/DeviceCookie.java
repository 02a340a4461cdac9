package org.sourced.accounts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The device cookie of OWASP's sign-in throttling pattern ({@link org.sourced.limits.LoginLockout}):
 * {@code account.nonce.signature}, the account's email in base64url and a random nonce, signed with a key derived
 * from the session key. It proves only that this browser once gave this account's right password; it authorises
 * nothing (the CSRF guard does not count it as a credential), it only keeps the browser's own failure budget.
 */
public final class DeviceCookie {

    public static final String NAME = "sourced_device";

    private final byte[] key;

    public DeviceCookie(byte[] sessionKey) {
        this.key = hmac(sessionKey, "sourced device cookie");
    }

    /** A new cookie value for a browser that has just signed in to {@code email} (normalised). */
    public String issue(String email) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(email.getBytes(StandardCharsets.UTF_8)) + "."
                + Tokens.linkId();
        return payload + "." + sign(payload);
    }

    /** The cookie's nonce (the device's id) when it is genuine and names {@code email}; otherwise empty. */
    public Optional<String> deviceFor(String value, String email) {
        if (value == null || email == null) {
            return Optional.empty();
        }
        int cut = value.lastIndexOf('.');
        if (cut < 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, cut);
        if (!MessageDigest.isEqual(value.substring(cut + 1).getBytes(StandardCharsets.US_ASCII),
                sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            String named = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            return named.equals(email) ? Optional.of(parts[1]) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, payload));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package org.sourced.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable ids and secrets: 128 bits for links, 256 bits for tokens; only hashes of tokens are stored. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A 22-character URL-safe id with 128 random bits. */
    public static String linkId() {
        return random(16);
    }

    /**
     * A 43-character URL-safe secret with about 256 random bits. It never looks like a prefixed token ({@code sp_},
     * {@code lv_}: two characters and an underscore), so an attempt's token sent as {@code Bearer} can never be taken
     * for an API token (about one draw in 65,000 would otherwise begin with "sp_" in some case, and the attempt API would refuse its owner with a 401).
     */
    public static String secret() {
        return unprefixed(() -> random(32));
    }

    static String unprefixed(java.util.function.Supplier<String> draw) {
        String s = draw.get();
        while (s.length() > 2 && s.charAt(2) == '_') {
            s = draw.get();
        }
        return s;
    }

    public static long seed() {
        return RANDOM.nextLong();
    }

    public static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

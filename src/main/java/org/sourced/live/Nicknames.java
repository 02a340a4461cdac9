package org.sourced.live;

import java.util.Locale;
import java.util.Optional;

/** The rule for a player's nickname: 1 to 20 characters after trimming, no control characters; unique case-blind. */
public final class Nicknames {

    public static final int MAX = 20;

    private Nicknames() {
    }

    /** The nickname as it will be shown (trimmed, inner runs of spaces made one), or empty if it cannot be used. */
    public static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        if (s.isEmpty() || s.codePointCount(0, s.length()) > MAX || s.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    public static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }

    /** What makes two nicknames the same: "Ani" and "ani " cannot both play. */
    public static String key(String cleaned) {
        return cleaned.toLowerCase(Locale.ROOT);
    }
}

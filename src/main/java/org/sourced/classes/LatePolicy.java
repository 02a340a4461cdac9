package org.sourced.classes;

import java.util.Arrays;
import java.util.Locale;

import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** What an assignment does with work after it closes. */
public enum LatePolicy {
    /** No attempt starts after closing; an attempt begun before it stops taking answers at the closing time. */
    REFUSE("refuse"),
    /** Attempts may start and go on after closing, and are marked late. */
    FLAG("flag");

    private final String key;

    LatePolicy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static LatePolicy fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown late policy " + key));
    }

    /** Reads a teacher's choice; null or blank gives {@link #REFUSE}. */
    public static LatePolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return REFUSE;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.key.equals(v)).findFirst()
                .orElseThrow(() -> UserError.unprocessable(UiText.cls(t -> t.errLate(value))));
    }
}

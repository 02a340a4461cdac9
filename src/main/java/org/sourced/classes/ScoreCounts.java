package org.sourced.classes;

import java.util.Arrays;
import java.util.Locale;

import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** Which of a student's submitted attempts gives their score on an assignment. */
public enum ScoreCounts {
    BEST("best"),
    LAST("last"),
    MEAN("mean");

    private final String key;

    ScoreCounts(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ScoreCounts fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown score rule " + key));
    }

    /** The score that counts among a student's submitted percents, oldest submission first; null for none. */
    public Double pick(java.util.List<Double> percentsInSubmitOrder) {
        if (percentsInSubmitOrder.isEmpty()) {
            return null;
        }
        return switch (this) {
            case BEST -> percentsInSubmitOrder.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            case LAST -> percentsInSubmitOrder.get(percentsInSubmitOrder.size() - 1);
            case MEAN -> percentsInSubmitOrder.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        };
    }

    /** Reads a teacher's choice; null or blank gives {@link #BEST}, as Moodle's "highest grade" default. */
    public static ScoreCounts parse(String value) {
        if (value == null || value.isBlank()) {
            return BEST;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.key.equals(v)).findFirst()
                .orElseThrow(() -> UserError.unprocessable(UiText.cls(t -> t.errScoreCounts(value))));
    }
}

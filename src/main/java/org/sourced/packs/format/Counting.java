package org.sourced.packs.format;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the locators that cite a source are counted, from {@code counting:} in pack.yaml: the unit (so
 * "para. 3" or "Art. 4"), how many there are (the validator refuses a locator past the last), and the
 * rule in words, shown to the student beside the evidence so they can find the passage themselves.
 */
public record Counting(Unit unit, int count, String rule) {

    public enum Unit {
        PARAGRAPH("paragraph", "para."),
        ARTICLE("article", "Art.");

        private final String key;
        private final String abbreviation;

        Unit(String key, String abbreviation) {
            this.key = key;
            this.abbreviation = abbreviation;
        }

        public String key() {
            return key;
        }

        /** How a locator names this unit: {@code para. 3}, {@code Art. 4}. */
        public String abbreviation() {
            return abbreviation;
        }

        public static Optional<Unit> fromKey(String key) {
            return Arrays.stream(values()).filter(u -> u.key.equals(key)).findFirst();
        }
    }
}

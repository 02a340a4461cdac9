package org.sourced.packs.format;

import java.util.Arrays;
import java.util.Optional;

/** The verdict of a claim-check item; its key doubles as the choice id the student picks. */
public enum Verdict {
    SUPPORTED("supported", "Supported by the record"),
    REFUTED("refuted", "Refuted by the record"),
    NOT_IN_EVIDENCE("not-in-evidence", "Not in the evidence");

    private final String key;
    private final String label;

    Verdict(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Verdict> fromKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}

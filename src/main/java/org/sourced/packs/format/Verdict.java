package org.sourced.packs.format;

import java.util.Arrays;
import java.util.Optional;

/**
 * The verdict of a claim-check item; its key doubles as the choice id the student picks. The label is the
 * English choice text stored with the question (exports, the JSON API); pages show the reader's language
 * instead, from the message bundle (templates/tags/choiceText.html).
 */
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

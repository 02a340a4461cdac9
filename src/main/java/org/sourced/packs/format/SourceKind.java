package org.sourced.packs.format;

import java.util.Arrays;
import java.util.Optional;

/** What kind of text a source is: students learn to weigh a report differently from a reader comment. */
public enum SourceKind {
    REPORT("report"),
    COMMENTARY("commentary"),
    FACT_CHECK("fact-check"),
    PRIMARY("primary"),
    COMMENT("comment");

    private final String key;

    SourceKind(String key) {
        this.key = key;
    }

    /** The spelling used in pack files and URLs. */
    public String key() {
        return key;
    }

    public static Optional<SourceKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}

package org.sourced.packs.format;

import java.util.Arrays;
import java.util.Optional;

public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false"),
    CLAIM_CHECK("claim-check"),
    ORDERING("ordering");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}

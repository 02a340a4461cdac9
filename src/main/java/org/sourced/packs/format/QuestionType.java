package org.sourced.packs.format;

import java.util.Arrays;
import java.util.Optional;

public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false"),
    CLAIM_CHECK("claim-check"),
    ORDERING("ordering"),
    /** The choices are evidence entries (or plain text, such as "it is commentary, not evidence"); pick every one that establishes the claim. */
    EVIDENCE_CHOICE("evidence-choice");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether a student may pick more than one choice (checkboxes), scored by the multiple-answer rules. */
    public boolean manyAnswers() {
        return this == MULTIPLE || this == EVIDENCE_CHOICE;
    }

    public static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}

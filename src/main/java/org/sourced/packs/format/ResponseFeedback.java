package org.sourced.packs.format;

import java.util.List;

/**
 * Feedback an LMS gives on the whole response rather than on one choice (Moodle's correct, partially
 * correct and incorrect feedback; QTI modal feedback conditioned on the outcome), and its hints. Kept so
 * that a bank brought from an LMS loses none of it; each field may be null (hints empty).
 *
 * @param hints shown one by one in an LMS's interactive mode, in order
 */
public record ResponseFeedback(String correct, String partial, String incorrect, List<String> hints) {

    public static final ResponseFeedback NONE = new ResponseFeedback(null, null, null, List.of());

    public ResponseFeedback {
        correct = blankToNull(correct);
        partial = blankToNull(partial);
        incorrect = blankToNull(incorrect);
        hints = hints == null ? List.of() : hints.stream().filter(h -> h != null && !h.isBlank()).map(String::strip).toList();
    }

    public boolean isEmpty() {
        return correct == null && partial == null && incorrect == null && hints.isEmpty();
    }

    /** The feedback for a response that scored {@code fraction} of the points (0 to 1). */
    public String forScore(double fraction) {
        if (fraction >= 1) {
            return correct;
        }
        return fraction > 0 && partial != null ? partial : incorrect;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.sourced.packs.exchange;

import java.util.List;

/**
 * Whether an LMS's answer weights (Moodle's fractions, in percent) say what Sourced's scoring of a
 * multiple-answer question does, so that an import can say plainly when they do not. Sourced scores such a
 * question all or nothing, or with the pack's partial credit: +1/k per right pick and -1/k per wrong one
 * (k right answers). That is the Moodle scale of right answers at 100/k each and wrong ones at -100/k; any other
 * weights (a wrong answer at 0 or -100, right answers of unequal weight) score differently, and are reported.
 */
final class AnswerWeights {

    static final String HOW_SOURCED_SCORES = "Sourced scores a multiple-answer question all or nothing, or with the pack's "
            + "partial credit (+1/k per right pick, -1/k per wrong one); the choices with a positive weight are its right answers";

    private static final double TOLERANCE = 0.5;

    private AnswerWeights() {
    }

    /** True when the weights are Sourced's scale; an empty list or one without a right answer is not for this rule. */
    static boolean sourcedScale(List<Double> weights) {
        long k = weights.stream().filter(w -> w > 0).count();
        if (k == 0) {
            return true;
        }
        double right = 100.0 / k;
        boolean rightsEqual = weights.stream().filter(w -> w > 0).allMatch(w -> Math.abs(w - right) <= TOLERANCE);
        boolean wrongsOnScale = weights.stream().filter(w -> w <= 0).allMatch(w -> Math.abs(w + right) <= TOLERANCE);
        return rightsEqual && wrongsOnScale;
    }
}

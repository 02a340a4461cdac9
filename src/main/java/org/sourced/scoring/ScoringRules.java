package org.sourced.scoring;

import java.util.Objects;
import org.sourced.packs.format.ScoringPolicy;

/**
 * The switches a quiz scores with; see {@link Scoring} for what each one does.
 *
 * @param partialCredit multiple-answer items earn +1/k per correct pick and -1/k per wrong pick, floored at 0
 * @param negativeMarking a wrong single, true-false or claim-check answer costs points/(c-1)
 * @param certaintyBased certainty-based marking (1: +1/0, 2: +2/-2, 3: +3/-6); overrides negative marking
 */
public record ScoringRules(boolean partialCredit, boolean negativeMarking, boolean certaintyBased) {

    public static ScoringRules from(ScoringPolicy p) {
        Objects.requireNonNull(p, "scoring policy");
        return new ScoringRules(p.partialCredit(), p.negativeMarking(), p.certainty());
    }
}

package org.sourced.packs.format;

/**
 * How a pack (or a quiz started from it) scores multiple-answer items by default.
 *
 * @param partialCredit multiple-answer items earn +1/k per correct pick and -1/k per wrong pick, floored at 0
 * @param negativeMarking a wrong single-answer pick costs a fraction of the item's points
 * @param certainty certainty-based marking: the student rates each answer 1-3
 */
public record ScoringPolicy(boolean partialCredit, boolean negativeMarking, boolean certainty) {
    public static final ScoringPolicy DEFAULT = new ScoringPolicy(false, false, false);
}

package org.sourced.scoring;

/**
 * The result of one item.
 *
 * @param points what the item adds to the attempt; negative under negative or certainty-based marking
 * @param maxPoints the item's points, times 3 under certainty-based marking
 * @param fraction the raw credit in [0, 1], before negative or certainty adjustments
 * @param correct {@code fraction == 1}
 * @param answered the student gave at least one choice
 */
public record ItemScore(double points, double maxPoints, double fraction, boolean correct, boolean answered) {
}

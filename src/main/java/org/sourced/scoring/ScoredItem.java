package org.sourced.scoring;

/**
 * One scored item of an attempt, as {@link Scoring#total} adds it up.
 *
 * @param objective the question's objective id; {@code null} or blank leaves it out of the breakdown
 * @param certainty the certainty the item was scored with; {@code null} when certainty-based marking is
 *                  off, which keeps the item out of the calibration summary
 */
public record ScoredItem(String questionId, String objective, ItemScore score, Integer certainty) {
}

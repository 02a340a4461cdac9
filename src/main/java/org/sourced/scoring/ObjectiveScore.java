package org.sourced.scoring;

/** An attempt's score on the items of one objective; score floored at 0, percent 0..100 to 1 decimal. */
public record ObjectiveScore(String objective, double score, double max, double percent) {
}

package org.sourced.scoring;

import java.util.List;

/**
 * The total of an attempt.
 *
 * @param score the sum of item points, floored at 0
 * @param max the sum of item maxima
 * @param percent {@code 100 * score / max}, 0..100, rounded to 1 decimal; 0 when max is 0
 * @param objectives per objective, in the order the objectives first appear in the attempt
 * @param calibration per certainty level used; empty when certainty marking is off
 */
public record AttemptScore(double score, double max, double percent, List<ObjectiveScore> objectives,
        Calibration calibration) {

    public AttemptScore {
        objectives = List.copyOf(objectives);
    }
}

package org.sourced.scoring;

import java.util.List;

/**
 * Whether a student's certainty matched their accuracy: one level per certainty used, 1 to 3. A
 * well-calibrated student is right under 67% of the time at level 1, 67-80% at 2 and over 80% at 3,
 * the ranges in which each level has the best expected score. Empty when certainty marking is off.
 */
public record Calibration(List<CertaintyLevel> levels) {

    public Calibration {
        levels = List.copyOf(levels);
    }
}

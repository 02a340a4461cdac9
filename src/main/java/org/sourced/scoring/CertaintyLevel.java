package org.sourced.scoring;

/**
 * How a student did at one certainty level.
 *
 * @param certainty 1, 2 or 3
 * @param count answered items given this certainty
 * @param right of those, the fully right ones (fraction 1)
 * @param percentRight {@code 100 * right / count}, to 1 decimal
 */
public record CertaintyLevel(int certainty, int count, int right, double percentRight) {
}

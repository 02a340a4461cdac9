package org.sourced.live;

/**
 * Speed points (docs/scoring.md, "Live sessions"): a right answer earns a bonus of up to its own score again, falling
 * in a straight line from the moment the question opens to the end of the player's countdown.
 *
 * <pre>bonus = floor₀.₀₁(earned × (1 − t / T)),  t = time taken (clamped to 0..T),  T = the player's time limit</pre>
 *
 * An answer in the first instant earns about twice its score, one at the last moment its score alone. Only what
 * was earned is doubled: a wrong answer (0) or a certainty penalty (negative) gets no bonus and loses nothing more.
 * The bonus is rounded down to a hundredth, so it never exceeds the score itself.
 */
public final class SpeedPoints {

    private SpeedPoints() {
    }

    /** What the answer scores with its speed bonus. */
    public static double award(double earned, long elapsedMillis, long allowedMillis) {
        if (earned <= 0 || allowedMillis <= 0) {
            return earned;
        }
        long t = Math.max(0, Math.min(elapsedMillis, allowedMillis));
        double bonus = Math.floor(earned * (allowedMillis - t) / allowedMillis * 100.0) / 100.0;
        return earned + Math.min(bonus, earned);
    }

    /** The most an answer can score with speed points on. */
    public static double max(double max) {
        return 2 * max;
    }
}

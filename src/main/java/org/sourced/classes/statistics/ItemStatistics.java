package org.sourced.classes.statistics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Classical item analysis, with Moodle's quiz statistics definitions, computed from sums so that the
 * database can do the pass over the attempts ({@code count(*), sum(x), sum(x*x), ...}).
 *
 * <ul>
 *   <li><b>Facility index</b> F = mean item score / max item score, 0..1 (Moodle shows it × 100).
 *       Low F: a hard item.</li>
 *   <li><b>Discrimination index</b> D = Pearson correlation between the item score x and the score on
 *       the rest of the test y (the attempt total minus this item), -1..1 (Moodle shows it × 100).
 *       Using the rest of the test, not the total, keeps the item from correlating with itself.
 *       Low or negative D: strong students do no better on the item than weak ones.</li>
 * </ul>
 */
public final class ItemStatistics {

    // Below this share of sum(x²)·n, a variance is rounding noise: all scores were equal.
    private static final double ZERO_VARIANCE = 1e-12;

    /**
     * Sums over the attempts that include the item.
     *
     * @param n the number of attempts
     * @param sumX sum of x, the item score
     * @param sumXX sum of x²
     * @param sumY sum of y, the rest-of-test score (attempt total minus x)
     * @param sumYY sum of y²
     * @param sumXY sum of x·y
     * @param maxX the item's maximum score
     */
    public record ItemSums(long n, double sumX, double sumXX, double sumY, double sumYY, double sumXY,
            double maxX) {
    }

    private ItemStatistics() {
    }

    /** F = (sumX / n) / maxX; empty without attempts or with a maximum of 0. */
    public static OptionalDouble facility(ItemSums s) {
        if (s.n() < 1 || s.maxX() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(s.sumX() / s.n() / s.maxX());
    }

    /**
     * D = (n·Σxy - Σx·Σy) / √((n·Σx² - (Σx)²)(n·Σy² - (Σy)²)); empty when n &lt; 2 or either variance
     * is 0 (everyone scored the same on the item, or on the rest), where the correlation is undefined.
     */
    public static OptionalDouble discrimination(ItemSums s) {
        if (s.n() < 2) {
            return OptionalDouble.empty();
        }
        double n = s.n();
        double varX = n * s.sumXX() - s.sumX() * s.sumX();
        double varY = n * s.sumYY() - s.sumY() * s.sumY();
        if (varX <= ZERO_VARIANCE * n * s.sumXX() || varY <= ZERO_VARIANCE * n * s.sumYY()) {
            return OptionalDouble.empty();
        }
        double cov = n * s.sumXY() - s.sumX() * s.sumY();
        double r = cov / Math.sqrt(varX * varY);
        // Rounding can push a perfect correlation a hair past ±1.
        return OptionalDouble.of(Math.max(-1.0, Math.min(1.0, r)));
    }

    /** The median of ascending values (the mean of the middle two for an even count); NaN when empty. */
    public static double median(double[] sortedValues) {
        int n = sortedValues.length;
        if (n == 0) {
            return Double.NaN;
        }
        for (int i = 1; i < n; i++) {
            if (sortedValues[i] < sortedValues[i - 1]) {
                throw new IllegalArgumentException("values must be sorted ascending");
            }
        }
        int mid = n / 2;
        return n % 2 == 1 ? sortedValues[mid] : (sortedValues[mid - 1] + sortedValues[mid]) / 2.0;
    }

    /**
     * Counts percents (0..100) into equal buckets; with 10: [0,10), [10,20), ..., [90,100], the last
     * one including 100. Values outside 0..100 go to the first or last bucket.
     */
    public static int[] histogram(List<Double> percents, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be at least 1, was " + buckets);
        }
        int[] counts = new int[buckets];
        for (double p : percents) {
            // p·buckets/100 rather than p/(100/buckets): exact at the bucket edges for whole percents.
            int b = (int) Math.floor(p * buckets / 100.0);
            counts[Math.max(0, Math.min(buckets - 1, b))]++;
        }
        return counts;
    }
}

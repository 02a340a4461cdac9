package org.sourced.classes.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sourced.classes.statistics.ItemStatistics.ItemSums;

class ItemStatisticsTest {

    /*
     * Five students, three items (q1 and q2 worth 1 point, q3 worth 2):
     *
     *   student  q1  q2  q3  total
     *   s1        1   0   2    3
     *   s2        1   0   2    3
     *   s3        0   1   1    2
     *   s4        1   1   0    2
     *   s5        0   0   0    0
     *
     * x = the item score, y = the rest of the test = total - x.
     * D = (n·Σxy - Σx·Σy) / √((n·Σx² - (Σx)²)(n·Σy² - (Σy)²))
     */
    static final double[][] SCORES = {
        {1, 0, 2},
        {1, 0, 2},
        {0, 1, 1},
        {1, 1, 0},
        {0, 0, 0},
    };

    /*
     * q1: x = 1 1 0 1 0, y = 2 2 2 1 0
     *   n = 5, Σx = 3, Σx² = 3, Σy = 7, Σy² = 4+4+4+1+0 = 13, Σxy = 2+2+0+1+0 = 5
     *   F = (3/5) / 1 = 0.6
     *   n·Σxy - Σx·Σy = 25 - 21 = 4
     *   n·Σx² - (Σx)² = 15 - 9 = 6
     *   n·Σy² - (Σy)² = 65 - 49 = 16
     *   D = 4 / √(6·16) = 4 / √96 = 4 / (4√6) = 1/√6 ≈ 0.4082
     */
    static final ItemSums Q1 = new ItemSums(5, 3, 3, 7, 13, 5, 1);

    /*
     * q2: x = 0 0 1 1 0, y = 3 3 1 1 0 (the two weakest others got it right)
     *   n = 5, Σx = 2, Σx² = 2, Σy = 8, Σy² = 9+9+1+1+0 = 20, Σxy = 0+0+1+1+0 = 2
     *   F = (2/5) / 1 = 0.4
     *   n·Σxy - Σx·Σy = 10 - 16 = -6
     *   n·Σx² - (Σx)² = 10 - 4 = 6
     *   n·Σy² - (Σy)² = 100 - 64 = 36
     *   D = -6 / √(6·36) = -6 / (6√6) = -1/√6 ≈ -0.4082
     */
    static final ItemSums Q2 = new ItemSums(5, 2, 2, 8, 20, 2, 1);

    /*
     * q3: x = 2 2 1 0 0, y = 1 1 1 2 0
     *   n = 5, Σx = 5, Σx² = 4+4+1 = 9, Σy = 5, Σy² = 1+1+1+4+0 = 7, Σxy = 2+2+1+0+0 = 5
     *   F = (5/5) / 2 = 0.5
     *   n·Σxy - Σx·Σy = 25 - 25 = 0
     *   n·Σx² - (Σx)² = 45 - 25 = 20;  n·Σy² - (Σy)² = 35 - 25 = 10
     *   D = 0 / √200 = 0
     */
    static final ItemSums Q3 = new ItemSums(5, 5, 9, 5, 7, 5, 2);

    @Test
    void handWorkedSumsMatchTheTable() {
        assertThat(sums(SCORES, 0, 1)).isEqualTo(Q1);
        assertThat(sums(SCORES, 1, 1)).isEqualTo(Q2);
        assertThat(sums(SCORES, 2, 2)).isEqualTo(Q3);
    }

    @Test
    void facilityByHand() {
        assertThat(ItemStatistics.facility(Q1).getAsDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(ItemStatistics.facility(Q2).getAsDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(ItemStatistics.facility(Q3).getAsDouble()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void discriminationByHand() {
        assertThat(ItemStatistics.discrimination(Q1).getAsDouble()).isCloseTo(1 / Math.sqrt(6), within(1e-9));
        assertThat(ItemStatistics.discrimination(Q1).getAsDouble()).isCloseTo(0.408248290, within(1e-9));
        assertThat(ItemStatistics.discrimination(Q2).getAsDouble()).isCloseTo(-1 / Math.sqrt(6), within(1e-9));
        assertThat(ItemStatistics.discrimination(Q3).getAsDouble()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void discriminationIsUndefinedWhenEveryoneScoredTheSame() {
        // Everyone right on the item: Σx = n, Σx² = n, so n·Σx² - (Σx)² = 0.
        assertThat(ItemStatistics.discrimination(new ItemSums(4, 4, 4, 6, 14, 6, 1))).isEmpty();
        // Scores in thirds do not cancel exactly in floating point; still undefined, not noise.
        double third = 1.0 / 3;
        assertThat(ItemStatistics.discrimination(new ItemSums(3, 3 * third, 3 * third * third, 3, 5, third * 3, 1))).isEmpty();
        // Everyone the same on the rest of the test: y = 2 2 for x = 0 1.
        assertThat(ItemStatistics.discrimination(new ItemSums(2, 1, 1, 4, 8, 2, 1))).isEmpty();
    }

    @Test
    void discriminationNeedsTwoAttempts() {
        assertThat(ItemStatistics.discrimination(new ItemSums(1, 1, 1, 3, 9, 3, 1))).isEmpty();
        assertThat(ItemStatistics.discrimination(new ItemSums(0, 0, 0, 0, 0, 0, 1))).isEmpty();
    }

    @Test
    void facilityNeedsAnAttemptAndAMaximum() {
        assertThat(ItemStatistics.facility(new ItemSums(0, 0, 0, 0, 0, 0, 1))).isEmpty();
        assertThat(ItemStatistics.facility(new ItemSums(3, 0, 0, 1, 1, 0, 0))).isEmpty();
        // One attempt is enough for a mean: 1 of 2 points -> 0.5.
        assertThat(ItemStatistics.facility(new ItemSums(1, 1, 1, 0, 0, 0, 2))).hasValue(0.5);
    }

    @Test
    void perfectCorrelationStaysWithinOne() {
        // y = 3x on 0 1 2: D = 1 exactly, not 1.0000000000000002.
        double d = ItemStatistics.discrimination(new ItemSums(3, 3, 5, 9, 45, 15, 2)).getAsDouble();
        assertThat(d).isCloseTo(1.0, within(1e-12)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void median() {
        assertThat(ItemStatistics.median(new double[] {})).isNaN();
        assertThat(ItemStatistics.median(new double[] {7})).isEqualTo(7);
        assertThat(ItemStatistics.median(new double[] {1, 2, 10})).isEqualTo(2);
        assertThat(ItemStatistics.median(new double[] {1, 2, 4, 10})).isEqualTo(3);
        assertThatThrownBy(() -> ItemStatistics.median(new double[] {2, 1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void histogramPutsEdgesInTheUpperBucketAndOneHundredInTheLast() {
        // 0 and 9.9 -> 0-10; 10 -> 10-20; 55.5 -> 50-60; 90, 99.9 and 100 -> 90-100
        int[] h = ItemStatistics.histogram(List.of(0.0, 9.9, 10.0, 55.5, 90.0, 99.9, 100.0), 10);
        assertThat(h).containsExactly(2, 1, 0, 0, 0, 1, 0, 0, 0, 3);
        // Out of range values are clamped rather than lost.
        assertThat(ItemStatistics.histogram(List.of(-5.0, 130.0), 4)).containsExactly(1, 0, 0, 1);
        assertThat(ItemStatistics.histogram(List.of(), 5)).containsExactly(0, 0, 0, 0, 0);
        assertThatThrownBy(() -> ItemStatistics.histogram(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void sumsAgreeWithATwoPassComputation(@ForAll("rows") List<double[]> rows) {
        // Each row: x (an item score, possibly negative under negative marking) and y (rest of test).
        double maxX = 2;
        long n = rows.size();
        double sx = 0, sxx = 0, sy = 0, syy = 0, sxy = 0;
        for (double[] r : rows) {
            sx += r[0];
            sxx += r[0] * r[0];
            sy += r[1];
            syy += r[1] * r[1];
            sxy += r[0] * r[1];
        }
        ItemSums sums = new ItemSums(n, sx, sxx, sy, syy, sxy, maxX);

        // Two passes: means first, then deviations.
        OptionalDouble facility = ItemStatistics.facility(sums);
        OptionalDouble discrimination = ItemStatistics.discrimination(sums);
        if (n == 0) {
            assertThat(facility).isEmpty();
            assertThat(discrimination).isEmpty();
            return;
        }
        double meanX = rows.stream().mapToDouble(r -> r[0]).average().orElseThrow();
        double meanY = rows.stream().mapToDouble(r -> r[1]).average().orElseThrow();
        assertThat(facility.getAsDouble()).isCloseTo(meanX / maxX, within(1e-9));

        double dxx = 0, dyy = 0, dxy = 0;
        for (double[] r : rows) {
            dxx += (r[0] - meanX) * (r[0] - meanX);
            dyy += (r[1] - meanY) * (r[1] - meanY);
            dxy += (r[0] - meanX) * (r[1] - meanY);
        }
        if (n < 2 || dxx == 0 || dyy == 0) {
            assertThat(discrimination).isEmpty();
        } else {
            double pearson = dxy / Math.sqrt(dxx * dyy);
            assertThat(discrimination.getAsDouble()).isCloseTo(pearson, within(1e-9)).isBetween(-1.0, 1.0);
        }
    }

    @Provide
    Arbitrary<List<double[]>> rows() {
        // Scores come in half points, as items and totals do; some sets repeat one value to hit variance 0.
        Arbitrary<Double> x = Arbitraries.of(-0.5, 0.0, 0.5, 1.0, 1.5, 2.0);
        Arbitrary<Double> y = Arbitraries.integers().between(0, 40).map(i -> i / 2.0);
        Arbitrary<double[]> row = x.flatMap(xi -> y.map(yi -> new double[] {xi, yi}));
        return row.list().ofMaxSize(40);
    }

    /** The SQL aggregates, done in Java: x = scores[row][item], y = row total - x. */
    static ItemSums sums(double[][] scores, int item, double maxX) {
        long n = 0;
        double sx = 0, sxx = 0, sy = 0, syy = 0, sxy = 0;
        for (double[] row : scores) {
            double total = 0;
            for (double v : row) {
                total += v;
            }
            double x = row[item];
            double y = total - x;
            n++;
            sx += x;
            sxx += x * x;
            sy += y;
            syy += y * y;
            sxy += x * y;
        }
        return new ItemSums(n, sx, sxx, sy, syy, sxy, maxX);
    }
}

package org.sourced.classes.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * The distribution of the students' scores on an assignment (one percent per student, the one that
 * counts): how many, mean, median and a ten-band histogram (see {@link ItemStatistics#histogram}).
 */
public record ScoreSummary(int n, Double mean, Double median, int[] histogram) {

    public static final int BANDS = 10;

    public static ScoreSummary of(List<Double> percents) {
        double[] sorted = percents.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new ScoreSummary(0, null, null, new int[BANDS]);
        }
        double mean = Arrays.stream(sorted).sum() / sorted.length;
        return new ScoreSummary(sorted.length, mean, ItemStatistics.median(sorted), ItemStatistics.histogram(percents, BANDS));
    }

    /** "0-10", "10-20", ..., "90-100": the label of band {@code i}. */
    public static String band(int i) {
        int width = 100 / BANDS;
        return (i * width) + "-" + ((i + 1) * width);
    }
}

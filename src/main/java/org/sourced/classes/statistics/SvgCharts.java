package org.sourced.classes.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts, no script and no CDN. Each chart is an image with a title and a description
 * ({@code role="img"}, {@code aria-labelledby}); the page puts a table with the same numbers beside it.
 * This works out the shapes ({@link Svg}); {@code templates/tags/chart.html} draws them, escaped by Qute.
 */
public final class SvgCharts {

    static final String BAR = "#0b5cad";
    static final String KEY = "#1a7f37";
    static final String LOW = "#b42318";
    private static final String INK = "#1b1f24";
    private static final String GRID = "#d0d7de";

    private SvgCharts() {
    }

    /** One horizontal bar: {@code value} on a scale from 0 to the chart's max; {@code text} is printed at its end. */
    public record Bar(String label, double value, String text, String colour) {
        public static Bar of(String label, double value, String text) {
            return new Bar(label, value, text, BAR);
        }
    }

    /** Vertical bars with a count above each, such as a histogram of scores. */
    public static Svg columns(String id, String title, String description, List<String> labels, int[] counts, String xAxis,
                                   String yAxis) {
        int width = 640;
        int height = 280;
        int left = 48;
        int right = 12;
        int top = 24;
        int bottom = 56;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int step = niceStep(max);
        int axisMax = ((max + step - 1) / step) * step;
        Shapes svg = new Shapes();
        for (int v = 0; v <= axisMax; v += step) {
            double y = top + plotH - (double) v / axisMax * plotH;
            svg.grid.add(line(left, y, left + plotW, y, GRID));
            svg.text(left - 6, y + 4, "end", String.valueOf(v), 12);
        }
        double slot = (double) plotW / counts.length;
        for (int i = 0; i < counts.length; i++) {
            double h = (double) counts[i] / axisMax * plotH;
            double x = left + i * slot + slot * 0.1;
            double y = top + plotH - h;
            svg.rects.add(new Svg.Rect(n(x), n(y), n(slot * 0.8), n(h), BAR));
            svg.text(x + slot * 0.4, y - 4, "middle", String.valueOf(counts[i]), 12);
            svg.text(x + slot * 0.4, top + plotH + 16, "middle", labels.get(i), 11);
        }
        svg.axes.add(line(left, top + plotH, left + plotW, top + plotH, INK));
        svg.text(left + plotW / 2.0, height - 10, "middle", xAxis, 13);
        svg.labels.add(new Svg.Label(n(14), n(top + plotH / 2.0), "middle", 13, INK, yAxis == null ? "" : yAxis, true));
        return svg.chart(id, title, description, width, height);
    }

    /** Horizontal bars, one per row, labels on the left; {@code max} is the value of a full-width bar. */
    public static Svg bars(String id, String title, String description, List<Bar> bars, double max) {
        int width = 640;
        int label = 220;
        int row = 26;
        int top = 8;
        int plotW = width - label - 70;
        int height = top * 2 + Math.max(1, bars.size()) * row;
        Shapes svg = new Shapes();
        double scale = max <= 0 ? 0 : plotW / max;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * row;
            double w = Math.max(0, Math.min(plotW, b.value() * scale));
            svg.text(label - 8, y + row * 0.65, "end", shorten(b.label(), 32), 12);
            svg.rects.add(new Svg.Rect(n(label), n(y + 4), n(w), n(row - 8.0), colourOf(b)));
            svg.text(label + w + 6, y + row * 0.65, "start", b.text(), 12);
        }
        svg.axes.add(line(label, top, label, top + bars.size() * row, INK));
        return svg.chart(id, title, description, width, height);
    }

    /** The shapes of a chart being drawn, in paint order. */
    private static final class Shapes {
        final List<Svg.Line> grid = new ArrayList<>();
        final List<Svg.Rect> rects = new ArrayList<>();
        final List<Svg.Line> axes = new ArrayList<>();
        final List<Svg.Label> labels = new ArrayList<>();

        void text(double x, double y, String anchor, String content, int size) {
            labels.add(new Svg.Label(n(x), n(y), anchor, size, INK, content == null ? "" : content, false));
        }

        Svg chart(String id, String title, String description, int width, int height) {
            return new Svg(id.replaceAll("[^A-Za-z0-9_-]", "-"), title, description, width, height, grid, rects, axes, labels);
        }
    }

    private static Svg.Line line(double x1, double y1, double x2, double y2, String colour) {
        return new Svg.Line(n(x1), n(y1), n(x2), n(y2), colour);
    }

    /** A coordinate as the markup writes it: one decimal, a dot whatever the locale. */
    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String colourOf(Bar b) {
        return switch (b.colour()) {
            case KEY, LOW, BAR -> b.colour();
            default -> BAR; // only our own colours reach the markup
        };
    }

    /** Steps of 1, 2, 5, 10, 20, 50, ... giving at most about five grid lines. */
    static int niceStep(int max) {
        int step = 1;
        while (max / step > 5) {
            int digits = String.valueOf(step).charAt(0);
            step = digits == '1' ? step * 2 : digits == '2' ? step / 2 * 5 : step * 2;
        }
        return step;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

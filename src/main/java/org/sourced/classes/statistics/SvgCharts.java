package org.sourced.classes.statistics;

import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts, no script and no CDN. Each chart is an image with a title and a description
 * ({@code role="img"}, {@code aria-labelledby}); the page puts a table with the same numbers beside it.
 * The markup is built only from numbers and from labels escaped here, so it is safe to print unescaped.
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
        StringBuilder svg = open(id, title, description, width, height);
        for (int v = 0; v <= axisMax; v += step) {
            double y = top + plotH - (double) v / axisMax * plotH;
            svg.append(line(left, y, left + plotW, y, GRID));
            svg.append(text(left - 6, y + 4, "end", String.valueOf(v), 12));
        }
        double slot = (double) plotW / counts.length;
        for (int i = 0; i < counts.length; i++) {
            double h = (double) counts[i] / axisMax * plotH;
            double x = left + i * slot + slot * 0.1;
            double y = top + plotH - h;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y,
                    slot * 0.8, h, BAR));
            svg.append(text(x + slot * 0.4, y - 4, "middle", String.valueOf(counts[i]), 12));
            svg.append(text(x + slot * 0.4, top + plotH + 16, "middle", labels.get(i), 11));
        }
        svg.append(line(left, top + plotH, left + plotW, top + plotH, INK));
        svg.append(text(left + plotW / 2.0, height - 10, "middle", xAxis, 13));
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" fill=\"%s\" "
                + "transform=\"rotate(-90 14 %.1f)\">%s</text>", top + plotH / 2.0, INK, top + plotH / 2.0, escape(yAxis)));
        return close(svg);
    }

    /** Horizontal bars, one per row, labels on the left; {@code max} is the value of a full-width bar. */
    public static Svg bars(String id, String title, String description, List<Bar> bars, double max) {
        int width = 640;
        int label = 220;
        int row = 26;
        int top = 8;
        int plotW = width - label - 70;
        int height = top * 2 + Math.max(1, bars.size()) * row;
        StringBuilder svg = open(id, title, description, width, height);
        double scale = max <= 0 ? 0 : plotW / max;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * row;
            double w = Math.max(0, Math.min(plotW, b.value() * scale));
            svg.append(text(label - 8, y + row * 0.65, "end", shorten(b.label(), 32), 12));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", label,
                    y + 4, w, row - 8.0, colourOf(b)));
            svg.append(text(label + w + 6, y + row * 0.65, "start", b.text(), 12));
        }
        svg.append(line(label, top, label, top + bars.size() * row, INK));
        return close(svg);
    }

    private static StringBuilder open(String id, String title, String description, int width, int height) {
        String safeId = id.replaceAll("[^A-Za-z0-9_-]", "-");
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId).append("-desc\" font-family=\"system-ui, sans-serif\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    private static Svg close(StringBuilder svg) {
        return new Svg(svg.append("</svg>").toString());
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>", x1, y1,
                x2, y2, colour);
    }

    private static String text(double x, double y, String anchor, String content, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">%s</text>", x, y,
                anchor, size, INK, escape(content));
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

    /** XML text and attribute escaping. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' '); // not allowed in XML 1.0
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

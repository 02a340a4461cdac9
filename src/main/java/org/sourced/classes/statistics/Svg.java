package org.sourced.classes.statistics;

import java.util.List;

/**
 * A chart as shapes and texts, built only by {@link SvgCharts} from numbers and its own colours. The pages draw it
 * with {@code templates/tags/chart.html}, where Qute escapes every text and attribute as it does on any page: no
 * markup is ever built as a string.
 *
 * @param id     unique on the page, only letters, digits, '-' and '_' (the title's and description's ids derive from it)
 * @param grid   lines under the bars
 * @param rects  the bars
 * @param axes   lines over the bars
 * @param labels texts, drawn last
 */
public record Svg(String id, String title, String description, int width, int height, List<Line> grid, List<Rect> rects,
                  List<Line> axes, List<Label> labels) {

    /** Coordinates as the markup writes them ("12.5"). */
    public record Line(String x1, String y1, String x2, String y2, String colour) {
    }

    public record Rect(String x, String y, String width, String height, String colour) {
    }

    /** @param rotated turned a quarter left about its own point (a vertical axis title) */
    public record Label(String x, String y, String anchor, int size, String colour, String text, boolean rotated) {
    }

    public Svg {
        grid = List.copyOf(grid);
        rects = List.copyOf(rects);
        axes = List.copyOf(axes);
        labels = List.copyOf(labels);
    }
}

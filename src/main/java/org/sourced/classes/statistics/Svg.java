package org.sourced.classes.statistics;

/**
 * A chart's SVG markup, built only by {@link SvgCharts} from numbers, its own colours and labels it
 * escaped; the class pages print it unescaped ({@code ClassTemplateExtensions.svg}). Not constructible
 * elsewhere, so no other text can pass for a chart.
 */
public final class Svg {

    private final String markup;

    Svg(String markup) {
        this.markup = markup;
    }

    public String html() {
        return markup;
    }

    @Override
    public String toString() {
        return markup;
    }
}

package org.sourced.classes;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Number formats of the class pages: indices to two places, percents to one, a dash where undefined. */
@TemplateExtension
public class ClassTemplateExtensions {

    /** A facility or discrimination index: 0.6 → "0.60"; null (undefined) → "–". */
    static String indexText(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A percent: 66.666 → "66.7 %"; null → "–". */
    static String percentText(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    /** A share 0..1 as a percent: 0.5 → "50.0 %"; null → "–". */
    static String shareText(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * value);
    }
}

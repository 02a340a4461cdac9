package org.sourced.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /**
     * The only way a template prints unescaped HTML: from the sanitiser, as {@code {safe.markup}}. Not named
     * {@code html}: the record's own {@code html()} accessor would win and print the markup escaped.
     */
    static RawString markup(SafeHtml safe) {
        return new RawString(safe.html());
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** 87.5 → "87.5", 80.0 → "80". */
    static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String num(Double value) {
        return value == null ? "" : num(value.doubleValue());
    }

    static String plural(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}

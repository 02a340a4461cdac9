package org.sourced.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import org.sourced.web.i18n.Languages;

/**
 * Formatting for templates. Dates follow the page's UI language: Qute hands each extension the template
 * instance's {@code locale} attribute, which {@code web.i18n.TemplateLocale} sets for every page.
 */
@TemplateExtension
public class TemplateExtensions {

    /**
     * The only way a template prints unescaped HTML: from the sanitiser, as {@code {safe.markup}}. Not named
     * {@code html}: the record's own {@code html()} accessor would win and print the markup escaped.
     */
    static RawString markup(SafeHtml safe) {
        return new RawString(safe.html());
    }

    /** "5 Mar 2024", "05 մրտ, 2024 թ.", "5 мар. 2024 г.". */
    static String day(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formats(locale)).format(date);
    }

    /** "5 Mar 2024, 14:30 UTC": times are stored and shown in UTC. */
    static String minute(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(formats(locale))
                        .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /** For a {@code <time datetime>}: whole seconds, as HTML allows at most three digits of a fraction. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** A language tag's name in the page's language: "en" → "English", "անգլերեն", "английский". */
    static String languageName(String tag, @TemplateAttribute("locale") Object locale) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        Locale page = formats(locale);
        String name = Locale.forLanguageTag(tag).getDisplayName(page);
        return name.isEmpty() ? tag : name;
    }

    /** 87.5 → "87.5", 80.0 → "80". */
    static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String num(Double value) {
        return value == null ? "" : num(value.doubleValue());
    }

    private static Locale formats(Object locale) {
        return Languages.of(locale instanceof Locale l ? l : null).formats();
    }
}

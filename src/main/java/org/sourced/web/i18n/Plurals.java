package org.sourced.web.i18n;

import io.quarkus.qute.TemplateExtension;

/**
 * Plural forms for message templates: {@code {n} {n.pluralEn('lesson', 'lessons')}} in English,
 * {@code {n} {n.pluralRu('урок', 'урока', 'уроков')}} in Russian. Armenian needs none: a noun after a
 * number stays singular ("5 դաս").
 */
public final class Plurals {

    /** The CLDR plural categories Russian uses for whole numbers. */
    public enum Category {
        ONE, FEW, MANY
    }

    private Plurals() {
    }

    /** 1, 21, 101 → one; 2-4, 22-24 → few; 0, 5-20, 25-30, 11-14 → many. */
    public static Category ru(long n) {
        long abs = Math.abs(n);
        long lastTwo = abs % 100;
        long last = abs % 10;
        if (last == 1 && lastTwo != 11) {
            return Category.ONE;
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return Category.FEW;
        }
        return Category.MANY;
    }

    @TemplateExtension
    static String pluralRu(int n, String one, String few, String many) {
        return pluralRu((long) n, one, few, many);
    }

    @TemplateExtension
    static String pluralEn(int n, String one, String other) {
        return pluralEn((long) n, one, other);
    }

    /** For counts Java keeps as {@code long} (Qute matches an extension's type exactly: an {@code int} is not a {@code long}). */
    @TemplateExtension
    static String pluralRu(long n, String one, String few, String many) {
        return switch (ru(n)) {
            case ONE -> one;
            case FEW -> few;
            case MANY -> many;
        };
    }

    @TemplateExtension
    static String pluralEn(long n, String one, String other) {
        return n == 1 ? one : other;
    }
}

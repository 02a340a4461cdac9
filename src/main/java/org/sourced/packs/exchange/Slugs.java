package org.sourced.packs.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids made from titles and category names. */
final class Slugs {

    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /** Lower-case ASCII letters and digits joined by {@code -}; empty when nothing is left (a title in Armenian). */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            slug = (cut > MAX_LENGTH / 2 ? slug.substring(0, cut) : slug).replaceAll("-+$", "");
        }
        return slug;
    }

    /**
     * A pack id for an identifier a tool wrote ({@code choiceMultiple}, {@code RESPONSE}, {@code Item_01}): the
     * camel-case humps split by {@code -}, then slugged. The same identifier always gives the same id, so a
     * re-import maps it the same way. Empty when nothing is left (an identifier in Armenian).
     */
    static String fromIdentifier(String identifier) {
        if (identifier == null) {
            return "";
        }
        return slug(CAMEL_HUMP.matcher(identifier.strip()).replaceAll("-"));
    }

    /** Choice ids when a file has none of its own: a, b, ... z, then c27, c28 ... */
    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "c" + (index + 1);
    }
}

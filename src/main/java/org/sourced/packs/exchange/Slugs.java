package org.sourced.packs.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids made from titles and category names. */
final class Slugs {

    /** What a question or choice id may hold: the same characters as a lesson checkpoint names. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

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

    static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    /** Choice ids when a file has none of its own: a, b, ... z, then c27, c28 ... */
    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "c" + (index + 1);
    }
}

package org.sourced.packs.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids made from titles and category names. */
final class Slugs {

    /** What a question or choice id may hold: the same characters as a lesson checkpoint names. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");
    /** What a pack accepts as a question or objective id (PackReader's rule): lower case, up to 100. */
    static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    /** What a pack accepts as a choice id (PackReader's rule). */
    static final Pattern CHOICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
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

    /** Whether a pack takes {@code s} as a question or objective id as it is. */
    static boolean isPackId(String s) {
        return s != null && PACK_ID.matcher(s).matches();
    }

    static boolean isChoiceId(String s) {
        return s != null && CHOICE_ID.matcher(s).matches();
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

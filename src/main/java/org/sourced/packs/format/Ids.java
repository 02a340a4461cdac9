package org.sourced.packs.format;

import java.util.regex.Pattern;

/**
 * The pack format's id rules, the one place that says them (docs/pack-format.md): the reader, the browser's forms,
 * the importers and the transfer of packs all ask here.
 */
public final class Ids {

    /**
     * A pack, lesson, question, objective or source id as a pack file may write it: a lower-case ASCII letter or
     * digit, then up to 99 more of those or '.', '_' and '-'. Every such id is also safe in a URL path segment.
     */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    /** A choice id: letters of either case (tools write {@code A}, {@code choiceA}), digits, '.', '_', '-'; up to 50. */
    static final Pattern CHOICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
    /**
     * An id an author types in the browser for a new pack, lesson or question: the id rule without '.' and '_' and
     * at most 80 long, as it also names the pack's folder or the lesson's file ({@code lessons/NN-id.md}).
     */
    static final Pattern NEW_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private Ids() {
    }

    /** Whether {@code text} may name a pack, lesson, question, objective or source. */
    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** Whether {@code text} may name a choice. */
    public static boolean isChoiceId(String text) {
        return text != null && CHOICE_ID.matcher(text).matches();
    }

    /** Whether an author may give {@code text} to a new pack, lesson or question (it is then also an {@link #isId id}). */
    public static boolean isNewId(String text) {
        return text != null && NEW_ID.matcher(text).matches();
    }
}

package org.sourced.packs.exchange;

import java.util.ArrayList;
import java.util.List;

import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.QuestionType;

/**
 * A question as an importer read it, before ids, metadata and checks make it a
 * {@link org.sourced.packs.format.Question}. Mutable because each format fills it in its own order.
 */
final class Draft {

    /** @param id the file's own choice id (QTI identifier, true/false), or null */
    record DraftChoice(String id, String text, boolean correct, String feedback) {
    }

    static final String TRUE_TEXT = "True";
    static final String FALSE_TEXT = "False";

    final int line;
    /** The zip entry the question came from, or null. */
    final String where;
    /** 1-based position among the questions of the file, skipped ones included: the fallback id q-n. */
    final int ordinal;

    String id;
    String title;
    QuestionType type;
    /** The question text as shown; for a claim-check item the stem followed by the quoted claim. */
    String text;
    final List<DraftChoice> choices = new ArrayList<>();
    String explanation;
    /** A category, test section or similar name: the objective when no metadata names one. */
    String category;
    final List<String> tags = new ArrayList<>();
    /** Feedback on the whole response (Moodle's correct / partially correct / incorrect, QTI outcome feedback). */
    String onCorrect;
    String onPartial;
    String onIncorrect;
    final List<String> hints = new ArrayList<>();

    // Sourced metadata, when the file carries it
    QuestionType metaType;
    List<String> metaChoiceIds;
    String metaObjective;
    Integer difficulty;
    Integer points;
    final List<Evidence> evidence = new ArrayList<>();
    /** An evidence-choice item's choices as evidence entries, in order (null for a choice of plain text), or null. */
    List<Evidence> metaChoiceEvidence;

    Draft(int line, String where, int ordinal) {
        this.line = line;
        this.where = where;
        this.ordinal = ordinal;
    }

    void tag(String tag) {
        String t = tag == null ? "" : tag.strip();
        if (!t.isEmpty() && !tags.contains(t)) {
            tags.add(t);
        }
    }

    void choice(String id, String text, boolean correct, String feedback) {
        choices.add(new DraftChoice(id, text == null ? "" : text, correct, blankToNull(feedback)));
    }

    /** The two choices of a true-false item, true first, as the pack reader makes them. */
    void trueFalse(boolean answer, String feedbackTrue, String feedbackFalse) {
        type = QuestionType.TRUE_FALSE;
        choice("true", TRUE_TEXT, answer, feedbackTrue);
        choice("false", FALSE_TEXT, !answer, feedbackFalse);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

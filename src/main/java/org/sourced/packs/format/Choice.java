package org.sourced.packs.format;

/**
 * One option of a question. For ordering items {@code correct} is true for every item and the key is
 * the order of the list; for true-false and claim-check items the choices are derived from the answer
 * or verdict, so every question type answers with choice ids.
 *
 * <p>A choice of an evidence-choice question may be an evidence entry instead of free text: {@code evidence}
 * names the source, the passage and what it says in the author's words, and {@code text} is that note, so
 * every view that knows only a choice's text still shows its words. Null for every other choice.
 */
public record Choice(String id, String text, boolean correct, String feedback, Evidence evidence) {

    public Choice(String id, String text, boolean correct, String feedback) {
        this(id, text, correct, feedback, null);
    }

    /** The same choice, marked correct or not (a key change keeps everything else, its evidence too). */
    public Choice withCorrect(boolean correct) {
        return new Choice(id, text, correct, feedback, evidence);
    }

    /** The same choice with other words (the evidence keeps its own note). */
    public Choice withText(String text) {
        return new Choice(id, text, correct, feedback, evidence);
    }
}

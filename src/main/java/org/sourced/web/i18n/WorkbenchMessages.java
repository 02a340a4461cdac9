package org.sourced.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the teacher's workbench: problems in a teacher's words, the evidence pass, bulk actions and
 * autosave. Templates print them as {@code {bench:key}}; Armenian and Russian are in
 * {@code messages/bench_hy.properties} and {@code bench_ru.properties}. A bundle of its own because
 * {@link TeachMessages} is close to the 300 messages Qute can generate (docs/i18n.md).
 */
@MessageBundle(value = "bench", locale = "en")
public interface WorkbenchMessages {

    // ---- problems in a teacher's words ----------------------------------------------------------------

    @Message("add evidence: a passage of a source that backs the key")
    String fixAddEvidence();

    @Message("the evidence cites '{source}', which is not among the pack's sources")
    String fixUnknownSource(String source);

    @Message("the locator '{locator}' goes past the end of {source}")
    String fixLocatorPast(String locator, String source);

    @Message("the locator '{locator}' counts in other units than its source")
    String fixLocatorUnit(String locator);

    @Message("explain the key: why the right answer is right")
    String fixExplanation();

    @Message("fill in the {field}")
    String fixEmpty(String field);

    @Message("choose one of the pack's objectives ('{objective}' is not one)")
    String fixObjective(String objective);

    @Message("give it at least two choices")
    String fixTwoChoices();

    @Message("mark exactly one choice correct")
    String fixOneCorrect();

    @Message("mark at least one choice correct")
    String fixSomeCorrect();

    @Message("give it at least two items to put in order")
    String fixTwoItems();

    @Message("shorten the {field}: at most {max} characters fit")
    String fixTooLong(String field, int max);

    @Message("{n} {n.pluralEn('question needs', 'questions need')} work before publishing")
    String questionsToFix(int n);

    @Message("Other problems")
    String otherProblems();

    @Message("Add evidence ({n} {n.pluralEn('question', 'questions')})")
    String startPass(int n);

    // ---- the evidence pass --------------------------------------------------------------------------

    @Message("Add evidence")
    String passTitle();

    @Message("{n} {n.pluralEn('question', 'questions')} to go, this one included")
    String passLeft(int n);

    @Message("Key")
    String passKey();

    @Message("Evidence it already cites")
    String passCited();

    @Message("Cite a passage")
    String passCite();

    @Message("Source")
    String passSource();

    @Message("A new source")
    String passNewSource();

    @Message("Fill these in when the passage is in a source the pack does not list yet; it is added to the pack's sources.")
    String passNewSourceHint();

    @Message("Where in the source, e.g. para. 4")
    String passLocatorHint();

    @Message("In your own words, what the passage establishes")
    String passNoteHint();

    @Message("Save and next")
    String passSaveNext();

    @Message("Skip")
    String passSkip();

    @Message("Back to the pack")
    String passBack();

    @Message("Every question cites evidence.")
    String passDone();

    @Message("Saved the evidence of {id}.")
    String passSaved(String id);

    @Message("Keys: Tab and Shift+Tab move between fields; Enter in the locator saves and goes on; with JavaScript, Ctrl+Enter saves from any field (the note too) and Ctrl+Shift+Enter skips.")
    String passKeys();

    @Message("The question has no text yet.")
    String passNoText();

    // ---- bulk actions ------------------------------------------------------------------------------

    @Message("Change the selected questions")
    String bulkTitle();

    @Message("Select")
    String bulkPick();

    @Message("Select {id}")
    String bulkSelect(String id);

    @Message("What to change")
    String bulkWhat();

    @Message("Set the objective")
    String bulkObjective();

    @Message("Set the difficulty")
    String bulkDifficulty();

    @Message("Set the points")
    String bulkPoints();

    @Message("Add tags")
    String bulkTags();

    @Message("Cite a source")
    String bulkCite();

    @Message("Value")
    String bulkValue();

    @Message("An objective, a difficulty (1-3), points (1-100), tags separated by commas, or a source's id.")
    String bulkValueHint();

    @Message("Locators, one per selected question, in the order of the list (when citing a source)")
    String bulkLocators();

    @Message("Note (when citing a source)")
    String bulkNote();

    @Message("Apply to the selected questions")
    String bulkApply();

    @Message("Saved the change to the selected questions.")
    String bulkSaved();

    @Message("Nothing was changed: the bulk action has problems, listed beside the question list.")
    String bulkNotDone();

    @Message("Undo: {what}")
    String undo(String what);

    @Message("Undone: the questions are as they were before the last bulk action.")
    String undone();

    @Message("Select at least one question.")
    String errBulkNone();

    @Message("Choose what to change.")
    String errBulkAction();

    @Message("Question '{id}' cannot be changed here: {why}")
    String errBulkQuestion(String id, String why);

    @Message("'{value}' is not one of the pack's objectives.")
    String errBulkObjective(String value);

    @Message("The difficulty is a whole number from 1 to 3.")
    String errBulkDifficulty();

    @Message("Points are a whole number from 1 to 100.")
    String errBulkPoints();

    @Message("Tags are lower-case words of letters, digits and '-', separated by commas.")
    String errBulkTags();

    @Message("'{value}' is not one of the pack's sources.")
    String errBulkSource(String value);

    @Message("Give one locator per selected question: {want} selected, {got} given.")
    String errBulkLocators(int want, int got);

    @Message("Write a note: what the passage establishes.")
    String errBulkNote();

    @Message("There is nothing to undo.")
    String errUndoNothing();

    @Message("The draft changed after '{what}': undoing it now would lose the later edits.")
    String errUndoStale(String what);

    // ---- the compact question editor ------------------------------------------------------------------

    @Message("Advanced: id")
    String advanced();

    @Message("Move row {n} up")
    String rowUp(int n);

    @Message("Move row {n} down")
    String rowDown(int n);

    @Message("Remove row")
    String removeRow();

    @Message("Drag to move this row; the ↑ and ↓ buttons do the same.")
    String dragRow();

    @Message("Row {row} moved to place {place}.")
    String rowMoved(int row, int place);

    @Message("Row {row} removed.")
    String rowRemoved(int row);

    @Message("'{action}' names a row this form does not have: it holds {rows} rows, numbered from 0. Nothing was saved.")
    String errNoSuchRow(String action, int rows);

    @Message("As a student sees it (last saved)")
    String previewAside();

    @Message("The preview appears once the question has its text, its choices and its key saved.")
    String previewIncomplete();

    // ---- autosave ----------------------------------------------------------------------------------

    @Message("Saved at {time}.")
    String savedAt(String time);

    @Message("Not saved: {why}")
    String notSaved(String why);

    @Message("This question was changed in another tab or by someone else since you opened it. Your text is kept below; reload to see the other version.")
    String conflict();

    @Message("Restored what you typed before the page closed (not saved yet).")
    String restored();
}

package org.sourced.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;

import org.sourced.packs.format.QuestionType;
import org.sourced.web.i18n.Languages;
import org.sourced.web.i18n.Messages;
import org.sourced.web.i18n.UiText;

/**
 * The inputs of one question as {@code tags/questionFields.html} prints them, each choice carrying every value
 * its row needs. Worked out in Java because the row repeats for every choice of every question page, lesson
 * checkpoint and preview: a template expression in a loop that names a variable of an outer scope (the prefix,
 * the answer, the language) asks every value resolver of the app before it finds it, and a {@code msg:} key is
 * looked up by comparing it with every key of the bundle (docs/benchmarks.md, "Every page against nginx").
 *
 * @param instruction what to do, in the UI language
 * @param choices     the choices in the order this student sees them
 */
public record QuestionFields(String instruction, List<Field> choices) {

    /**
     * One choice's input.
     *
     * @param inputId  the element id, unique on the page (prefix and choice id)
     * @param type     {@code radio}, {@code checkbox} or, for an ordering item, {@code number}
     * @param name     the form field ({@code choice}, or {@code rank-<item>} for an ordering item)
     * @param value    the choice id; for an ordering item the position the student gave it, or empty
     * @param max      the highest position of an ordering item (the number of items)
     * @param text     the words shown: the pack's text, or Sourced's own for true/false and claim-check verdicts
     * @param textLang the language of {@code text}: the pack's, or the UI's for Sourced's own words
     * @param checked  picked in the stored answer
     * @param disabled the answer can no longer change
     * @param hints    the words of an ordering item's hidden label and move buttons, in the UI language
     * @param passage  for a choice of an evidence-choice question that is an evidence entry: the source described, the
     *                 locator and the note (the note is also {@code text}); null otherwise
     */
    public record Field(String inputId, String type, String name, String value, int max, String text, String textLang,
                        boolean checked, boolean disabled, OrderingHints hints, Feedback.EvidenceView passage) {

        public Field(String inputId, String type, String name, String value, int max, String text, String textLang,
                     boolean checked, boolean disabled, OrderingHints hints) {
            this(inputId, type, name, value, max, text, textLang, checked, disabled, hints, null);
        }
    }

    /** The UI words around an ordering item; one instance per page, shared by its items. */
    public record OrderingHints(String positionOf, String moveUp, String moveDown) {
    }

    /**
     * {@code {#let fields=q.fields(answer, prefix, locked, lang)}} in a template; the UI language is the page's.
     *
     * @param answer the picked choice ids (ordering: the full order), or null before an answer
     * @param lang   the pack's language
     */
    @TemplateExtension
    static QuestionFields fields(StudentQuestion q, List<String> answer, String prefix, boolean locked, String lang,
                                 @TemplateAttribute("locale") Object locale) {
        Languages.Language ui = Languages.of(locale instanceof Locale l ? l : null);
        return of(q, answer, prefix, locked, lang, ui.tag(), UiText.Bundles.get(Messages.class, ui.tag()));
    }

    public static QuestionFields of(StudentQuestion q, List<String> answer, String prefix, boolean locked, String lang,
                                    String uiLang, Messages m) {
        QuestionType type = QuestionType.fromKey(q.type()).orElse(QuestionType.SINGLE);
        String instruction = switch (type) {
            case MULTIPLE -> m.instructionMultiple();
            case ORDERING -> m.instructionOrdering();
            case CLAIM_CHECK -> m.instructionClaimCheck();
            case EVIDENCE_CHOICE -> m.instructionEvidenceChoice();
            default -> m.instructionSingle();
        };
        boolean answered = answer != null && !answer.isEmpty();
        OrderingHints hints = type == QuestionType.ORDERING ? new OrderingHints(m.positionOf(), m.moveUp(), m.moveDown()) : null;
        List<Field> fields = new ArrayList<>(q.choices().size());
        for (StudentQuestion.Option c : q.choices()) {
            if (type == QuestionType.ORDERING) {
                // empty until answered: prefilled numbers would post the shown order whenever the student moved on
                String rank = answered ? String.valueOf(answer.indexOf(c.id()) + 1) : "";
                fields.add(new Field(prefix + "-rank-" + c.id(), "number", "rank-" + c.id(), rank, q.choices().size(), c.text(), lang,
                        false, locked, hints));
            } else {
                String own = ownWords(type, c.id(), m);
                fields.add(new Field(prefix + "-" + c.id(), type.manyAnswers() ? "checkbox" : "radio", "choice", c.id(),
                        q.choices().size(), own == null ? c.text() : own, own == null ? lang : uiLang,
                        answer != null && answer.contains(c.id()), locked, null, c.passage()));
            }
        }
        return new QuestionFields(instruction, fields);
    }

    /** Sourced's own words for a true/false or claim-check choice, in the UI language; null for the pack's text. */
    public static String ownWords(QuestionType type, String choiceId, Messages m) {
        return switch (type) {
            case CLAIM_CHECK -> switch (choiceId) {
                case "supported" -> m.verdictSupported();
                case "refuted" -> m.verdictRefuted();
                default -> m.verdictNotInEvidence();
            };
            case TRUE_FALSE -> "true".equals(choiceId) ? m.choiceTrue() : m.choiceFalse();
            default -> null;
        };
    }
}

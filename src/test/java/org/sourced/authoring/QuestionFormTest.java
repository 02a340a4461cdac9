package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Verdict;
import org.sourced.web.FormErrors;

class QuestionFormTest {

    private static final QuestionForm.Context CTX = new QuestionForm.Context(Set.of("basics"), Set.of("treaty"), Set.of("taken"));

    /** A form as a browser posts it. */
    private static final class Post {
        final Map<String, List<String>> fields = new HashMap<>();

        Post put(String name, String value) {
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        Post set(String name, String value) {
            fields.put(name, new ArrayList<>(List.of(value)));
            return this;
        }

        FormFields f() {
            return new FormFields(fields);
        }
    }

    private static Post common(String id) {
        return new Post().put("id", id).put("stem", "Where was it signed?").put("explanation", "The text says so.")
                .put("objective", "basics").put("difficulty", "2").put("points", "1").put("tags", "core, dates")
                .put("evidenceCount", "1").put("evidence-0-source", "treaty").put("evidence-0-locator", "closing lines")
                .put("evidence-0-note", "Names Tashkent.");
    }

    private static Post single(String id) {
        return common(id).put("choiceCount", "3")
                .put("choice-0-text", "Tashkent").put("choice-0-correct", "true").put("choice-0-feedback", "Right.")
                .put("choice-1-text", "Moscow").put("choice-1-feedback", "No.")
                .put("choice-2-text", "");
    }

    @Test
    void aSingleChoiceQuestionBecomesTheRecordTheReaderWouldRead() {
        QuestionForm form = QuestionForm.parse(single("signed-where").f(), QuestionType.SINGLE, null);

        assertThat(form.validate(CTX).all()).isEmpty();
        Question q = form.toQuestion();
        assertThat(q.id()).isEqualTo("signed-where");
        assertThat(q.choices()).containsExactly(new Choice("a", "Tashkent", true, "Right."), new Choice("b", "Moscow", false, "No."));
        assertThat(q.evidence()).containsExactly(new Evidence("treaty", "closing lines", "Names Tashkent."));
        assertThat(q.tags()).containsExactly("core", "dates");
        assertThat(q.difficulty()).isEqualTo(2);
    }

    @Test
    void aSingleChoiceQuestionNeedsExactlyOneCorrectChoice() {
        Post post = single("two-right").put("choice-1-correct", "true");

        FormErrors errors = QuestionForm.parse(post.f(), QuestionType.SINGLE, null).validate(CTX);

        assertThat(errors.get("choices")).contains("exactly one", "not 2");
        FormErrors none = QuestionForm.parse(common("none-right").put("choiceCount", "2").put("choice-0-text", "A")
                .put("choice-1-text", "B").f(), QuestionType.SINGLE, null).validate(CTX);
        assertThat(none.get("choices")).contains("exactly one");
    }

    @Test
    void aMultipleAnswerQuestionNeedsACorrectChoiceAndTwoChoices() {
        FormErrors errors = QuestionForm.parse(common("m").put("choiceCount", "1").put("choice-0-text", "Only").f(),
                QuestionType.MULTIPLE, null).validate(CTX);

        assertThat(errors.get("choices")).contains("at least two");
        FormErrors noneRight = QuestionForm.parse(common("m").put("choiceCount", "2").put("choice-0-text", "A")
                .put("choice-1-text", "B").f(), QuestionType.MULTIPLE, null).validate(CTX);
        assertThat(noneRight.get("choices")).contains("at least one");
    }

    @Test
    void rowsTickedRemoveAreDroppedAndTheRestRenumbered() {
        Post post = single("r").put("choice-0-remove", "true");

        QuestionForm form = QuestionForm.parse(post.f(), QuestionType.SINGLE, null);

        assertThat(form.choices()).extracting(QuestionForm.ChoiceRow::text).containsExactly("Moscow", "");
        assertThat(form.choices()).extracting(QuestionForm.ChoiceRow::index).containsExactly(0, 1);
        assertThat(form.choices().get(0).name("text")).isEqualTo("choice-0-text");
    }

    @Test
    void addingARowKeepsWhatWasTyped() {
        QuestionForm form = QuestionForm.parse(single("x").f(), QuestionType.SINGLE, null).withExtraChoice().withExtraEvidence();

        assertThat(form.choices()).hasSize(4);
        assertThat(form.choices().get(0).text()).isEqualTo("Tashkent");
        assertThat(form.evidence()).hasSize(2);
    }

    @Test
    void choicesWithoutIdsGetFreeLettersAndDuplicateIdsAreRefused() {
        Post post = common("ids").put("choiceCount", "3").put("choice-0-id", "b").put("choice-0-text", "B").put("choice-0-correct", "true")
                .put("choice-1-text", "A").put("choice-2-id", "b").put("choice-2-text", "Also b");

        QuestionForm form = QuestionForm.parse(post.f(), QuestionType.SINGLE, null);

        assertThat(form.choices()).extracting(QuestionForm.ChoiceRow::id).containsExactly("b", "a", "b");
        assertThat(form.validate(CTX).get("choice-2-id")).contains("Another row");
    }

    @Test
    void evidenceNeedsAKnownSourceALocatorAndANote() {
        Post post = common("ev").put("choiceCount", "2").put("choice-0-text", "A").put("choice-0-correct", "true").put("choice-1-text", "B")
                .set("evidenceCount", "3").put("evidence-1-locator", "para. 2").put("evidence-2-source", "nowhere")
                .put("evidence-2-note", "n").put("evidence-2-locator", "l");

        FormErrors errors = QuestionForm.parse(post.f(), QuestionType.SINGLE, null).validate(CTX);

        assertThat(errors.has("evidence-0-source")).isFalse();
        assertThat(errors.get("evidence-1-source")).isEqualTo("Evidence needs a source.");
        assertThat(errors.get("evidence-1-note")).isNotNull();
        assertThat(errors.get("evidence-2-source")).contains("no source 'nowhere'");
        Post noEvidence = common("ev2").put("choiceCount", "2").put("choice-0-text", "A").put("choice-0-correct", "true")
                .put("choice-1-text", "B").put("evidence-0-remove", "true");
        assertThat(QuestionForm.parse(noEvidence.f(), QuestionType.SINGLE, null).validate(CTX).get("evidence")).contains("at least one");
    }

    @Test
    void newIdsAreCheckedAndExistingIdsAreFixed() {
        assertThat(QuestionForm.parse(single("Bad Id").f(), QuestionType.SINGLE, null).validate(CTX).get("id")).contains("lower-case");
        assertThat(QuestionForm.parse(single("taken").f(), QuestionType.SINGLE, null).validate(CTX).get("id")).contains("already");
        assertThat(QuestionForm.parse(single("new").f(), QuestionType.SINGLE, null).validate(CTX).get("id")).contains("another id");
        assertThat(QuestionForm.parse(single("").f(), QuestionType.SINGLE, null).validate(CTX).get("id")).contains("Give");

        QuestionForm existing = QuestionForm.parse(single("sneaky-rename").f(), QuestionType.SINGLE, "taken");
        assertThat(existing.id()).isEqualTo("taken");
        assertThat(existing.validate(CTX).has("id")).isFalse();
    }

    @Test
    void objectiveDifficultyAndPointsAreChecked() {
        Post post = single("o").put("objective", "x");
        post.fields.put("objective", List.of("elsewhere"));
        post.fields.put("difficulty", List.of("4"));
        post.fields.put("points", List.of("lots"));

        FormErrors errors = QuestionForm.parse(post.f(), QuestionType.SINGLE, null).validate(CTX);

        assertThat(errors.get("objective")).contains("no objective 'elsewhere'");
        assertThat(errors.get("difficulty")).contains("1 (recall), 2 or 3");
        assertThat(errors.get("points")).contains("1 to 100");
    }

    @Test
    void trueFalseNeedsAnAnswerAndKeepsFeedbackPerAnswer() {
        Post post = common("tf").put("feedback-true", "Yes.").put("feedback-false", "No.");
        assertThat(QuestionForm.parse(post.f(), QuestionType.TRUE_FALSE, null).validate(CTX).get("answer")).contains("true or false");

        QuestionForm form = QuestionForm.parse(post.put("answer", "false").f(), QuestionType.TRUE_FALSE, null);
        assertThat(form.validate(CTX).all()).isEmpty();
        Question q = form.toQuestion();
        assertThat(q.choices()).containsExactly(new Choice("true", "True", false, "Yes."), new Choice("false", "False", true, "No."));
        assertThat(QuestionForm.of(q).answer()).isEqualTo("false");
    }

    @Test
    void claimCheckNeedsAClaimAndAVerdictAndMayLeaveTheStemOut() {
        Post post = common("cc");
        post.fields.remove("stem");
        FormErrors errors = QuestionForm.parse(post.f(), QuestionType.CLAIM_CHECK, null).validate(CTX);
        assertThat(errors.has("stem")).isFalse();
        assertThat(errors.get("claim")).isNotNull();
        assertThat(errors.get("verdict")).isNotNull();

        QuestionForm form = QuestionForm.parse(post.put("claim", "X said Y.").put("verdict", "refuted").put("feedback-refuted", "Indeed.").f(),
                QuestionType.CLAIM_CHECK, null);
        assertThat(form.validate(CTX).all()).isEmpty();
        Question q = form.toQuestion();
        assertThat(q.stem()).isNull();
        assertThat(q.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(q.choices()).hasSize(3);
        assertThat(q.choice("refuted").orElseThrow().feedback()).isEqualTo("Indeed.");
        assertThat(q.correctChoiceIds()).containsExactly("refuted");
    }

    @Test
    void orderingItemsKeepTheirOrderAndAreAllCorrect() {
        Post post = common("ord").put("itemCount", "3").put("item-0-text", "First").put("item-1-text", "Second").put("item-2-text", "Third")
                .put("item-1-correct", "true");

        QuestionForm form = QuestionForm.parse(post.f(), QuestionType.ORDERING, null);

        assertThat(form.validate(CTX).all()).isEmpty();
        assertThat(form.toQuestion().choices()).extracting(Choice::text).containsExactly("First", "Second", "Third");
        assertThat(form.toQuestion().choices()).allMatch(Choice::correct);
        Post one = common("ord1").put("itemCount", "1").put("item-0-text", "Alone");
        assertThat(QuestionForm.parse(one.f(), QuestionType.ORDERING, null).validate(CTX).get("items")).contains("at least two");
    }

    @Test
    void aStoredQuestionFillsTheFormAndComesBackEqual() {
        Question q = new Question("q1", QuestionType.MULTIPLE, "Which?", null, null,
                List.of(new Choice("a", "A", true, "Yes"), new Choice("b", "B", true, null), new Choice("c", "C", false, "No")),
                "Because.", List.of(new Evidence("treaty", "Art. 4", "Says so.")), "basics", 3, 2, List.of("core"));

        QuestionForm form = QuestionForm.of(q);
        Post post = new Post().put("stem", form.stem()).put("explanation", form.explanation()).put("objective", form.objective())
                .put("difficulty", form.difficulty()).put("points", form.points()).put("tags", form.tags())
                .put("choiceCount", String.valueOf(form.choices().size())).put("evidenceCount", "1")
                .put("evidence-0-source", "treaty").put("evidence-0-locator", "Art. 4").put("evidence-0-note", "Says so.");
        for (QuestionForm.ChoiceRow row : form.choices()) {
            post.put(row.name("id"), row.id()).put(row.name("text"), row.text()).put(row.name("feedback"), row.feedback());
            if (row.correct()) {
                post.put(row.name("correct"), "true");
            }
        }

        QuestionForm again = QuestionForm.parse(post.f(), QuestionType.MULTIPLE, "q1");
        assertThat(again.validate(CTX).all()).isEmpty();
        assertThat(again.toQuestion()).isEqualTo(q);
    }

    @Test
    void aTamperedRowCountIsCapped() {
        QuestionForm form = QuestionForm.parse(single("cap").set("choiceCount", "999999").f(), QuestionType.SINGLE, null);
        assertThat(form.choices()).hasSize(QuestionForm.MAX_ROWS);
    }
}

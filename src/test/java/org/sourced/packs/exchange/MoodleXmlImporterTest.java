package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Verdict;

/** The Moodle XML importer on a hand-written export. */
class MoodleXmlImporterTest {

    private static ImportResult quiz;

    @BeforeAll
    static void read() throws IOException {
        quiz = moodle(GiftImporterTest.resource("moodle/quiz.xml"));
    }

    private static ImportResult moodle(byte[] bytes) {
        return Exchange.importer(ExchangeFormat.MOODLE_XML, ImportLimits.DEFAULTS).read(bytes);
    }

    private static Question question(String id) {
        return quiz.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void categoriesGiveTitleAndObjectives() {
        assertThat(quiz.title()).isEqualTo("Default for History 101");
        assertThat(question("signed-where").objective()).isEqualTo("treaties-and-alliances");
        assertThat(question("order-the-dates").objective()).isEqualTo("chronology");
    }

    @Test
    void htmlMultichoiceWithFeedbackTagsAndGrade() {
        Question q = question("signed-where");
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.stem()).isEqualTo("In which city was the treaty signed?\n\n[image: map]");
        assertThat(q.choices()).containsExactly(
                new Choice("a", "Tashkent", true, "Right."),
                new Choice("b", "Moscow", false, null),
                new Choice("c", "Almaty", false, null));
        assertThat(q.explanation()).isEqualTo("The closing lines name Tashkent.");
        assertThat(q.points()).isEqualTo(3);
        assertThat(q.tags()).containsExactly("core", "1992");
        assertThat(q.evidence()).isEmpty();
    }

    @Test
    void multipleAnswerByFraction() {
        Question q = question("first-members");
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(q.correctChoiceIds()).containsExactly("a", "b", "c");
        assertThat(q.choices().get(3).feedback()).isEqualTo("Joined in 1993.");
        assertThat(q.points()).isEqualTo(1);
    }

    @Test
    void trueFalseOrderingAndClaimCheck() {
        assertThat(question("in-force").choices()).containsExactly(
                new Choice("true", "True", true, "Yes, in April 1994."),
                new Choice("false", "False", false, "It did, in 1994."));
        Question ordering = question("order-the-dates");
        assertThat(ordering.type()).isEqualTo(QuestionType.ORDERING);
        assertThat(ordering.choices()).extracting(Choice::text).containsExactly("Signature", "Entry into force", "Yerevan summit");
        Question claim = question("claim");
        assertThat(claim.type()).isEqualTo(QuestionType.CLAIM_CHECK);
        assertThat(claim.claim()).isEqualTo("Ukraine signed in 1992.");
        assertThat(claim.verdict()).isEqualTo(Verdict.REFUTED);
    }

    @Test
    void everythingElseIsReportedWithTheLineOfItsQuestion() {
        assertThat(quiz.problems()).containsExactly(
                new ImportProblem(42, "partial fraction 50 in a single-answer question: Sourced gives no partial credit there, so this choice counts as wrong"),
                new ImportProblem(12, "embedded file \"map.png\" (<questiontext>, line 18) left out: Sourced keeps no images or attachments"),
                new ImportProblem(12, "image \"@@PLUGINFILE@@/map.png\" left out (its alt text is kept)"),
                new ImportProblem(50, "answer weights 33.33333, 33.33333, 33.33333, -100 (Moodle's fractions, in %) are not kept: "
                        + AnswerWeights.HOW_SOURCED_SCORES),
                new ImportProblem(89, "\"shortanswer\" questions: not supported by Sourced; skipped"),
                new ImportProblem(94, "\"numerical\" questions: not supported by Sourced; skipped"),
                new ImportProblem(99, "\"matching\" questions: not supported by Sourced; skipped"),
                new ImportProblem(104, "\"essay\" questions: not imported, as an essay has no automatic key (a person grades it); skipped"),
                new ImportProblem(108, "\"ddwtos\" questions: not supported by Sourced; skipped"),
                new ImportProblem(155, "no right answer; skipped"));
    }

    @Test
    void aFileThatIsNotAQuizFails() {
        assertThatThrownBy(() -> moodle("<?xml version=\"1.0\"?>\n<html/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("line 2: not a Moodle XML quiz: the root element is <html>, not <quiz>");
        assertThatThrownBy(() -> moodle("<quiz><question>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class)
                .hasMessageStartingWith("line 1: not well-formed XML");
    }
}

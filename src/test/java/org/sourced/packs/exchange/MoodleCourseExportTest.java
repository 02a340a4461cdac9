package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.ResponseFeedback;

/**
 * A real-sized Moodle 4 export (fixture exchange/moodle/course-export.xml, 43 questions in Moodle's own shape:
 * question-id comments, CDATA HTML, an @@PLUGINFILE@@ image with its base64 file, Moodle's default combined
 * feedback, hints, tags, fractions of 50, -50, 33.33333 and -100, idnumbers in capitals, and the categories
 * Unit 1/Quiz, Unit 2/Quiz and Unit 2/Homework, the first named twice). Every question lands or is reported.
 */
class MoodleCourseExportTest {

    private static ImportResult result;

    @BeforeAll
    static void importFile() throws IOException {
        result = Exchange.importer(ExchangeFormat.MOODLE_XML, ImportLimits.DEFAULTS)
                .read(GiftImporterTest.resource("moodle/course-export.xml"));
    }

    @Test
    void everyQuestionLandsOrIsReportedWithItsLine() {
        assertThat(result.questions()).hasSize(38);
        assertThat(result.problems()).contains(
                new ImportProblem(920, "\"shortanswer\" questions: not supported by Sourced; skipped"),
                new ImportProblem(944, "\"numerical\" questions: not supported by Sourced; skipped"),
                new ImportProblem(969, "\"matching\" questions: not supported by Sourced; skipped"),
                new ImportProblem(1002, "\"essay\" questions: not imported, as an essay has no automatic key (a person grades it); skipped"),
                new ImportProblem(1521, "a \"description\" is text between questions, with nothing to answer or key; not imported"));
        // 43 questions in the file: 38 imported, 5 reported as skipped
        assertThat(result.problems()).filteredOn(p -> p.message().endsWith("skipped") || p.message().endsWith("not imported")).hasSize(5);
        assertThat(DraftCheck.problems(result)).isEmpty();
    }

    @Test
    void categoryPathsAreSeparateObjectivesWithTheirTitles() {
        assertThat(result.title()).isEqualTo("Default for ALG-101");
        assertThat(result.questions()).filteredOn(q -> q.objective().equals("unit-1-quiz")).hasSize(18);
        assertThat(result.questions()).filteredOn(q -> q.objective().equals("unit-2-quiz")).hasSize(11);
        assertThat(result.questions()).filteredOn(q -> q.objective().equals("unit-2-homework")).hasSize(9);
        assertThat(result.objectiveTitles()).containsExactly(
                java.util.Map.entry("unit-1-quiz", "Unit 1 / Quiz"), java.util.Map.entry("unit-2-quiz", "Unit 2 / Quiz"),
                java.util.Map.entry("unit-2-homework", "Unit 2 / Homework"));
        // the category named again at the end of the file is the same objective, not a second one
        assertThat(DraftCheck.question(result, "back-in-unit-1").objective()).isEqualTo("unit-1-quiz");
        assertThat(DraftCheck.read(result).draft().manifest().objectives()).extracting(o -> o.title())
                .containsExactly("Unit 1 / Quiz", "Unit 2 / Quiz", "Unit 2 / Homework");
    }

    @Test
    void feedbackOfEveryKindAndHintsAreKept() {
        Question primes = DraftCheck.question(result, "alg1-q1");
        assertThat(primes.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(primes.stem()).isEqualTo("Which of these numbers are prime?");
        assertThat(primes.choices()).containsExactly(
                new Choice("a", "2", true, "2 is the only even prime."), new Choice("b", "11", true, null),
                new Choice("c", "9", false, "9 = 3 × 3."), new Choice("d", "15", false, null));
        assertThat(primes.explanation()).isEqualTo("A prime has exactly two divisors: 1 and itself.");
        assertThat(primes.responseFeedback()).isEqualTo(new ResponseFeedback("Your answer is correct.",
                "Your answer is partially correct.", "Your answer is incorrect.",
                List.of("Try dividing by 3.", "Even numbers greater than 2 are never prime.")));
        assertThat(primes.tags()).containsExactly("primes", "week 1");

        Question square = DraftCheck.question(result, "square-of-a-sum");
        assertThat(square.responseFeedback()).isEqualTo(new ResponseFeedback("Well done.", null, "Look at the picture again.", List.of()));

        Question zero = DraftCheck.question(result, "zero-is-even");
        assertThat(zero.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(zero.choices()).containsExactly(new Choice("true", "True", true, "Right: it is a multiple of 2."),
                new Choice("false", "False", false, "It is: 0 divided by 2 is 0, with nothing left."));
        assertThat(zero.tags()).containsExactly("parity");
    }

    @Test
    void weightsSourcedCannotScoreAreReportedAndItsOwnScaleIsNot() {
        // 50 / 50 / -50 / -50 is Sourced's partial-credit scale: nothing to report
        assertThat(result.problems()).noneMatch(p -> p.line() == 15 && p.message().startsWith("answer weights"));
        assertThat(result.problems()).contains(
                new ImportProblem(82, "answer weights 33.33333, 33.33333, 33.33333, -100 (Moodle's fractions, in %) are not kept: "
                        + AnswerWeights.HOW_SOURCED_SCORES),
                new ImportProblem(221, "partial fraction 50 in a single-answer question: Sourced gives no partial credit there, so "
                        + "this choice counts as wrong"));
        assertThat(DraftCheck.question(result, "weighted-divisors").correctChoiceIds()).containsExactly("a", "b", "c");
    }

    @Test
    void linksTexImagesAndIdsAreKeptOrReported() {
        Question square = DraftCheck.question(result, "square-of-a-sum");
        assertThat(square.stem()).isEqualTo("Expand \\((a+b)^2\\). See [the binomial theorem](https://en.wikipedia.org/wiki/Binomial_theorem)."
                + "\n\n[image: a square split into four parts]");
        assertThat(result.problems()).contains(
                new ImportProblem(137, "embedded file \"square.png\" (<questiontext>, line 143) left out: Sourced keeps no images or attachments"),
                new ImportProblem(15, "id \"ALG1-Q1\" is not a pack id (lower-case letters, digits, . _ -); it is \"alg1-q1\" here, "
                        + "and will be on every import of this file"));
        assertThat(DraftCheck.question(result, "alg2-q1").responseFeedback().hints()).containsExactly("What do you do with the 3?");
    }
}

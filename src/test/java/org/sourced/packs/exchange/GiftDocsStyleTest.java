package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * A GIFT file in the style of Moodle's GIFT documentation (fixture exchange/gift/moodle-docs-style.txt): every
 * construct the documentation shows, with categories Unit 1/Quiz and Unit 2/Quiz. Each question lands field by
 * field or is reported with its line.
 */
class GiftDocsStyleTest {

    private static ImportResult result;

    @BeforeAll
    static void importFile() throws IOException {
        result = Exchange.importer(ExchangeFormat.GIFT, ImportLimits.DEFAULTS).read(GiftImporterTest.resource("gift/moodle-docs-style.txt"));
    }

    @Test
    void questionsLandOrAreReported() {
        assertThat(result.questions()).extracting(Question::id).containsExactly("longest-river", "sea", "flat-earth", "t-short",
                "two-right", "weights-off-scale", "partial-in-single", "general-feedback", "escapes", "link-and-image",
                "markdown-text", "unit-2-sea", "unit-2-lake", "unit2-q3", "unit-2-tf");
        assertThat(result.problems()).containsExactly(
                new ImportProblem(16, "a short-answer question ({=answer}): not supported by Sourced; skipped"),
                new ImportProblem(23, "answer weights 50%, 50%, -100%, -100% are not kept: " + AnswerWeights.HOW_SOURCED_SCORES),
                new ImportProblem(30, "answer weights 33.33333%, 33.33333%, 33.33333%, -50% are not kept: " + AnswerWeights.HOW_SOURCED_SCORES),
                new ImportProblem(37, "partial weight 50% in a single-answer question: Sourced gives no partial credit there, so this "
                        + "choice counts as wrong"),
                new ImportProblem(48, "image \"@@PLUGINFILE@@/ararat.jpg\" left out (its alt text is kept)"),
                new ImportProblem(55, "a matching question ({=a -> b}): not supported by Sourced; skipped"),
                new ImportProblem(61, "a numerical question ({#...}): not supported by Sourced; skipped"),
                new ImportProblem(63, "a numerical question ({#...}): not supported by Sourced; skipped"),
                new ImportProblem(65, "a numerical question ({#...}): not supported by Sourced; skipped"),
                new ImportProblem(70, "an essay question ({}): not imported, as an essay has no automatic key (a person grades it); skipped"),
                new ImportProblem(72, "no answer block {...}: a description, not a question; skipped"),
                new ImportProblem(81, "id \"Unit2-Q3\" is not a pack id (lower-case letters, digits, . _ -); it is \"unit2-q3\" here, "
                        + "and will be on every import of this file"));
        assertThat(DraftCheck.problems(result)).isEmpty();
    }

    @Test
    void fieldsLandAsWritten() {
        Question river = DraftCheck.question(result, "longest-river");
        assertThat(river.choices()).containsExactly(new Choice("a", "Danube", false, "The Danube is second."),
                new Choice("b", "Volga", true, "Right: about 3,500 km."), new Choice("c", "Rhine", false, null));
        assertThat(DraftCheck.question(result, "sea").stem()).isEqualTo("The Caspian is _____ by its name, though it has no outlet.");
        Question flat = DraftCheck.question(result, "flat-earth");
        assertThat(flat.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(flat.choices()).containsExactly(new Choice("true", "True", false, "It is not: ships vanish hull first."),
                new Choice("false", "False", true, "Right."));
        assertThat(DraftCheck.question(result, "two-right").correctChoiceIds()).containsExactly("a", "b");
        assertThat(DraftCheck.question(result, "general-feedback").explanation())
                .isEqualTo("The Pacific covers about a third of the Earth's surface.");
        Question escapes = DraftCheck.question(result, "escapes");
        assertThat(escapes.stem()).isEqualTo("Which of these is written with a colon:");
        assertThat(escapes.choices()).extracting(Choice::text).containsExactly("a: b", "a = b", "a ~ b");
        assertThat(DraftCheck.question(result, "link-and-image").stem()).isEqualTo("Read [the article on Mount Ararat]"
                + "(https://en.wikipedia.org/wiki/Mount_Ararat) and look at [image: Mount Ararat from Yerevan].\n\nHow high is it, roughly?");
        assertThat(DraftCheck.question(result, "markdown-text").stem()).isEqualTo("Which is **not** a continent?");
        assertThat(DraftCheck.question(result, "unit2-q3").tags()).containsExactly("lakes");
    }

    @Test
    void theTwoQuizCategoriesStayApart() {
        assertThat(result.title()).isNull();
        assertThat(result.questions()).extracting(Question::objective).containsOnly("unit-1-quiz", "unit-2-quiz");
        assertThat(DraftCheck.question(result, "unit-2-sea").objective()).isEqualTo("unit-2-quiz");
        assertThat(result.objectiveTitles()).containsEntry("unit-1-quiz", "Unit 1 / Quiz").containsEntry("unit-2-quiz", "Unit 2 / Quiz");
    }
}

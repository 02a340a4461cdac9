package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.ResponseFeedback;

/**
 * A QTI 3.0 package written the way authoring tools write one (fixture exchange/qti/tool-package): camel-case
 * and capital identifiers, feedback shown on an outcome that response processing sets, MathML in the stem
 * and the feedback, links and an image. What lands is asserted field by field, and the draft it makes reads
 * back without an id problem.
 */
class QtiToolPackageTest {

    private static ImportResult result;

    @BeforeAll
    static void importPackage() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("imsmanifest.xml", "AssessmentTest.xml", "items/choiceMultiple.xml", "items/Sqrt2.xml",
                "items/LinkedSource.xml", "items/OrderSteps.xml", "items/TextEntry.xml")) {
            files.put("Warmup_QTI3/" + name, GiftImporterTest.resource("qti/tool-package/" + name));
        }
        result = Exchange.importer(ExchangeFormat.QTI, ImportLimits.DEFAULTS).read(SafeZip.write(files));
    }

    @Test
    void capitalIdentifiersBecomePackIdsTheDraftAccepts() {
        assertThat(result.questions()).extracting(Question::id)
                .containsExactly("choice-multiple", "sqrt2-compare", "linked-source", "order-steps");
        assertThat(DraftCheck.problems(result)).isEmpty();
        assertThat(result.problems()).contains(
                new ImportProblem(2, "Warmup_QTI3/items/choiceMultiple.xml: id \"choiceMultiple\" is not a pack id (lower-case letters, "
                        + "digits, . _ -); it is \"choice-multiple\" here, and will be on every import of this file"));
        // choice identifiers may hold capitals in a pack: they stay as the tool wrote them, so answers map back
        assertThat(DraftCheck.question(result, "choice-multiple").correctChoiceIds()).containsExactly("ChoiceA", "ChoiceC");
        assertThat(DraftCheck.question(result, "order-steps").correctOrder()).containsExactly("StepExpand", "StepCollect", "StepSolve");
    }

    @Test
    void theSameFileMapsToTheSameIdsEveryTime() throws IOException {
        importPackage();
        ImportResult first = result;
        importPackage();
        assertThat(result.questions()).extracting(Question::id).isEqualTo(first.questions().stream().map(Question::id).toList());
    }

    @Test
    void modalFeedbackOnTheOutcomeIsResponseFeedbackNotTheExplanation() {
        Question primes = DraftCheck.question(result, "choice-multiple");
        assertThat(primes.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(primes.stem()).isEqualTo("Which of these numbers are prime?\n\nSelect every prime number.");
        assertThat(primes.explanation()).isNull();
        assertThat(primes.responseFeedback()).isEqualTo(new ResponseFeedback(
                "Yes: 2 and 11 have no divisors but 1 and themselves.", null, "Not quite: 9 is 3 × 3 and 15 is 3 × 5.", List.of()));
        assertThat(primes.tags()).containsExactly("primes");

        Question linked = DraftCheck.question(result, "linked-source");
        assertThat(linked.responseFeedback().correct()).isEqualTo("Correct.");
        assertThat(linked.responseFeedback().incorrect()).isEqualTo("Look again at where the curve sits.");
        assertThat(linked.explanation()).isNull();
        assertThat(linked.choices()).containsExactly(
                new Choice("optionA", "Two", false, "Two roots would mean it crosses the axis twice."),
                new Choice("optionB", "None", true, "The curve never meets the axis."),
                new Choice("optionC", "One", false, null));
    }

    @Test
    void mathMlKeepsTheStemAsReadableText() {
        Question sqrt = DraftCheck.question(result, "sqrt2-compare");
        assertThat(sqrt.stem()).isEqualTo("Is this right or wrong? √2 > 2\n\nHint: x^2 = (a + b)/2 is not needed.");
        assertThat(sqrt.choices()).extracting(Choice::id).containsExactly("True", "False");
        assertThat(sqrt.correctChoiceIds()).containsExactly("False");
        // the branch tests SCORE >= MAXSCORE: its value is the correct feedback; "INCORRECT" goes by its name
        assertThat(sqrt.responseFeedback().correct()).isEqualTo("Right: √2 is about 1.414.");
        assertThat(sqrt.responseFeedback().incorrect()).isEqualTo("Square both sides: 2 < 4.");
        assertThat(result.problems()).contains(
                new ImportProblem(2, "Warmup_QTI3/items/Sqrt2.xml: MathML kept as plain text: √2 > 2"));
    }

    @Test
    void linksKeepTheirAddressAndWhatIsLeftOutIsReported() {
        Question linked = DraftCheck.question(result, "linked-source");
        assertThat(linked.stem()).isEqualTo("Read [the article on the quadratic formula](https://en.wikipedia.org/wiki/Quadratic_formula)"
                + " (or this, or the handout).\n\nHow many real roots does [image: a parabola above the x-axis] have?");
        assertThat(result.problems()).contains(
                new ImportProblem(2, "Warmup_QTI3/items/LinkedSource.xml: link \"javascript:alert(1)\" left out (only http, https and "
                        + "mailto addresses are kept); its text stays"),
                new ImportProblem(2, "Warmup_QTI3/items/LinkedSource.xml: link \"../notes/handout.pdf\" left out (only http, https and "
                        + "mailto addresses are kept); its text stays"),
                new ImportProblem(2, "Warmup_QTI3/items/LinkedSource.xml: image \"images/graph.png\" left out (its alt text is kept)"),
                new ImportProblem(2, "Warmup_QTI3/items/TextEntry.xml: a text-entry item: not supported by Sourced; skipped"));
    }

    @Test
    void inlineFeedbackInTheStemIsFeedbackAndARubricIsReported() {
        Question order = DraftCheck.question(result, "order-steps");
        assertThat(order.stem()).isEqualTo("Three steps solve 2(x + 1) = x + 5.\n\nPut the steps in order.");
        assertThat(order.responseFeedback().incorrect()).isEqualTo("Expand first.");
        assertThat(result.problems()).contains(new ImportProblem(2, "Warmup_QTI3/items/OrderSteps.xml: <qti-rubric-block> (line 13) "
                + "left out: Sourced shows only the stem, the choices and feedback"));
    }

    @Test
    void sectionsAreObjectivesWithTheirTitles() {
        assertThat(result.title()).isEqualTo("Algebra Warm-up");
        assertThat(result.questions()).extracting(Question::objective)
                .containsExactly("numbers-and-roots", "numbers-and-roots", "methods", "methods");
        assertThat(result.objectiveTitle("numbers-and-roots")).isEqualTo("Numbers and Roots");
        assertThat(DraftCheck.read(result).draft().manifest().objectives()).extracting(o -> o.title())
                .containsExactly("Numbers and Roots", "Methods");
    }
}

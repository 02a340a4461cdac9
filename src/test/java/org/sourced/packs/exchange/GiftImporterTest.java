package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Verdict;

/** The GIFT importer on hand-written files: every construct of Moodle's format, and every error. */
class GiftImporterTest {

    private static ImportResult constructs;
    private static ImportResult errors;

    @BeforeAll
    static void readFixtures() throws IOException {
        constructs = gift(resource("gift/constructs.txt"));
        errors = gift(resource("gift/errors.txt"));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = GiftImporterTest.class.getResourceAsStream("/exchange/" + name)) {
            return in.readAllBytes();
        }
    }

    private static ImportResult gift(byte[] bytes) {
        return Exchange.importer(ExchangeFormat.GIFT, ImportLimits.DEFAULTS).read(bytes);
    }

    private static ImportResult gift(String text) {
        return gift(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Question question(String id) {
        return constructs.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void categoryGivesTitleAndObjective() {
        assertThat(constructs.title()).isEqualTo("European security");
        assertThat(question("capital-1").objective()).isEqualTo("treaty-basics");
    }

    @Test
    void titleIdTagsFeedbackAndDefaults() {
        Question q = question("capital-1");
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.stem()).isEqualTo("Which city is the capital of Armenia?");
        assertThat(q.tags()).containsExactly("core", "geo]graphy");
        assertThat(q.choices()).containsExactly(
                new Choice("a", "Yerevan", true, "Right."),
                new Choice("b", "Gyumri", false, "Second city."),
                new Choice("c", "Vanadzor", false, null));
        assertThat(q.difficulty()).isEqualTo(2);
        assertThat(q.points()).isEqualTo(1);
        assertThat(q.evidence()).isEmpty();
        assertThat(q.explanation()).isNull();
    }

    @Test
    void escapesAndTitleSlug() {
        Question q = question("escapes-all-of-them");
        assertThat(q.stem()).isEqualTo(
                "Braces { and } , tilde ~, equals =, hash #, colon :, backslash \\ and\na new line.");
        assertThat(q.choices()).containsExactly(
                new Choice("a", "right ~ answer", true, "feedback with # hash"),
                new Choice("b", "wrong = answer", false, null));
    }

    @Test
    void weightsMakeAMultipleAnswerItem() {
        Question q = question("weights");
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(q.choices()).extracting(Choice::text, Choice::correct).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Red", true), org.assertj.core.groups.Tuple.tuple("Blue", true),
                org.assertj.core.groups.Tuple.tuple("Yellow", true), org.assertj.core.groups.Tuple.tuple("Green", false),
                org.assertj.core.groups.Tuple.tuple("Purple", false));
        assertThat(q.choices().get(0).feedback()).isEqualTo("Yes.");
        assertThat(q.explanation()).isEqualTo("Red, blue and yellow.");
    }

    @Test
    void formats() {
        assertThat(constructs.questions().get(3).stem())
                .isEqualTo("Which one is a planet?\n\nSecond paragraph & more.\nLine two.");
        assertThat(question("md").stem()).isEqualTo("Is **this** markdown?");
        assertThat(question("md").explanation()).isEqualTo("It *is*.");
        assertThat(question("plain").stem()).isEqualTo("Plain <text> stays as it is.");
        assertThat(question("moodle").stem()).isEqualTo("Moodle auto format.");
    }

    @Test
    void missingWordFormat() {
        Question q = constructs.questions().get(7);
        assertThat(q.id()).isEqualTo("q-8");
        assertThat(q.stem()).isEqualTo("Grant is _____ in Grant's tomb.");
        assertThat(q.correctChoiceIds()).containsExactly("b");
    }

    @Test
    void trueFalseInEveryWriting() {
        assertThat(question("tf-short-true").choices()).containsExactly(
                new Choice("true", "True", true, null), new Choice("false", "False", false, null));
        // {TRUE#wrong#right}: the first feedback is for the wrong pick, the second for the right one.
        Question longTrue = question("tf-long-true");
        assertThat(longTrue.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(longTrue.choices()).containsExactly(
                new Choice("true", "True", true, "Right."), new Choice("false", "False", false, "Look it up."));
        assertThat(longTrue.explanation()).isEqualTo("At standard pressure.");
        assertThat(question("tf-short-false").choices()).containsExactly(
                new Choice("true", "True", false, "It is a planet?"),
                new Choice("false", "False", true, "Right, it is a satellite."));
        assertThat(question("tf-long-false").correctChoiceIds()).containsExactly("false");
    }

    @Test
    void partialWeightInASingleAnswerItemIsReported() {
        assertThat(question("partial-single").correctChoiceIds()).containsExactly("a");
        assertThat(constructs.problems()).contains(new ImportProblem(43,
                "partial weight 50% in a single-answer question: Sourced gives no partial credit there, so this choice counts as wrong"));
    }

    @Test
    void typesSourcedHasNotAreSkippedAndReported() {
        assertThat(constructs.problems()).contains(
                new ImportProblem(45, "a matching question ({=a -> b}): not supported by Sourced; skipped"),
                new ImportProblem(47, "a short-answer question ({=answer}): not supported by Sourced; skipped"),
                new ImportProblem(49, "a numerical question ({#...}): not supported by Sourced; skipped"),
                new ImportProblem(51, "a numerical question ({#...}): not supported by Sourced; skipped"),
                new ImportProblem(53, "an essay question ({}): not imported, as an essay has no automatic key (a person grades it); skipped"),
                new ImportProblem(55, "no answer block {...}: a description, not a question; skipped"),
                new ImportProblem(57, "a short-answer question ({=answer}): not supported by Sourced; skipped"
                        + " (for true-false write {TRUE} or {FALSE} in capitals)"),
                new ImportProblem(59, "an ordering question ({>...}, qtype_ordering): not imported from GIFT; use Moodle XML; skipped"));
        assertThat(constructs.problems()).contains(new ImportProblem(15, "answer weights 33.33333%, 33.33333%, 33.33334%, -100%, -50%"
                + " are not kept: " + AnswerWeights.HOW_SOURCED_SCORES));
        assertThat(constructs.problems()).hasSize(10);
        assertThat(constructs.questions()).extracting(Question::type).doesNotContain(QuestionType.ORDERING);
    }

    @Test
    void sourcedMetadataInCommentsRestoresEvidenceAndSources() {
        Question q = question("with-meta");
        assertThat(q.objective()).isEqualTo("membership");
        assertThat(q.difficulty()).isEqualTo(3);
        assertThat(q.points()).isEqualTo(4);
        assertThat(q.choices()).extracting(Choice::id).containsExactly("am", "ge");
        assertThat(q.evidence()).containsExactly(new Evidence("treaty", "preamble", "Signatories."));
        assertThat(constructs.sources()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("treaty");
            assertThat(s.published()).hasYear(1992);
        });
    }

    @Test
    void claimCheckTagRestoresAClaimCheckItem() {
        Question q = question("a-claim");
        assertThat(q.type()).isEqualTo(QuestionType.CLAIM_CHECK);
        assertThat(q.stem()).isEqualTo("Does the record support this claim?");
        assertThat(q.claim()).isEqualTo("Georgia signed in 1992.");
        assertThat(q.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(q.choices()).extracting(Choice::id).containsExactly("supported", "refuted", "not-in-evidence");
        assertThat(q.tags()).isEmpty();
    }

    @Test
    void everyErrorHasItsLine() {
        assertThat(errors.problems()).containsExactly(
                new ImportProblem(3, "unclosed { (no } before the blank line that ends the question); skipped"),
                new ImportProblem(7, "unknown weight %abc%: write a percentage from -100 to 100, such as %50% or %-33.33333%; skipped"),
                new ImportProblem(11, "no right answer: no choice has a positive weight; skipped"),
                new ImportProblem(14, "answers outside braces (\"~Vanadzor\"); put every answer inside {...}; skipped"),
                new ImportProblem(16, "} without an opening {; skipped (write \\} for a literal brace)"),
                new ImportProblem(18, "a second answer block {...}; a question has one; skipped"),
                new ImportProblem(20, "a multiple-choice question needs at least 2 answers; skipped"),
                new ImportProblem(22, "2 right answers in a single-answer question; skipped (give right answers a weight such as %50% to make a multiple-answer question)"),
                new ImportProblem(24, "two { before the closing }; skipped (write \\{ for a literal brace)"),
                new ImportProblem(26, "unknown weight %150%: write a percentage from -100 to 100, such as %50% or %-33.33333%; skipped"),
                new ImportProblem(28, "metadata [sourced:difficulty] must be 1, 2 or 3; ignored"),
                new ImportProblem(29, "metadata [sourced:evidence] is not valid JSON (Unexpected end-of-input within/between Object entries at character 11); ignored"),
                new ImportProblem(30, "metadata [sourced:colour] is not a Sourced metadata key; ignored"),
                new ImportProblem(31, "metadata [sourced:source] for \"x\" has an unknown \"kind\"; ignored"),
                new ImportProblem(34, "a ::title has no closing ::; read without a title"),
                new ImportProblem(41, "id \"dup\" is used twice; this question is \"dup-2\""),
                new ImportProblem(44, "id \"has space\" is not a pack id (lower-case letters, digits, . _ -); it is \"has-space\" here, and will be on every import of this file"),
                new ImportProblem(47, "question \"unknown-source\": evidence cites source \"nowhere\", which the file does not describe"));
        assertThat(errors.questions()).extracting(Question::id)
                .containsExactly("bad-metadata", "q-12", "dup", "dup-2", "has-space", "unknown-source");
        assertThat(errors.questions().get(0).difficulty()).isEqualTo(2);
    }

    @Test
    void bomAndWindowsLineEndingsAreFine() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "::A::Q?{=a ~b}\r\n\r\n::B::R?{=c ~d}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(text, 0, file, 3, text.length);
        assertThat(gift(file).questions()).extracting(Question::id).containsExactly("a", "b");
    }

    @Test
    void invalidUtf8FailsWithTheLineOfTheBadByte() {
        byte[] file = "::A::Q?{=a ~b}\n\n::B::Caf\u00e9?{=c ~d}\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> gift(file))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("line 3: not valid UTF-8 (byte 0xE9); save the file as UTF-8")
                .satisfies(e -> assertThat(((ImportFailure) e).problems())
                        .containsExactly(new ImportProblem(3, "not valid UTF-8 (byte 0xE9); save the file as UTF-8")));
    }

    @Test
    void utf16IsRefused() {
        byte[] file = "::A::Q?{=a ~b}".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> gift(file)).isInstanceOf(ImportFailure.class)
                .hasMessage("line 1: the file is UTF-16; save the file as UTF-8");
        byte[] noBom = "::A::Q?{=a ~b}".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> gift(noBom)).isInstanceOf(ImportFailure.class)
                .hasMessageContaining("NUL byte");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        QuestionImporter importer = Exchange.importer(ExchangeFormat.GIFT, new ImportLimits(10, 10, 10));
        assertThatThrownBy(() -> importer.read("::A::Q?{=a ~b}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class).hasMessage("the file is 14 bytes; the limit is 10 bytes");
    }

    @Test
    void emptyFileGivesNothing() {
        ImportResult result = gift("// only a comment\n");
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(result.title()).isNull();
    }

    @Test
    void idsStayUnique() {
        List<Question> qs = gift("::Same::A?{=a ~b}\n\n::Same::B?{=a ~b}\n\nC?{=a ~b}").questions();
        assertThat(qs).extracting(Question::id).containsExactly("same", "same-2", "q-3");
    }
}

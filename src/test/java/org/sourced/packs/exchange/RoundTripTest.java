package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.ResponseFeedback;

/** internal → format → internal keeps every field the format maps. */
class RoundTripTest {

    private static ImportResult roundTrip(ExchangeFormat format, PackContent pack) {
        Exported exported = Exchange.exporter(format).write(pack);
        return Exchange.importer(format, ImportLimits.DEFAULTS).read(exported.bytes());
    }

    @Test
    void giftKeepsEveryMappedFieldAndReportsOrdering() {
        Exported exported = Exchange.exporter(ExchangeFormat.GIFT).write(SamplePack.pack());
        assertThat(exported.problems()).extracting(ImportProblem::message)
                .containsExactly("order-dates: GIFT has no ordering question; left out (Moodle XML and QTI keep it)");

        ImportResult back = Exchange.importer(ExchangeFormat.GIFT, ImportLimits.DEFAULTS).read(exported.bytes());

        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).containsExactlyElementsOf(SamplePack.without(QuestionType.ORDERING));
        assertThat(back.sources()).containsExactlyInAnyOrder(SamplePack.TREATY, SamplePack.REPORT);
        assertThat(back.title()).isEqualTo("A tiny pack / test");
    }

    @Test
    void aikenKeepsStemsChoicesAndAnswers() {
        Exported exported = Exchange.exporter(ExchangeFormat.AIKEN).write(SamplePack.pack());
        assertThat(exported.problems()).extracting(ImportProblem::message).contains(
                "first-members: Aiken has only single-answer questions; this multiple question is left out",
                "order-dates: Aiken has only single-answer questions; this ordering question is left out");

        ImportResult back = Exchange.importer(ExchangeFormat.AIKEN, ImportLimits.DEFAULTS).read(exported.bytes());

        assertThat(back.problems()).isEmpty();
        List<Question> written = SamplePack.questions().stream()
                .filter(q -> q.type() != QuestionType.MULTIPLE && q.type() != QuestionType.ORDERING).toList();
        assertThat(back.questions()).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            Question original = written.get(i);
            Question imported = back.questions().get(i);
            assertThat(imported.type()).isIn(QuestionType.SINGLE, QuestionType.TRUE_FALSE);
            assertThat(imported.choices()).extracting(Choice::text)
                    .containsExactlyElementsOf(original.choices().stream().map(c -> c.text().replaceAll("\\s+", " ")).toList());
            assertThat(imported.choices()).extracting(Choice::correct)
                    .containsExactlyElementsOf(original.choices().stream().map(Choice::correct).toList());
        }
        assertThat(back.questions().get(0).stem()).isEqualTo(written.get(0).stem());
        assertThat(back.questions().get(2).stem())
                .isEqualTo("Does the record support this claim? Claim: Ukraine signed the treaty in 1992. So said a reader comment.");
    }

    @Test
    void moodleXmlKeepsEveryField() {
        Exported exported = Exchange.exporter(ExchangeFormat.MOODLE_XML).write(SamplePack.pack());
        assertThat(exported.problems()).isEmpty();

        ImportResult back = Exchange.importer(ExchangeFormat.MOODLE_XML, ImportLimits.DEFAULTS).read(exported.bytes());

        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).containsExactlyElementsOf(SamplePack.questions());
        assertThat(back.sources()).containsExactlyInAnyOrder(SamplePack.TREATY, SamplePack.REPORT);
        assertThat(back.title()).isEqualTo("A tiny pack / test");
    }

    @Test
    void qtiKeepsEveryField() {
        Exported exported = Exchange.exporter(ExchangeFormat.QTI).write(SamplePack.pack());
        assertThat(exported.problems()).isEmpty();

        ImportResult back = Exchange.importer(ExchangeFormat.QTI, ImportLimits.DEFAULTS).read(exported.bytes());

        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).containsExactlyElementsOf(SamplePack.questions());
        assertThat(back.sources()).containsExactlyInAnyOrder(SamplePack.TREATY, SamplePack.REPORT);
        assertThat(back.title()).isEqualTo("A tiny pack / test");
    }

    /** Ids that are not XML names, a multiple-answer item with one right answer, true as the answer, no feedback. */
    private static List<Question> awkward() {
        return List.of(
                new Question("1992-vote", QuestionType.MULTIPLE, "Who voted?", null, null,
                        List.of(new Choice("1", "One", true, null), new Choice("2", "Two", false, null)),
                        "Only one did.", List.of(new Evidence("treaty", null, null)), "basics", 2, 1, List.of("a tag")),
                new Question("tf.true", QuestionType.TRUE_FALSE, "It is true.", null, null,
                        List.of(new Choice("true", "True", true, null), new Choice("false", "False", false, null)),
                        "Because.", List.of(), "basics", 2, 1, List.of()),
                new Question("single_1.b", QuestionType.SINGLE, "Line one\nline two\n\nA second paragraph.", null, null,
                        List.of(new Choice("x", "A choice\nover two lines", true, "Feedback\nover two lines"),
                                new Choice("y", "Why", false, null)),
                        "Why not.", List.of(), "basics", 2, 1, List.of()));
    }

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"GIFT", "MOODLE_XML", "QTI"})
    void awkwardIdsAndShapesSurvive(ExchangeFormat format) {
        ImportResult back = roundTrip(format, SamplePack.pack(awkward()));
        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).containsExactlyElementsOf(awkward());
    }

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"GIFT", "MOODLE_XML", "QTI"})
    void thePacksSummaryLicenceAuthorsAndObjectiveTitlesComeBack(ExchangeFormat format) {
        ImportResult back = roundTrip(format, SamplePack.pack());
        assertThat(back.pack()).isEqualTo(new PackMetadata("Shows every question type.", "CC-BY-4.0", List.of("Sourced authors")));
        assertThat(back.objectiveTitles()).containsEntry("basics", "The basics").containsEntry("dates", "Dates");
        assertThat(back.title()).isEqualTo("A tiny pack / test");
        assertThat(back.problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"GIFT", "MOODLE_XML", "QTI"})
    void responseFeedbackAndHintsComeBack(ExchangeFormat format) {
        List<Question> questions = SamplePack.questions().stream()
                .filter(q -> format != ExchangeFormat.GIFT || q.type() != QuestionType.ORDERING)
                .map(q -> q.withResponseFeedback(new ResponseFeedback("Right: " + q.id() + ".", q.type() == QuestionType.MULTIPLE
                        ? "Some of it." : null, "Not " + q.id() + ".", List.of("Think of 1992.", "Read the second article."))))
                .toList();
        ImportResult back = roundTrip(format, SamplePack.pack(questions));
        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).containsExactlyElementsOf(questions);
    }

    @Test
    void qtiWritesResponseFeedbackAsModalFeedbackAndReadsItBackUnderPartialCredit() {
        List<Question> questions = SamplePack.questions().stream()
                .map(q -> q.withResponseFeedback(new ResponseFeedback("Right.", "Partly.", "Wrong.", List.of("A hint."))))
                .toList();
        PackContent plain = SamplePack.pack(questions);
        org.sourced.packs.format.Manifest m = plain.manifest();
        PackContent partial = new PackContent(new org.sourced.packs.format.Manifest(m.id(), m.title(), m.summary(), m.language(),
                m.version(), m.licence(), m.authors(), m.objectives(), m.sources(), m.sets(),
                new org.sourced.packs.format.ScoringPolicy(true, false, false)), List.of(), questions, java.util.Map.of(), "hash");
        Exported exported = Exchange.exporter(ExchangeFormat.QTI).write(partial);
        assertThat(exported.problems()).extracting(ImportProblem::message)
                .allMatch(p -> p.contains("QTI has no hints")).hasSize(questions.size());
        ImportResult back = Exchange.importer(ExchangeFormat.QTI, ImportLimits.DEFAULTS).read(exported.bytes());
        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).containsExactlyElementsOf(questions);
    }

    @ParameterizedTest
    @EnumSource(ExchangeFormat.class)
    void exportingTwiceGivesTheSameBytes(ExchangeFormat format) {
        assertThat(Exchange.exporter(format).write(SamplePack.pack()).bytes())
                .isEqualTo(Exchange.exporter(format).write(SamplePack.pack()).bytes());
    }
}

package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * Issue 16 item 5: an evidence-choice item leaves as a multiple-answer question with each passage written into its
 * choice (what an LMS can show), and comes back whole from Sourced's metadata; Aiken, which has no metadata, reports it.
 */
class EvidenceChoiceExchangeTest {

    /** Two right passages of two sources, one wrong one, and a plain "not evidence" choice; a claim after the stem. */
    static final Question TWO_KEYS = new Question("which-passages", QuestionType.EVIDENCE_CHOICE, "Which passages establish it?",
            "Armenia asked for help in 2022.",
            null, List.of(
                    new Choice("art-4", "Members help an attacked member.", true, "Right: the clause Armenia invoked.",
                            new Evidence("treaty", "Art. 4", "Members help an attacked member.")),
                    new Choice("p11", "Yerevan asked for help & got a promise <observers>.", true, null,
                            new Evidence("wire-2022", "para. 11", "Yerevan asked for help & got a promise <observers>.")),
                    new Choice("art-2", "Members consult when one is threatened.", false, "That is about threats.",
                            new Evidence("treaty", "Art. 2", "Members consult when one is threatened.")),
                    new Choice("none", "No passage here records it.", false, "Two do.")),
            "The report records the request; Article 4 is what it invoked.",
            List.of(new Evidence("wire-2022", "para. 11", "The request and the reply.")), "basics", 2, 1, List.of("evidence"));

    /** One right passage, no claim: Aiken can carry it as a single-answer question. */
    static final Question ONE_KEY = new Question("which-article", QuestionType.EVIDENCE_CHOICE, "Which article makes an attack on one an attack on all?",
            null, null, List.of(
                    new Choice("a", "Consultations on threats.", false, null, new Evidence("treaty", "Art. 2", "Consultations on threats.")),
                    new Choice("b", "An attack on one is an attack on all.", true, null,
                            new Evidence("treaty", "Art. 4", "An attack on one is an attack on all."))),
            "Article 4.", List.of(new Evidence("treaty", "Art. 4", "The clause.")), "basics", 1, 2, List.of());

    static PackContent pack() {
        return SamplePack.pack(List.of(TWO_KEYS, ONE_KEY));
    }

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"GIFT", "MOODLE_XML", "QTI"})
    void itComesBackWholeFromSourcedsMetadata(ExchangeFormat format) {
        Exported exported = Exchange.exporter(format).write(pack());

        // the format keeps the item in Sourced's metadata, so nothing is reported lost (as for claim-check items)
        assertThat(exported.problems()).isEmpty();
        ImportResult back = Exchange.importer(format, ImportLimits.DEFAULTS).read(exported.bytes());

        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).containsExactly(TWO_KEYS, ONE_KEY);
        assertThat(back.sources()).containsExactlyInAnyOrder(SamplePack.TREATY, SamplePack.REPORT);
    }

    @Test
    void giftWritesEachPassageOutAsAWeightedChoice() {
        String gift = new String(Exchange.exporter(ExchangeFormat.GIFT).write(pack()).bytes(), StandardCharsets.UTF_8);

        assertThat(gift).contains("\t~%50%Collective Security Treaty (primary, CSTO, 1992-05-15), Art. 4\\: Members help an attacked member.")
                .contains("\t~%-50%Collective Security Treaty (primary, CSTO, 1992-05-15), Art. 2\\: Members consult when one is threatened.")
                .contains("\t~%-50%No passage here records it.")
                .contains("> Armenia asked for help in 2022.")
                .contains("[sourced:choice-evidence] [{\"source\":\"treaty\",\"locator\":\"Art. 4\"")
                .contains("// GIFT has no evidence-choice question; which-passages is exported as a multiple-answer question with each "
                        + "passage (source, kind, locator, note) written into its choice's text; an LMS shows no source entry or link "
                        + "(Sourced reads the item back whole from [sourced:choice-evidence])\n// [id:which-passages]");
    }

    @Test
    void moodleXmlMarksItAsAMultipleAnswerQuestionWithThePassagesAsAnswers() {
        String xml = new String(Exchange.exporter(ExchangeFormat.MOODLE_XML).write(pack()).bytes(), StandardCharsets.UTF_8);

        assertThat(xml).contains("<single>false</single>")
                .contains("Leaders meet in Yerevan &lt;live&gt; (report, A wire &amp; news service, 2022-11-23), para. 11: "
                        + "Yerevan asked for help &amp; got a promise &lt;observers&gt;.");
    }

    @Test
    void qtiUsesAChoiceInteractionWithAsManyChoicesAsTheStudentLikes() throws Exception {
        Map<String, byte[]> files = SafeZip.read(Exchange.exporter(ExchangeFormat.QTI).write(pack()).bytes(), ImportLimits.DEFAULTS);
        String item = new String(files.get("items/which-passages.xml"), StandardCharsets.UTF_8);

        assertThat(item).contains("cardinality=\"multiple\"").contains("max-choices=\"0\"").contains("<blockquote>")
                .contains("Collective Security Treaty (primary, CSTO, 1992-05-15), Art. 4: Members help an attacked member.");
    }

    @Test
    void aikenCarriesOnlyTheItemWithOneRightPassageAndSaysSo() {
        Exported exported = Exchange.exporter(ExchangeFormat.AIKEN).write(pack());
        String aiken = new String(exported.bytes(), StandardCharsets.UTF_8);

        assertThat(exported.problems()).extracting(ImportProblem::message).contains(
                "which-passages: Aiken has only single-answer questions; this evidence-choice question has 2 right passages and is left out",
                "which-article: Aiken has no evidence-choice question; which-article is exported as a single-answer question with "
                        + "each passage (source, kind, locator, note) written into its choice's text; an LMS shows no source entry or "
                        + "link, and Sourced reads it back as a single-answer question");
        assertThat(aiken).doesNotContain("Which passages establish it?")
                .contains("B) Collective Security Treaty (primary, CSTO, 1992-05-15), Art. 4: An attack on one is an attack on all.\nANSWER: B");
        ImportResult back = Exchange.importer(ExchangeFormat.AIKEN, ImportLimits.DEFAULTS).read(exported.bytes());
        assertThat(back.questions()).singleElement().satisfies(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
            assertThat(q.correctChoiceIds()).hasSize(1);
        });
    }

    @Test
    void withoutItsMetadataAGiftFileGivesAMultipleAnswerQuestionWithThePassagesAsText() {
        String gift = new String(Exchange.exporter(ExchangeFormat.GIFT).write(pack()).bytes(), StandardCharsets.UTF_8);
        String bare = gift.replaceAll("(?m)^// \\[sourced:choice-evidence].*\\n", "");

        ImportResult back = Exchange.importer(ExchangeFormat.GIFT, ImportLimits.DEFAULTS).read(bare.getBytes(StandardCharsets.UTF_8));

        assertThat(back.problems()).extracting(ImportProblem::message).anyMatch(m -> m.contains(
                "marked evidence-choice, but [sourced:choice-evidence] does not give one entry per choice; imported as a multiple-answer question"));
        Question q = back.questions().get(0);
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(q.choices()).extracting(Choice::evidence).containsOnlyNulls();
        assertThat(q.choice("art-4").orElseThrow().text())
                .isEqualTo("Collective Security Treaty (primary, CSTO, 1992-05-15), Art. 4: Members help an attacked member.");
    }
}

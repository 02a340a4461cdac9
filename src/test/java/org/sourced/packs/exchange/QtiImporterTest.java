package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/** The QTI importer on hand-written items and a hand-written package. */
class QtiImporterTest {

    private static ImportResult qti(byte[] bytes) {
        return Exchange.importer(ExchangeFormat.QTI, ImportLimits.DEFAULTS).read(bytes);
    }

    static byte[] handWrittenPackage(String prefix) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("imsmanifest.xml", "assessment.xml", "items/multi.xml", "items/order.xml",
                "items/text-entry.xml", "items/match.xml")) {
            files.put(prefix + name, GiftImporterTest.resource("qti/package/" + name));
        }
        return SafeZip.write(files);
    }

    @Test
    void aSingleItemFileWithPromptInlineAndModalFeedback() throws IOException {
        ImportResult result = qti(GiftImporterTest.resource("qti/choice.xml"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.title()).isNull();
        Question q = result.questions().get(0);
        assertThat(q.id()).isEqualTo("choice-capital");
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.stem()).isEqualTo("Look at the map.\n\nWhich city is the capital of Armenia?");
        assertThat(q.choices()).containsExactly(
                new Choice("yerevan", "Yerevan", true, "Right."),
                new Choice("gyumri", "Gyumri", false, "Gyumri is the second city."),
                new Choice("vanadzor", "Vanadzor", false, null));
        assertThat(q.explanation()).isEqualTo("Yerevan has been the capital since 1918.");
        assertThat(q.objective()).isEqualTo("imported");
    }

    @Test
    void aPackageWithChoiceOrderTextEntryAndMatchItems() throws IOException {
        ImportResult result = qti(handWrittenPackage(""));
        assertThat(result.title()).isEqualTo("Hand-written test");
        assertThat(result.questions()).extracting(Question::id).containsExactly("members", "order-events");

        Question members = result.questions().get(0);
        assertThat(members.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(members.correctChoiceIds()).containsExactly("am", "ru");
        assertThat(members.tags()).containsExactly("core");
        assertThat(members.difficulty()).isEqualTo(3);
        assertThat(members.objective()).isEqualTo("regional-security");

        Question order = result.questions().get(1);
        assertThat(order.type()).isEqualTo(QuestionType.ORDERING);
        assertThat(order.stem()).isEqualTo("Put these in order, earliest first.");
        assertThat(order.correctOrder()).containsExactly("signed", "force", "summit");

        assertThat(result.problems()).containsExactly(
                new ImportProblem(2, "items/text-entry.xml: a text-entry item: not supported by Sourced; skipped"),
                new ImportProblem(2, "items/match.xml: a match interaction: not supported by Sourced; skipped"),
                new ImportProblem(35, "imsmanifest.xml: resource \"r-missing\": file \"items/missing.xml\" is not in the package; skipped"));
    }

    @Test
    void aPackageZippedWithItsFolderIsFound() throws IOException {
        ImportResult result = qti(handWrittenPackage("my-export/"));
        assertThat(result.questions()).hasSize(2);
        assertThat(result.problems()).extracting(ImportProblem::message)
                .allMatch(m -> m.startsWith("my-export/"));
    }

    @Test
    void packagesWithoutAManifestAndLoneTestsAreRefused() {
        byte[] zip = SafeZip.write(Map.of("items/a.xml", "<x/>".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> qti(zip)).isInstanceOf(ImportFailure.class)
                .hasMessage("no imsmanifest.xml in the zip: a QTI package has one at its root");
        byte[] test = "<qti-assessment-test xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\"/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> qti(test)).isInstanceOf(ImportFailure.class)
                .hasMessage("line 1: <qti-assessment-test> refers to other files: upload the whole package as a zip");
        byte[] qti2 = "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p2\"/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> qti(qti2)).isInstanceOf(ImportFailure.class)
                .hasMessage("line 1: a QTI 2.x item; Sourced reads QTI 3.0");
    }

    @Test
    void hrefsAreResolvedInsideThePackageOnly() {
        assertThat(QtiImporter.resolve("", "items/a%20b.xml")).isEqualTo("items/a b.xml");
        assertThat(QtiImporter.resolve("pkg/", "./items/../items/a.xml")).isEqualTo("pkg/items/a.xml");
        assertThat(QtiImporter.resolve("", "../outside.xml")).isNull();
        assertThat(QtiImporter.resolve("", "/etc/passwd")).isNull();
        assertThat(QtiImporter.resolve("", "file:///etc/passwd")).isNull();
    }
}

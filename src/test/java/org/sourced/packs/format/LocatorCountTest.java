package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.support.PackFiles.lineOf;
import static org.sourced.support.PackFiles.replaceOnce;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sourced.support.PackFiles;

/**
 * Locators you can follow (issue 15): each source says how its paragraphs or articles are counted and how many
 * there are, and the reader refuses a locator past that count, or in the other unit, at the locator's file:line.
 */
class LocatorCountTest {

    static final String PREFIX = "packs/csto-armenia/";
    static final String FILE = "questions/obligations.yaml";

    final Map<String, String> files = new TreeMap<>(PackFiles.read(PackFiles.SHIPPED));

    List<Problem> problems() {
        return PackReader.read(files, PREFIX).problems();
    }

    @Test
    void everyShippedSourceSaysHowItIsCountedAndEveryLocatorFitsTheCount() {
        PackContent pack = PackReader.read(files, PREFIX).pack().orElseThrow();
        assertThat(pack.manifest().sources()).allSatisfy(s -> {
            assertThat(s.counting()).as("counting of %s", s.id()).isNotNull();
            assertThat(s.counting().rule()).isNotBlank();
        });
        Source report = pack.manifest().source("report-2022-yerevan-summit").orElseThrow();
        assertThat(report.counting()).isEqualTo(new Counting(Counting.Unit.PARAGRAPH, 13, report.counting().rule()));
        assertThat(pack.manifest().source("csto-treaty-1992").orElseThrow().counting().unit()).isEqualTo(Counting.Unit.ARTICLE);
    }

    @Test
    void aParagraphPastTheLastIsRefusedAtTheLocatorsLine() {
        String text = files.get(FILE);
        // kazakhstan-precedent cites the 2022 report's para. 13, its last; 14 is one too many
        String broken = replaceOnce(text, "      locator: para. 13\n      note: Russian paratroopers",
                "      locator: para. 14\n      note: Russian paratroopers");
        files.put(FILE, broken);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(PREFIX + FILE);
            assertThat(p.line()).isEqualTo(lineOf(broken, "locator: para. 14"));
            assertThat(p.message()).contains("'para. 14'", "report-2022-yerevan-summit", "13 paragraphs");
        });
    }

    @Test
    void everyNumberOfAListOrRangeIsChecked() {
        String file = "questions/timeline.yaml";
        String broken = replaceOnce(files.get(file), "locator: paras. 2, 6, 7, 8", "locator: paras. 2, 6 and 9");
        files.put(file, broken);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(broken, "locator: paras. 2, 6 and 9"));
            assertThat(p.message()).contains("report-2024-putin-rejects", "8 paragraphs");
        });
    }

    @Test
    void anArticlePastTheTreatysLastAndAParagraphOfTheTreatyAreRefused() {
        String text = files.get(FILE);
        String broken = replaceOnce(replaceOnce(text, "      locator: Art. 2\n      note: A threat to a member's",
                "      locator: Art. 12\n      note: A threat to a member's"), "      locator: Art. 2\n      note: Consultations start",
                "      locator: para. 2\n      note: Consultations start");
        files.put(FILE, broken);

        List<Problem> problems = problems();
        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(broken, "locator: Art. 12"));
            assertThat(p.message()).contains("csto-treaty-1992", "11 articles");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(broken, "note: Consultations start") - 1);
            assertThat(p.message()).contains("counts paragraphs", "in articles");
        });
    }

    @Test
    void aLocatorWithoutANumberAndASourceWithoutCountingAreLeftAlone() {
        String manifest = files.get(PackReader.MANIFEST);
        // the treaty without its counting: Art. 99 can no longer be checked, and is not refused
        int at = manifest.indexOf("    counting:\n      unit: article\n      count: 11");
        int end = manifest.indexOf("  - id: csto-charter-2002");
        files.put(PackReader.MANIFEST, manifest.substring(0, at) + manifest.substring(end));
        files.put(FILE, replaceOnce(files.get(FILE), "      locator: Art. 2\n      note: A threat to a member's",
                "      locator: Art. 99\n      note: A threat to a member's"));

        assertThat(problems()).isEmpty();
    }

    @Test
    void aBadCountingIsAProblemOfPackYaml() {
        String manifest = files.get(PackReader.MANIFEST);
        String broken = replaceOnce(manifest, "      unit: article\n      count: 11\n", "      unit: chapter\n      count: 11\n");
        files.put(PackReader.MANIFEST, broken);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(PREFIX + PackReader.MANIFEST);
            assertThat(p.line()).isEqualTo(lineOf(broken, "unit: chapter"));
            assertThat(p.message()).contains("unknown counting unit 'chapter'");
        });
    }

    @Test
    void theWriterKeepsTheCounting() {
        PackContent pack = PackReader.read(files, PREFIX).pack().orElseThrow();
        String written = PackWriter.manifest(pack.manifest());
        Map<String, String> again = new TreeMap<>(files);
        again.put(PackReader.MANIFEST, written);

        PackContent reread = PackReader.read(again, PREFIX).pack().orElseThrow();

        assertThat(reread.manifest().sources()).isEqualTo(pack.manifest().sources());
    }
}

package org.sourced.packs.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sourced.packs.exchange.ExchangeFormat;
import org.sourced.packs.exchange.ImportFailure;
import org.sourced.packs.exchange.ImportLimits;
import org.sourced.packs.exchange.ImportProblem;
import org.sourced.packs.exchange.SafeZip;

/** A pack as a zip: written under the pack's folder, read from a folder or from the root. */
class PackZipFilesTest {

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> entries(String... nameText) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameText.length; i += 2) {
            entries.put(nameText[i], utf8(nameText[i + 1]));
        }
        return entries;
    }

    @Test
    void writtenZipsReadBackToTheSameFilesUnderTheirFolder() {
        Map<String, String> files = Map.of("pack.yaml", "id: p\n", "questions/a.yaml", "- id: a\n", "lessons/01-x.md", "---\n");

        byte[] zip = PackZipFiles.write("p", files);
        PackZipFiles.Read read = PackZipFiles.read(SafeZip.read(zip, ImportLimits.DEFAULTS));

        assertThat(read.folder()).isEqualTo("p/");
        assertThat(read.files()).isEqualTo(files);
        assertThat(read.problems()).isEmpty();
        assertThat(PackZipFiles.write("p", files)).isEqualTo(zip);
    }

    @Test
    void filesAtTheRootAreReadAsTheyAre() {
        PackZipFiles.Read read = PackZipFiles.read(entries("pack.yaml", "id: p\n", "questions/a.yaml", "- id: a\n"));
        assertThat(read.folder()).isEmpty();
        assertThat(read.files()).containsOnlyKeys("pack.yaml", "questions/a.yaml");
    }

    @Test
    void aSharedFolderWithoutPackYamlIsNotStripped() {
        PackZipFiles.Read read = PackZipFiles.read(entries("questions/a.yaml", "- id: a\n", "questions/b.yaml", "- id: b\n"));
        assertThat(read.folder()).isEmpty();
        assertThat(read.files()).containsOnlyKeys("questions/a.yaml", "questions/b.yaml");
    }

    @Test
    void osAndEditorDroppingsAreLeftOutAndSaidSo() {
        PackZipFiles.Read read = PackZipFiles.read(entries("p/pack.yaml", "id: p\n", "__MACOSX/p/._pack.yaml", "x",
                "p/.DS_Store", "x"));
        assertThat(read.files()).containsOnlyKeys("pack.yaml");
        assertThat(read.problems()).extracting(ImportProblem::message)
                .containsExactly("__MACOSX/p/._pack.yaml: left out (not part of a pack)", "p/.DS_Store: left out (not part of a pack)");
    }

    @Test
    void everyFileThatIsNotUtf8IsNamed() {
        Map<String, byte[]> entries = entries("p/pack.yaml", "id: p\n");
        entries.put("p/lessons/01-a.md", new byte[] {'c', 'a', 'f', (byte) 0xE9});
        entries.put("p/questions/b.yaml", new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', 0});
        assertThatThrownBy(() -> PackZipFiles.read(entries)).isInstanceOfSatisfying(ImportFailure.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::message).containsExactly(
                        "p/lessons/01-a.md: not valid UTF-8; save the file as UTF-8",
                        "p/questions/b.yaml: not valid UTF-8; save the file as UTF-8"));
    }

    @Test
    void formatsAreNamedAsInUrls() {
        assertThat(TransferFormat.of("moodle-xml").exchange()).isEqualTo(ExchangeFormat.MOODLE_XML);
        assertThat(TransferFormat.keys()).isEqualTo("zip|gift|aiken|moodle-xml|qti");
        assertThatThrownBy(() -> TransferFormat.of("xlsx")).hasMessage("Unknown format 'xlsx': use format=zip|gift|aiken|moodle-xml|qti.");
        assertThatThrownBy(() -> TransferFormat.of(null)).hasMessage("Say which format: use format=zip|gift|aiken|moodle-xml|qti.");
    }
}

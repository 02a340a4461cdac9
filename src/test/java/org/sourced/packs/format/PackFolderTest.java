package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourced.support.PackFiles;

/** Finding packs on disk: the three layouts `validate` accepts, editor droppings, files that are not UTF-8. */
class PackFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aContentDirWithAPacksFolder() {
        PackFiles.copy(PackFiles.TINY, tmp.resolve("packs/tiny"));
        PackFiles.copy(PackFiles.TINY, tmp.resolve("packs/another"));
        assertThat(PackFolder.readAll(tmp)).extracting(PackFolder.Found::prefix).containsExactly("packs/another/", "packs/tiny/");
        assertThat(PackFolder.readAll(tmp)).allSatisfy(f -> assertThat(f.result().ok()).isTrue());
    }

    @Test
    void aFolderOfPacksAndASinglePack() {
        PackFiles.copy(PackFiles.TINY, tmp.resolve("tiny"));
        assertThat(PackFolder.readAll(tmp)).singleElement().extracting(PackFolder.Found::prefix).isEqualTo("tiny/");
        assertThat(PackFolder.readAll(tmp.resolve("tiny"))).singleElement().satisfies(f -> {
            assertThat(f.prefix()).isEqualTo("tiny/");
            assertThat(f.result().pack().orElseThrow().questions()).hasSize(5);
        });
    }

    @Test
    void anEmptyOrMissingContentDirHoldsNoPack() {
        assertThat(PackFolder.readAll(tmp)).isEmpty();
        assertThat(PackFolder.readAll(tmp.resolve("nowhere"))).isEmpty();
    }

    @Test
    void hiddenFilesAreIgnoredAndDoNotChangeTheHash() throws IOException {
        Path pack = tmp.resolve("tiny");
        PackFiles.copy(PackFiles.TINY, pack);
        String before = PackFolder.readOne(pack, "tiny/").result().pack().orElseThrow().contentHash();
        Files.writeString(pack.resolve(".DS_Store"), "binary junk");
        Files.createDirectories(pack.resolve(".git"));
        Files.writeString(pack.resolve(".git/HEAD"), "ref: refs/heads/main");
        Files.writeString(pack.resolve("questions/.basics.yaml.swp"), "swap");

        PackReader.Result result = PackFolder.readOne(pack, "tiny/").result();

        assertThat(result.problems()).isEmpty();
        assertThat(result.pack().orElseThrow().files()).doesNotContainKeys(".DS_Store", ".git/HEAD", "questions/.basics.yaml.swp");
        assertThat(result.pack().orElseThrow().contentHash()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithTheOtherProblems() throws IOException {
        Path pack = tmp.resolve("tiny");
        PackFiles.copy(PackFiles.TINY, pack);
        Files.write(pack.resolve("lessons/03-cafe.md"), "---\nid: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(pack.resolve("pack.yaml"), Files.readString(pack.resolve("pack.yaml")) + "colour: blue\n");

        PackReader.Result result = PackFolder.readOne(pack, "tiny/").result();

        assertThat(result.pack()).isEmpty();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "tiny/lessons/03-cafe.md:1: not valid UTF-8: save the file as UTF-8",
                "tiny/pack.yaml:30: unknown key 'colour' in pack.yaml (allowed: authors, id, language, licence, objectives, scoring, "
                        + "sets, sources, summary, title, version)");
    }
}

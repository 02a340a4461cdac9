package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the writer writes, the reader reads back as the same records: the property authoring and imports rely on. */
class PackWriterTest {

    private static PackContent shipped() {
        PackFolder.Found found = PackFolder.readOne(Path.of("content/packs/csto-armenia"), "csto-armenia/");
        assertThat(found.result().problems()).isEmpty();
        return found.result().pack().orElseThrow();
    }

    @Test
    void theShippedPackSurvivesAWriteAndReadUnchanged() {
        PackContent original = shipped();
        Map<String, String> files = PackWriter.write(original.manifest(), original.lessons(), original.questions(), Map.of());

        PackReader.Result again = PackReader.read(files, "rewritten/");

        assertThat(again.problems()).isEmpty();
        PackContent copy = again.pack().orElseThrow();
        assertThat(copy.manifest()).isEqualTo(original.manifest());
        assertThat(copy.lessons()).containsExactlyInAnyOrderElementsOf(original.lessons());
        assertThat(copy.questions()).containsExactlyInAnyOrderElementsOf(original.questions());
    }

    @Test
    void textThatLooksLikeOtherYamlTypesStaysText() {
        PackContent original = shipped();
        Manifest tricky = new Manifest("tricky", "yes", "1.0: a summary with a colon", "no", "2.10", "true", java.util.List.of("null"),
                original.manifest().objectives(), original.manifest().sources(), java.util.List.of(), original.manifest().scoring());
        String yaml = PackWriter.manifest(tricky);
        Map<String, String> files = new java.util.TreeMap<>(original.files());
        files.put("pack.yaml", yaml);
        files.keySet().removeIf(p -> p.startsWith("lessons/"));
        files.keySet().removeIf(p -> p.startsWith("questions/") && !p.endsWith("membership.yaml"));

        PackReader.Result read = PackReader.read(files, "tricky/");

        assertThat(read.draft().manifest().title()).isEqualTo("yes");
        assertThat(read.draft().manifest().summary()).isEqualTo("1.0: a summary with a colon");
        assertThat(read.draft().manifest().version()).isEqualTo("2.10");
        assertThat(read.draft().manifest().authors()).containsExactly("null");
    }

    @Test
    void aMissingExplanationReadsBackAsTheProblemItIsNotAsTheWordNull() {
        PackContent original = shipped();
        Question first = original.questions().get(0);
        Question unexplained = new Question(first.id(), first.type(), first.stem(), first.claim(), first.verdict(), first.choices(), null,
                first.evidence(), first.objective(), first.difficulty(), first.points(), first.tags());
        Map<String, String> files = PackWriter.write(original.manifest(), original.lessons(), java.util.List.of(unexplained), Map.of());

        PackReader.Result read = PackReader.read(files, "unexplained/");

        assertThat(read.problems()).extracting(Problem::message).contains("'explanation' is empty");
        assertThat(read.draft().questions()).allSatisfy(q -> assertThat(q.explanation()).isNotEqualTo("null"));
    }
}

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

    /**
     * A draft imported from an LMS holds questions without an explanation. Saving any question of its file
     * rewrites them all: a missing explanation must stay missing (and flagged), not come back as the text "null".
     */
    @Test
    void aQuestionWithoutAnExplanationIsStillFlaggedAfterAWriteAndRead() {
        PackContent original = shipped();
        Question q = original.questions().stream().filter(x -> x.objective().equals("membership")).findFirst().orElseThrow();
        Question unexplained = new Question(q.id(), q.type(), q.stem(), q.claim(), q.verdict(), q.choices(), null, q.evidence(),
                q.objective(), q.difficulty(), q.points(), q.tags());
        Map<String, String> files = new java.util.TreeMap<>(original.files());
        files.keySet().removeIf(p -> p.startsWith("lessons/") || p.startsWith("questions/"));
        files.put("questions/membership.yaml", PackWriter.questions(java.util.List.of(unexplained)));

        PackReader.Result read = PackReader.read(files, "unexplained/");

        assertThat(read.draft().question(q.id()).orElseThrow().explanation()).isNull();
        assertThat(read.problems()).extracting(Problem::message).contains("'explanation' is empty");
    }

    /** Issue 10: feedback on the whole response and hints from an LMS are written and read back, every type. */
    @Test
    void responseFeedbackAndHintsSurviveAWriteAndRead() {
        PackContent original = shipped();
        java.util.List<Question> withFeedback = original.questions().stream()
                .map(q -> q.withResponseFeedback(new ResponseFeedback("Right, " + q.id() + ".",
                        q.type() == QuestionType.MULTIPLE ? "Partly." : null, "No: true: false", java.util.List.of("Read Art. 4.", "- a dash"))))
                .toList();
        Map<String, String> files = PackWriter.write(original.manifest(), original.lessons(), withFeedback, Map.of());

        PackReader.Result again = PackReader.read(files, "feedback/");

        assertThat(again.problems()).isEmpty();
        assertThat(again.pack().orElseThrow().questions()).containsExactlyInAnyOrderElementsOf(withFeedback);
        assertThat(files.values()).anyMatch(f -> f.contains("response-feedback:") && f.contains("partially-correct: Partly."));
    }

    @Test
    void anUnknownResponseFeedbackKeyIsAProblemWithItsLine() {
        Map<String, String> files = new java.util.TreeMap<>(shipped().files());
        String file = files.keySet().stream().filter(p -> p.startsWith("questions/")).findFirst().orElseThrow();
        files.put(file, files.get(file).replaceFirst("\n  explanation:", "\n  response-feedback:\n    right: Yes.\n  explanation:"));

        PackReader.Result read = PackReader.read(files, "");

        assertThat(read.problems()).extracting(Problem::message).anyMatch(m -> m.contains("right"));
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
}

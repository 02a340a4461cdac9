package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.support.PackFiles.lineOf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sourced.support.PackFiles;

/** Issue 16 item 5: evidence-choice items read, refused with their file and line, written back, linted. */
class EvidenceChoiceFormatTest {

    static final String FILE = "questions/evidence.yaml";

    /** The tiny pack, the treaty counted in 11 articles, and one evidence-choice question in a file of its own. */
    static Map<String, String> pack(String questions) {
        Map<String, String> files = new TreeMap<>(PackFiles.read(PackFiles.TINY));
        files.put("pack.yaml", files.get("pack.yaml").replace("    url: https://en.odkb-csto.org/\n",
                "    url: https://en.odkb-csto.org/\n    counting: {unit: article, count: 11, rule: Articles as numbered in the treaty.}\n"));
        files.put(FILE, questions);
        return files;
    }

    static final String VALID = """
            - id: which-article
              type: evidence-choice
              objective: basics
              difficulty: 2
              stem: Which passage establishes this claim?
              claim: An attack on one member counts as an attack on all.
              choices:
                - id: art-4
                  correct: true
                  evidence: {source: treaty, locator: Art. 4, note: Aggression against one member is aggression against all.}
                  feedback: Yes, that is the collective defence clause.
                - id: art-2
                  correct: false
                  evidence: {source: treaty, locator: Art. 2, note: Members consult when one of them is threatened.}
                - id: comment
                  correct: false
                  evidence: {source: comment, locator: whole comment, note: A reader says the treaty means nothing.}
                - id: not-evidence
                  correct: false
                  text: None of these passages establishes it.
              explanation: Article 4 is the clause; Article 2 only asks for consultations.
              evidence:
                - {source: treaty, locator: Art. 4, note: The collective defence clause.}
            """;

    static PackReader.Result read(String questions) {
        return PackReader.read(pack(questions), "packs/tiny/");
    }

    static List<String> problems(String questions) {
        return read(questions).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void anEvidenceChoiceQuestionReadsWithItsEvidenceEntriesAsChoices() {
        PackReader.Result result = read(VALID);

        assertThat(result.problems()).isEmpty();
        Question q = result.pack().orElseThrow().question("which-article").orElseThrow();
        assertThat(q.type()).isEqualTo(QuestionType.EVIDENCE_CHOICE);
        assertThat(q.type().manyAnswers()).isTrue();
        assertThat(q.claim()).isEqualTo("An attack on one member counts as an attack on all.");
        assertThat(q.correctChoiceIds()).containsExactly("art-4");
        Choice key = q.choice("art-4").orElseThrow();
        assertThat(key.evidence()).isEqualTo(new Evidence("treaty", "Art. 4", "Aggression against one member is aggression against all."));
        assertThat(key.text()).isEqualTo(key.evidence().note());
        assertThat(key.feedback()).isEqualTo("Yes, that is the collective defence clause.");
        Choice plain = q.choice("not-evidence").orElseThrow();
        assertThat(plain.evidence()).isNull();
        assertThat(plain.text()).isEqualTo("None of these passages establishes it.");
    }

    @Test
    void aChoiceCitingAnUnknownSourceIsAProblemAtItsLine() {
        String text = VALID.replace("{source: comment, locator: whole comment", "{source: blog, locator: whole comment");

        assertThat(problems(text)).containsExactly("packs/tiny/" + FILE + ":" + lineOf(text, "source: blog")
                + ": unknown source 'blog' (not in pack.yaml's sources)");
    }

    @Test
    void aChoiceLocatorPastTheSourcesCountIsAProblemAtItsLine() {
        String text = VALID.replace("locator: Art. 2,", "locator: Art. 12,");

        assertThat(problems(text)).containsExactly("packs/tiny/" + FILE + ":" + lineOf(text, "Art. 12")
                + ": locator 'Art. 12' points past treaty: pack.yaml counts 11 articles, numbered from 1");
    }

    @Test
    void aChoiceLocatorInTheWrongUnitIsAProblem() {
        String text = VALID.replace("locator: Art. 2,", "locator: para. 2,");

        assertThat(problems(text)).singleElement().asString().contains(FILE + ":" + lineOf(text, "para. 2"))
                .contains("counts paragraphs, but pack.yaml counts treaty in articles");
    }

    @Test
    void aChoiceWithBothTextAndEvidenceIsRefused() {
        String text = VALID.replace("      correct: true\n", "      correct: true\n      text: Article 4.\n");

        assertThat(problems(text)).containsExactly("packs/tiny/" + FILE + ":" + lineOf(text, "text: Article 4.")
                + ": choice 'art-4' has both text and evidence: an evidence choice's words are its note");
    }

    @Test
    void aChoiceWithNeitherTextNorEvidenceIsRefused() {
        String text = VALID.replace("      text: None of these passages establishes it.\n", "");

        assertThat(problems(text)).singleElement().asString()
                .startsWith("packs/tiny/" + FILE + ":" + lineOf(text, "id: not-evidence") + ": choice 'not-evidence' needs evidence");
    }

    @Test
    void anEvidenceEntryWithoutANoteIsRefused() {
        String text = VALID.replace(", note: Members consult when one of them is threatened.}", "}");

        assertThat(problems(text)).singleElement().asString()
                .startsWith("packs/tiny/" + FILE + ":" + lineOf(text, "locator: Art. 2}"))
                .contains("note");
    }

    @Test
    void aQuestionWithNoCorrectChoiceIsRefusedAtItsChoices() {
        String text = VALID.replace("      correct: true\n", "      correct: false\n");

        assertThat(problems(text)).containsExactly("packs/tiny/" + FILE + ":" + lineOf(text, "choices:")
                + ": an evidence-choice question needs at least one correct choice");
    }

    @Test
    void aQuestionWhoseChoicesAreAllPlainTextIsRefused() {
        String text = """
                - id: no-evidence
                  type: evidence-choice
                  objective: basics
                  difficulty: 1
                  stem: Which passage establishes it?
                  choices:
                    - {id: a, text: Article 4., correct: true}
                    - {id: b, text: Article 2., correct: false}
                  explanation: Article 4.
                  evidence:
                    - {source: treaty, locator: Art. 4, note: The clause.}
                """;

        assertThat(problems(text)).containsExactly("packs/tiny/" + FILE + ":" + lineOf(text, "choices:")
                + ": an evidence-choice question needs at least one choice that is an evidence entry");
    }

    @Test
    void aStemIsRequiredAndOrderingKeysAreNotAllowed() {
        String text = VALID.replace("  stem: Which passage establishes this claim?\n", "  items: []\n");

        assertThat(problems(text)).anyMatch(p -> p.contains("stem")).anyMatch(p -> p.contains("items"));
    }

    @Test
    void theWriterWritesItBackAsTheSameRecordWithoutAnchors() {
        PackContent original = read(VALID).pack().orElseThrow();
        Question q = original.question("which-article").orElseThrow();

        String written = PackWriter.questions(List.of(q, q.withResponseFeedback(ResponseFeedback.NONE)));
        Map<String, String> files = pack(PackWriter.questions(List.of(q)));
        PackReader.Result again = PackReader.read(files, "again/");

        assertThat(again.problems()).isEmpty();
        assertThat(again.pack().orElseThrow().question("which-article")).contains(q);
        assertThat(written).doesNotContain("&id").doesNotContain("*id");
        assertThat(files.get(FILE)).contains("  - id: art-4\n        evidence:\n          source: treaty\n          locator: Art. 4\n")
                .contains("text: None of these passages establishes it.")
                .doesNotContain("text: Aggression against one member");
    }

    @Test
    void theLinterWarnsWhenEveryEvidenceChoiceItemHasTheSameNumberOfKeys() {
        StringBuilder three = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            three.append(VALID.replace("id: which-article", "id: which-article-" + i));
        }
        PackContent pack = read(three.toString()).pack().orElseThrow();

        assertThat(CueLinter.lint(pack, "packs/tiny/")).extracting(Problem::message)
                .contains("warning: every one of the 3 evidence-choice items has 1 correct choices: vary the number, so that it cannot be guessed");
    }
}

package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.PackReader;

/** The workbench's rules without Quarkus: problems in a teacher's words, the evidence pass's order, bulk edits. */
class WorkbenchRulesTest {

    private static final String MANIFEST = """
            id: wb
            title: WB
            summary: ''
            language: en
            version: "1"
            licence: CC0
            authors: [A]
            objectives:
              - id: basics
                title: Basics
              - id: later
                title: Later
            sources:
              - id: treaty
                kind: primary
                title: Treaty
                publisher: CSTO
                published: 1992-05-15
                counting:
                  unit: paragraph
                  count: 3
                  rule: one per line
            """;

    private static final String QUESTIONS = """
            - id: done
              type: true-false
              stem: The treaty was signed in 1992.
              objective: basics
              choices:
                - {id: 'true', text: 'True', correct: true}
                - {id: 'false', text: 'False', correct: false}
              explanation: It says so.
              evidence:
                - {source: treaty, locator: para. 1, note: The date.}
            - id: bare
              type: true-false
              stem: The treaty was signed in Tashkent.
              objective: basics
              choices:
                - {id: 'true', text: 'True', correct: true}
                - {id: 'false', text: 'False', correct: false}
              explanation: It says so.
              evidence: []
            - id: far
              type: true-false
              stem: The treaty has three articles.
              objective: basics
              choices:
                - {id: 'true', text: 'True', correct: false}
                - {id: 'false', text: 'False', correct: true}
              explanation: It has more.
              evidence:
                - {source: treaty, locator: para. 9, note: Past the end.}
            - id: unexplained
              type: true-false
              stem: Article 4 is about collective defence.
              objective: basics
              choices:
                - {id: 'true', text: 'True', correct: true}
                - {id: 'false', text: 'False', correct: false}
              explanation: ''
              evidence:
                - {source: treaty, locator: para. 2, note: Article 4.}
            """;

    private static Workspace workspace() {
        return new Workspace("wb", Map.of(PackReader.MANIFEST, MANIFEST, "questions/basics.yaml", QUESTIONS));
    }

    @Test
    void readerMessagesBecomeWhatATeacherDoesAndWhere() {
        ProblemWords.Words evidence = ProblemWords.of("a question needs at least one evidence item {source, locator, note}");
        assertThat(evidence.field()).isEqualTo(ProblemWords.Field.EVIDENCE);
        assertThat(evidence.field().fixedInPass()).isTrue();
        assertThat(evidence.text().english()).isEqualTo("add evidence: a passage of a source that backs the key");

        ProblemWords.Words past = ProblemWords.of("locator 'para. 9' points past treaty: pack.yaml counts 3 paragraphs");
        assertThat(past.text().english()).isEqualTo("the locator 'para. 9' goes past the end of treaty");

        ProblemWords.Words objective = ProblemWords.of("unknown objective 'x' (pack.yaml defines: basics)");
        assertThat(objective.field()).isEqualTo(ProblemWords.Field.OBJECTIVE);
        assertThat(objective.anchor()).isEqualTo("objective");
        assertThat(objective.field().fixedInPass()).isFalse();

        assertThat(ProblemWords.of("'explanation' is empty").field()).isEqualTo(ProblemWords.Field.EXPLANATION);
        ProblemWords.Words empty = ProblemWords.of("'stem' is empty");
        assertThat(empty.anchor()).isEqualTo("stem");
        assertThat(ProblemWords.of("stem has 900 characters; at most 800 fit").text().english())
                .isEqualTo("shorten the stem: at most 800 characters fit");

        ProblemWords.Words unknown = ProblemWords.of("something the rules do not know");
        assertThat(unknown.field()).isEqualTo(ProblemWords.Field.OTHER);
        assertThat(unknown.text().english()).isEqualTo("something the rules do not know");
    }

    @Test
    void thePassWalksQuestionsWithoutEvidenceOrWithRefusedEvidenceOrWithoutExplanationInPackOrder() {
        Workspace w = workspace();
        assertThat(EvidencePass.flagged(w)).containsExactly("bare", "far", "unexplained");
        assertThat(EvidencePass.after(w, "bare")).contains("far");
        assertThat(EvidencePass.after(w, "unexplained")).as("round again to a skipped one").contains("bare");
        assertThat(EvidencePass.after(w, "done")).as("from a question not in the pass: the next one below it").contains("bare");
    }

    @Test
    void aStepIsCheckedByTheEditorsRulesAndANewSourceGetsAFreeId() {
        assertThat(EvidenceStep.freeId("Treaty", Set.of("treaty"))).isEqualTo("treaty-2");
        assertThat(EvidenceStep.freeId("Le Monde, 3 May", Set.of())).isEqualTo("le-monde-3-may");
        assertThat(EvidenceStep.freeId("???", Set.of())).isEqualTo("source");

        Workspace w = workspace();
        EvidenceStep noSource = new EvidenceStep("", "para. 1", "A note.", EvidenceStep.blank(List.of(), w.question("bare").orElseThrow())
                .newSource(), null);
        assertThat(noSource.validate(w.sourceIds()).all()).containsOnlyKeys("source");
        EvidenceStep unknown = new EvidenceStep("nowhere", "", "", noSource.newSource(), "");
        assertThat(unknown.validate(w.sourceIds()).all()).containsOnlyKeys("source", "locator", "note", "explanation");
        EvidenceStep newSource = new EvidenceStep(EvidenceStep.NEW, "para. 1", "A note.",
                new SourcesForm.Row(0, "atlas", "report", "Atlas", "", "not a date", "", false, false), null);
        assertThat(newSource.validate(w.sourceIds()).all()).containsOnlyKeys("new-publisher", "new-published");
    }

    @Test
    void aBulkEditRewritesOnlyTheFilesOfTheSelectedQuestions() {
        Workspace w = workspace();
        BulkEdit.Outcome outcome = new BulkEdit(List.of("bare", "far"), BulkEdit.OBJECTIVE, "later", List.of(), "").apply(w);
        assertThat(outcome.errors().isEmpty()).isTrue();
        Map<String, String> files = outcome.change().orElseThrow().files();
        assertThat(files).containsOnlyKeys("questions/basics.yaml");
        Workspace after = new Workspace("wb", Map.of(PackReader.MANIFEST, MANIFEST, "questions/basics.yaml", files.get("questions/basics.yaml")));
        assertThat(after.question("bare").orElseThrow().objective()).isEqualTo("later");
        assertThat(after.question("far").orElseThrow().objective()).isEqualTo("later");
        assertThat(after.question("done").orElseThrow().objective()).isEqualTo("basics");
        assertThat(outcome.change().orElseThrow().what().english()).isEqualTo("Set the objective (Later)");
    }

    @Test
    void aBulkCitationIsRefusedWholeWhenOneLocatorGoesPastItsSource() {
        Workspace w = workspace();
        BulkEdit.Outcome outcome = new BulkEdit(List.of("bare", "unexplained"), BulkEdit.CITE, "treaty", List.of("para. 2", "para. 7"),
                "Both.").apply(w);
        assertThat(outcome.change()).isEmpty();
        assertThat(outcome.errors().get("locators")).contains("unexplained", "para. 7", "goes past the end of treaty");

        BulkEdit.Outcome ok = new BulkEdit(List.of("bare", "unexplained"), BulkEdit.CITE, "treaty", List.of("para. 2", "para. 3"),
                "Both.").apply(w);
        assertThat(ok.change()).isPresent();
    }

    @Test
    void badValuesAreRefusedWithTheFieldTheyBelongTo() {
        Workspace w = workspace();
        assertThat(new BulkEdit(List.of("bare"), BulkEdit.DIFFICULTY, "4", List.of(), "").apply(w).errors().all()).containsOnlyKeys("value");
        assertThat(new BulkEdit(List.of("bare"), BulkEdit.POINTS, "0", List.of(), "").apply(w).errors().all()).containsOnlyKeys("value");
        assertThat(new BulkEdit(List.of("bare"), BulkEdit.TAGS, "Bad Tag!", List.of(), "").apply(w).errors().all()).containsOnlyKeys("value");
        assertThat(new BulkEdit(List.of("bare"), "rename", "x", List.of(), "").apply(w).errors().all()).containsOnlyKeys("bulk");
        assertThat(new BulkEdit(List.of(), BulkEdit.POINTS, "2", List.of(), "").apply(w).errors().all()).containsOnlyKeys("q");
        BulkEdit tags = new BulkEdit(List.of("bare"), BulkEdit.TAGS, "unit-1, core", List.of(), "");
        String written = tags.apply(w).change().orElseThrow().files().get("questions/basics.yaml");
        Workspace after = new Workspace("wb", Map.of(PackReader.MANIFEST, MANIFEST, "questions/basics.yaml", written));
        assertThat(after.question("bare").orElseThrow().tags()).containsExactly("unit-1", "core");
    }
}

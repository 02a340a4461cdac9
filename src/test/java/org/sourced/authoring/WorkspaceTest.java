package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Problem;
import org.sourced.web.i18n.UiText;

/** How the editor sees a draft with problems: where questions are, what it may rewrite, where a problem is fixed. */
class WorkspaceTest {

    private static final String MANIFEST = """
            id: w
            title: W
            summary: ''
            language: en
            version: "1"
            licence: CC0
            authors: [A]
            objectives:
              - id: basics
                title: Basics
            sources:
              - id: treaty
                kind: primary
                title: Treaty
                publisher: CSTO
                published: 1992-05-15
            sets:
              - id: core
                title: Core
                tag: nothing-has-it
            """;

    private static final String GOOD_QUESTIONS = """
            - id: one
              type: true-false
              objective: basics
              difficulty: 1
              stem: Is it?
              answer: true
              explanation: It is.
              evidence:
                - {source: treaty, locator: Art. 1, note: Says so.}
            - id: two
              type: true-false
              objective: elsewhere
              difficulty: 1
              stem: Is it not?
              answer: false
              explanation: It is not.
              evidence:
                - {source: treaty, locator: Art. 2, note: Says so.}
            """;

    private static final String BROKEN_QUESTIONS = """
            - id: three
              type: guess
              objective: basics
            - just a string
            """;

    private static Workspace workspace() {
        Map<String, String> files = new TreeMap<>();
        files.put("pack.yaml", MANIFEST);
        files.put("questions/good.yaml", GOOD_QUESTIONS);
        files.put("questions/broken.yaml", BROKEN_QUESTIONS);
        files.put("lessons/01-intro.md", "---\nid: intro\ntitle: Intro\nobjective: nope\n---\nText.\n");
        files.put("notes.txt", "stray");
        return new Workspace("w", files);
    }

    @Test
    void questionsAreFoundInTheirFilesWithTheirLines() {
        Workspace w = workspace();

        assertThat(w.places().of("two").orElseThrow()).isEqualTo(new QuestionPlaces.Place("questions/good.yaml", 10));
        assertThat(w.places().questionAt("questions/good.yaml", 12)).contains("two");
        assertThat(w.places().questionAt("questions/good.yaml", 9)).contains("one");
        assertThat(w.questionsIn("questions/good.yaml")).extracting(q -> q.id()).containsExactly("one", "two");
    }

    @Test
    void onlyFilesReadWholeMayBeRewrittenFromRecords() {
        Workspace w = workspace();

        assertThat(w.canRewrite("questions/good.yaml")).isTrue();
        assertThat(w.canRewrite("questions/broken.yaml")).isFalse();
        assertThat(w.canRewrite("questions/new.yaml")).isTrue();
        assertThat(w.fileForNewQuestion("basics")).isEqualTo("questions/good.yaml");
        assertThat(w.fileForNewQuestion("other")).isEqualTo("questions/other.yaml");
    }

    @Test
    void eachProblemLinksToWhereItIsFixed() {
        Workspace w = workspace();
        Map<String, String> hrefs = new TreeMap<>();
        for (Problem p : w.problems()) {
            hrefs.put(p.toString(), w.href(p));
        }

        assertThat(hrefs).anySatisfy((text, href) -> {
            assertThat(text).contains("w/questions/good.yaml:12", "unknown objective 'elsewhere'");
            assertThat(href).isEqualTo("/teach/packs/w/questions/two");
        });
        assertThat(hrefs).anySatisfy((text, href) -> {
            assertThat(text).contains("w/lessons/01-intro.md", "unknown objective 'nope'");
            assertThat(href).isEqualTo("/teach/packs/w/lessons/intro");
        });
        assertThat(hrefs).anySatisfy((text, href) -> {
            assertThat(text).contains("'summary' is empty");
            assertThat(href).isEqualTo("/teach/packs/w#metadata");
        });
        assertThat(hrefs).anySatisfy((text, href) -> {
            assertThat(text).contains("set tag");
            assertThat(href).isEqualTo("/teach/packs/w/files/pack.yaml");
        });
        assertThat(hrefs).anySatisfy((text, href) -> {
            assertThat(text).contains("questions/broken.yaml", "unknown question type");
            assertThat(href).isEqualTo("/teach/packs/w/files/questions/broken.yaml");
        });
        assertThat(hrefs).anySatisfy((text, href) -> {
            assertThat(text).contains("notes.txt");
            assertThat(href).isEqualTo("/teach/packs/w/files/notes.txt");
        });
        assertThat(w.problemsOfQuestion("two")).hasSize(1);
    }

    @Test
    void packYamlProblemsPointAtTheFormOfTheirSection() {
        assertThat(Workspace.topLevelKeyAt(MANIFEST, 10)).isEqualTo("objectives");
        assertThat(Workspace.topLevelKeyAt(MANIFEST, 15)).isEqualTo("sources");
        assertThat(Workspace.topLevelKeyAt(MANIFEST, 2)).isEqualTo("title");
        assertThat(Workspace.topLevelKeyAt("id: [", 1)).isEmpty();
    }

    @Test
    void usedObjectivesAndSourcesNameTheirFirstUser() {
        Workspace w = workspace();
        assertThat(english(w.objectiveUsers())).containsEntry("nope", "lesson 'intro'").containsEntry("basics", "question 'three'");
        assertThat(english(w.sourceUsers())).containsEntry("treaty", "question 'one'");
    }

    private static Map<String, String> english(Map<String, UiText> users) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        users.forEach((id, user) -> out.put(id, user.english()));
        return out;
    }
}

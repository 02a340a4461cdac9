package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sourced.support.PackFiles;

/** Each rule of the cue linter (issue 15), on packs built to break exactly one rule, and the shipped pack clean. */
class CueLinterTest {

    static final String HEAD = """
            id: cues
            title: Cues
            summary: A pack to lint.
            language: en
            version: "1"
            licence: CC0
            authors: [T]
            objectives: [{id: o, title: O}]
            sources: [{id: s, kind: report, title: S, publisher: P, published: 2024-01-01}]
            """;

    /** A single-choice item with four choices; {@code key} is the index of the correct one, {@code keyText} its text. */
    static String single(String id, int key, String keyText) {
        StringBuilder y = new StringBuilder("- id: " + id + "\n  type: single\n  objective: o\n  difficulty: 1\n  stem: Q?\n  choices:\n");
        for (int i = 0; i < 4; i++) {
            y.append("    - {id: ").append((char) ('a' + i)).append(", text: \"")
                    .append(i == key ? keyText : "Distractor number " + i).append("\", correct: ").append(i == key).append("}\n");
        }
        return y.append("  explanation: E.\n  evidence: [{source: s, locator: para. 1, note: N.}]\n").toString();
    }

    static String multiple(String id, boolean... correct) {
        StringBuilder y = new StringBuilder("- id: " + id + "\n  type: multiple\n  objective: o\n  difficulty: 1\n  stem: Q?\n  choices:\n");
        for (int i = 0; i < correct.length; i++) {
            y.append("    - {id: ").append((char) ('a' + i)).append(", text: Choice ").append(i).append(", correct: ").append(correct[i]).append("}\n");
        }
        return y.append("  explanation: E.\n  evidence: [{source: s, locator: para. 1, note: N.}]\n").toString();
    }

    static String trueFalse(String id, boolean answer) {
        return "- id: " + id + "\n  type: true-false\n  objective: o\n  difficulty: 1\n  stem: S.\n  answer: " + answer
                + "\n  explanation: E.\n  evidence: [{source: s, locator: para. 1, note: N.}]\n";
    }

    static String claim(String id, String verdict) {
        return "- id: " + id + "\n  type: claim-check\n  objective: o\n  difficulty: 1\n  claim: C.\n  verdict: " + verdict
                + "\n  explanation: E.\n  evidence: [{source: s, locator: para. 1, note: N.}]\n";
    }

    static List<Problem> lint(String questions) {
        Map<String, String> files = new TreeMap<>(Map.of(PackReader.MANIFEST, HEAD, "questions/q.yaml", questions));
        PackReader.Result r = PackReader.read(files, "packs/cues/");
        assertThat(r.problems()).as("the test pack must be valid").isEmpty();
        return CueLinter.lint(r.pack().orElseThrow(), "packs/cues/");
    }

    /** Single-choice items whose key rotates a-b-c-d, of which the first {@code longest} have the longest key. */
    static String balancedSingles(int n, int longest) {
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < n; i++) {
            y.append(single(String.format("s%02d", i), i % 4, i < longest ? "A key much longer than any distractor here" : "Short key"));
        }
        return y.toString();
    }

    @Test
    void theShippedPackHasNoCueWarning() {
        PackContent pack = PackReader.read(PackFiles.read(PackFiles.SHIPPED), "packs/csto-armenia/").pack().orElseThrow();

        assertThat(CueLinter.lint(pack, "packs/csto-armenia/")).isEmpty();
    }

    @Test
    void theKeyLongestInMoreThanAThirdOfSingleItemsIsWarnedAtEachSuchItem() {
        String questions = balancedSingles(12, 5);

        List<Problem> warnings = lint(questions);

        assertThat(warnings).hasSize(5).allSatisfy(w -> {
            assertThat(w.file()).isEqualTo("packs/cues/questions/q.yaml");
            assertThat(w.message()).contains("the key is the longest choice", "5 of 12");
        });
        assertThat(warnings.get(1).line()).isEqualTo(PackFiles.lineOf(questions, "- id: s01"));
        assertThat(lint(balancedSingles(12, 4))).as("a third exactly is allowed").isEmpty();
    }

    @Test
    void multipleAnswerItemsWithAlwaysTheSameNumberOfKeysAreWarned() {
        String same = multiple("m0", true, false, true, false, true) + multiple("m1", false, true, true, true, false)
                + multiple("m2", true, true, false, false, true);
        String varied = multiple("m0", true, false, true, false, true) + multiple("m1", false, true, false, true, false)
                + multiple("m2", true, true, false, true, true);

        assertThat(lint(same)).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("3 correct choices");
        });
        assertThat(lint(varied)).isEmpty();
    }

    @Test
    void aKeyPositionFarFromChanceIsWarned() {
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            y.append(single("s" + i, i % 2 == 0 ? 0 : 1 + (i / 2) % 3, "Short key"));
        }
        // a holds 6 keys where chance gives 3: over twice its share is not yet over; 9 of 12 is
        StringBuilder heavy = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            heavy.append(single("s" + i, i < 9 ? 0 : i - 8, "Short key"));
        }

        assertThat(lint(y.toString())).isEmpty();
        assertThat(lint(heavy.toString())).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("choice a (position 1) is correct 9 times", "single-choice"))
                .anySatisfy(m -> assertThat(m).contains("choice d (position 4) is correct 1 times"));
    }

    @Test
    void allOrNoneOfTheAboveIsWarnedInEachLanguage() {
        String questions = single("s0", 0, "None of the above") + single("s1", 1, "Все перечисленное") + single("s2", 2, "Plain")
                + single("s3", 3, "Plain");

        assertThat(lint(questions)).extracting(Problem::message)
                .filteredOn(m -> m.contains("all/none-of-the-above")).hasSize(2);
    }

    @Test
    void trueFalseAnswersThatLeanToOneSideAreWarned() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(trueFalse("t" + i, i == 0));
        }
        assertThat(lint(String.join("", items))).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("1 are true and 5 false"));
        items.set(1, trueFalse("t1", true));
        assertThat(lint(String.join("", items))).isEmpty();
    }

    @Test
    void claimCheckVerdictsOverHalfOrOneUnusedAreWarned() {
        String oneSided = claim("c0", "supported") + claim("c1", "supported") + claim("c2", "supported") + claim("c3", "refuted");
        String unused = claim("c0", "supported") + claim("c1", "supported") + claim("c2", "supported") + claim("c3", "refuted")
                + claim("c4", "refuted") + claim("c5", "refuted");
        String balanced = unused.replace("- id: c5\n  type: claim-check\n  objective: o\n  difficulty: 1\n  claim: C.\n  verdict: refuted",
                "- id: c5\n  type: claim-check\n  objective: o\n  difficulty: 1\n  claim: C.\n  verdict: not-in-evidence");

        assertThat(lint(oneSided)).singleElement().satisfies(w -> assertThat(w.message()).contains("supported 3"));
        assertThat(lint(unused)).singleElement().satisfies(w -> assertThat(w.message()).contains("not-in-evidence 0"));
        assertThat(lint(balanced)).isEmpty();
    }
}

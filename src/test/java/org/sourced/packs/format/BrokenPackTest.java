package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.support.PackFiles.lineOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourced.cli.ValidateCommand;
import org.sourced.support.PackFiles;

/**
 * A copy of the shipped pack with fourteen problems planted in it, each of a different kind. The checker must
 * report every one of them, at the file and line where it was planted, and nothing else.
 *
 * <p>The plants find their place by structure (the first question of a file, the second lesson) rather than by
 * wording, so the test keeps working while the pack's text is edited.
 */
class BrokenPackTest {

    static final String PREFIX = "packs/csto-armenia/";

    @TempDir
    Path content;
    Path pack;
    final List<Expected> expected = new ArrayList<>();

    /** A planted problem: where it must be reported, and what the message must say. */
    record Expected(String path, int line, String message) {
    }

    @BeforeEach
    void copyTheShippedPack() {
        pack = content.resolve("packs/csto-armenia");
        PackFiles.copy(PackFiles.SHIPPED, pack);
        assertThat(PackFolder.readAll(content)).singleElement()
                .satisfies(f -> assertThat(f.result().problems()).as("the unbroken copy must be valid").isEmpty());
    }

    @Test
    void everyPlantedProblemIsFoundAtItsFileAndLine() throws IOException {
        plantAll();

        List<PackFolder.Found> found = PackFolder.readAll(content);

        assertThat(found).hasSize(1);
        PackFolder.Found f = found.get(0);
        assertThat(f.prefix()).isEqualTo(PREFIX);
        assertThat(f.result().pack()).isEmpty();
        List<Problem> problems = f.result().problems();
        for (Expected e : expected) {
            assertThat(problems).as("planted: %s", e)
                    .filteredOn(p -> p.file().equals(PREFIX + e.path()) && p.line() == e.line() && p.message().contains(e.message()))
                    .hasSize(1);
        }
        assertThat(problems).as("only the planted problems").hasSize(expected.size());
    }

    @Test
    void validatePrintsEveryProblemAsFileLineMessageAndExitsOne() throws IOException {
        plantAll();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ValidateCommand.run(new String[] {"validate", content.toString()}, print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(expected.size() + 1);
        for (Expected e : expected) {
            String where = content.resolve(PREFIX + e.path()).normalize() + ":" + e.line() + ": ";
            assertThat(lines).as("printed: %s", e).filteredOn(l -> l.startsWith(where) && l.contains(e.message())).hasSize(1);
        }
        assertThat(lines.get(lines.size() - 1)).isEqualTo(expected.size() + " problem(s) in 1 of 1 pack(s)");
    }

    // ---- the plants ---------------------------------------------------------------------------------

    void plantAll() throws IOException {
        List<String> questions = files("questions");
        List<String> lessons = files("lessons");
        assertThat(questions).as("the shipped pack's question files").hasSizeGreaterThanOrEqualTo(3);
        assertThat(lessons).as("the shipped pack's lessons").hasSizeGreaterThanOrEqualTo(4);
        String q1 = questions.get(0);
        String q2 = questions.get(1);
        String q3 = questions.get(2);

        // 1. an unknown key in pack.yaml
        edit("pack.yaml", t -> t + "colour: blue\n");
        expect("pack.yaml", "colour: blue", "unknown key 'colour' in pack.yaml");

        // 2. malformed YAML, in a new question file
        write("questions/zz-notes.yaml", "- id: extra-question\n  type: single\n  stem: What: now?\n");
        expect("questions/zz-notes.yaml", "What: now?", "malformed YAML: mapping values are not allowed here");

        // 3. an unknown key in a question (the first of the first file)
        String firstId = questionId(read(q1), 0);
        edit(q1, t -> t.replace("- id: " + firstId + "\n", "- id: " + firstId + "\n  hint: none\n"));
        expect(q1, "hint: none", "unknown key 'hint' in a ");

        // 4. a missing key: the second question of the first file loses its difficulty
        String secondId = questionId(read(q1), 1);
        edit(q1, t -> inQuestion(t, 1, b -> b.replaceFirst("\n  difficulty: \\d\n", "\n")));
        expect(q1, "- id: " + secondId + "", "missing key 'difficulty' in a ");

        // 5. a duplicate question id, in another file
        edit(q3, t -> t + "\n- id: " + firstId + "\n  type: true-false\n  objective: " + objectiveOf(read(q3)) + "\n  difficulty: 1\n"
                + "  stem: A copy with a reused id.\n  answer: true\n  explanation: Planted.\n"
                + "  evidence:\n    - {source: csto-treaty-1992, locator: Art. 4, note: Planted.}\n");
        expect(q3, "- id: " + firstId, "duplicate question id '" + firstId + "' (first defined at " + PREFIX + q1 + ":"
                + lineOf(read(q1), "- id: " + firstId) + ")");

        // 6. a single-choice question with two correct choices (the first single question of the second file)
        int single = indexOfType(read(q2), "single");
        edit(q2, t -> inQuestion(t, single, b -> b.replaceFirst("\n      correct: false\n", "\n      correct: true\n")));
        String singleId = questionId(read(q2), single);
        expect(q2, () -> lineOf(read(q2), "- id: " + singleId, "  choices:"),
                "a single-choice question needs exactly one correct choice, not 2");

        // 7. evidence naming an unknown source (the last question of the second file)
        int last = questionCount(read(q2)) - 1;
        edit(q2, t -> inQuestion(t, last, b -> b.replaceFirst("source: [a-z0-9-]+", "source: no-such-source")));
        expect(q2, "no-such-source", "unknown source 'no-such-source'");

        // 8. missing evidence: the first question of the third file has an empty list
        edit(q3, t -> inQuestion(t, 0, BrokenPackTest::emptyEvidence));
        expect(q3, "evidence: []", "a question needs at least one evidence item");

        // 9. a checkpoint naming an unknown question, at the end of the second lesson
        edit(lessons.get(1), t -> t + "\n[[checkpoint: no-such-question]]\n");
        expect(lessons.get(1), "[[checkpoint: no-such-question]]", "checkpoint names unknown question 'no-such-question'");

        // 10. an unknown objective in a question (the first of the fourth file, or of the first)
        String q4 = questions.size() > 3 ? questions.get(3) : q1;
        int q4first = q4.equals(q1) ? 2 : 0;
        edit(q4, t -> inQuestion(t, q4first, b -> b.replaceFirst("\n  objective: [^\n]+\n", "\n  objective: geography\n")));
        expect(q4, "objective: geography", "unknown objective 'geography'");

        // 11. bad front matter: malformed YAML in the third lesson's, reported at the file's line
        edit(lessons.get(2), t -> t.replaceFirst("\nid: ([^\n]+)\n", "\nid: $1: broken\n"));
        expect(lessons.get(2), ": broken", "malformed YAML: mapping values are not allowed here");

        // 12. a lesson naming an unknown objective (the fourth lesson)
        edit(lessons.get(3), t -> t.replaceFirst("\nobjective: [^\n]+\n", "\nobjective: history\n"));
        expect(lessons.get(3), "objective: history", "unknown objective 'history'");

        // 13. a difficulty outside 1-3 (the second question of the third file)
        edit(q3, t -> inQuestion(t, 1, b -> b.replaceFirst("\n  difficulty: \\d\n", "\n  difficulty: 7\n")));
        expect(q3, "difficulty: 7", "'difficulty' must be between 1 and 3, not 7");

        // 14. a file that is not UTF-8
        Files.write(pack.resolve("questions/latin1.yaml"), "- id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        expect("questions/latin1.yaml", () -> 1, "not valid UTF-8");

        // lines are found once every plant is in, since a later plant may move an earlier one down
        for (Pending p : pending) {
            expected.add(new Expected(p.path(), p.line().find(), p.message()));
        }
    }

    interface LineFinder {
        int find() throws IOException;
    }

    record Pending(String path, LineFinder line, String message) {
    }

    final List<Pending> pending = new ArrayList<>();

    void expect(String path, String marker, String message) {
        pending.add(new Pending(path, () -> lineOf(read(path), marker), message));
    }

    void expect(String path, LineFinder line, String message) {
        pending.add(new Pending(path, line, message));
    }

    // ---- editing the copy --------------------------------------------------------------------------

    interface Change {
        String apply(String text) throws IOException;
    }

    List<String> files(String folder) throws IOException {
        try (Stream<Path> list = Files.list(pack.resolve(folder))) {
            return list.map(p -> folder + "/" + p.getFileName()).sorted().toList();
        }
    }

    String read(String path) throws IOException {
        return Files.readString(pack.resolve(path));
    }

    void write(String path, String text) throws IOException {
        Files.writeString(pack.resolve(path), text);
    }

    void edit(String path, Change change) throws IOException {
        String before = read(path);
        String after = change.apply(before);
        assertThat(after).as("the plant in %s changed nothing", path).isNotEqualTo(before);
        write(path, after);
    }

    private static final Pattern QUESTION_START = Pattern.compile("(?m)^- id: ([^\n]+)$");

    static List<int[]> blocks(String text) {
        List<int[]> starts = new ArrayList<>();
        Matcher m = QUESTION_START.matcher(text);
        while (m.find()) {
            starts.add(new int[] {m.start(), 0});
        }
        for (int i = 0; i < starts.size(); i++) {
            starts.get(i)[1] = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
        }
        return starts;
    }

    static int questionCount(String text) {
        return blocks(text).size();
    }

    static String questionId(String text, int index) {
        int[] b = blocks(text).get(index);
        Matcher m = QUESTION_START.matcher(text.substring(b[0], b[1]));
        assertThat(m.find()).isTrue();
        return m.group(1).strip();
    }

    static int indexOfType(String text, String type) {
        List<int[]> blocks = blocks(text);
        for (int i = 0; i < blocks.size(); i++) {
            if (text.substring(blocks.get(i)[0], blocks.get(i)[1]).contains("\n  type: " + type + "\n")) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " question");
    }

    static String objectiveOf(String text) {
        Matcher m = Pattern.compile("(?m)^  objective: ([^\n]+)$").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1).strip();
    }

    /** Applies {@code change} to the text of the question at {@code index} only. */
    static String inQuestion(String text, int index, java.util.function.UnaryOperator<String> change) {
        int[] b = blocks(text).get(index);
        return text.substring(0, b[0]) + change.apply(text.substring(b[0], b[1])) + text.substring(b[1]);
    }

    /** The question with its evidence list emptied: the 'evidence:' line becomes 'evidence: []', its items go. */
    static String emptyEvidence(String block) {
        List<String> out = new ArrayList<>();
        boolean inEvidence = false;
        for (String line : block.split("\n", -1)) {
            if (line.equals("  evidence:")) {
                out.add("  evidence: []");
                inEvidence = true;
            } else if (inEvidence && line.startsWith("    ")) {
                continue;
            } else {
                inEvidence = false;
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}

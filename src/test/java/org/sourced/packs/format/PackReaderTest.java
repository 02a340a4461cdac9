package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.support.PackFiles.lineOf;
import static org.sourced.support.PackFiles.replaceOnce;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sourced.support.PackFiles;

/**
 * The validator, one kind of problem at a time, each checked for its file, line and message. Every case
 * starts from the tiny fixture pack (valid) and breaks one thing in it.
 */
class PackReaderTest {

    static final String PREFIX = "packs/tiny/";
    static final String MANIFEST = "pack.yaml";
    static final String BASICS = "questions/basics.yaml";
    static final String READING = "questions/reading.yaml";
    static final String LESSON = "lessons/01-basics.md";

    static Map<String, String> tiny() {
        return new TreeMap<>(PackFiles.read(PackFiles.TINY));
    }

    /** The tiny pack with one file edited; the edited text is kept so a test can find the planted line. */
    static final class Broken {
        final Map<String, String> files = tiny();

        Broken edit(String path, UnaryOperator<String> change) {
            files.put(path, change.apply(files.get(path)));
            return this;
        }

        Broken put(String path, String text) {
            files.put(path, text);
            return this;
        }

        int line(String path, String marker) {
            return lineOf(files.get(path), marker);
        }

        PackReader.Result read() {
            return PackReader.read(files, PREFIX);
        }

        /** Reads and expects exactly one problem, returned for its line and message. */
        Problem only() {
            PackReader.Result result = read();
            assertThat(result.pack()).isEmpty();
            assertThat(result.problems()).hasSize(1);
            return result.problems().get(0);
        }
    }

    static void assertProblem(Problem p, String path, int line, String messagePart) {
        assertThat(p.file()).isEqualTo(PREFIX + path);
        assertThat(p.line()).as("line of: %s", p).isEqualTo(line);
        assertThat(p.message()).contains(messagePart);
        assertThat(p).hasToString(PREFIX + path + ":" + line + ": " + p.message());
    }

    @Nested
    class AValidPack {

        final PackReader.Result result = PackReader.read(tiny(), PREFIX);
        final PackContent pack = result.pack().orElseThrow(() -> new AssertionError(result.problems()));

        @Test
        void readsWithoutProblems() {
            assertThat(result.ok()).isTrue();
            assertThat(result.problems()).isEmpty();
            assertThat(pack.id()).isEqualTo("tiny");
            assertThat(pack.manifest().objectives()).extracting(Objective::id).containsExactly("basics", "reading");
            assertThat(pack.manifest().sources()).extracting(Source::kind).containsExactly(SourceKind.PRIMARY, SourceKind.COMMENT);
            assertThat(pack.manifest().source("treaty").orElseThrow().published()).hasToString("1992-05-15");
            assertThat(pack.manifest().sets()).containsExactly(new QuestionSet("core", "Core questions", "core"));
            assertThat(pack.manifest().scoring()).isEqualTo(new ScoringPolicy(true, false, false));
        }

        @Test
        void lessonsComeInFileOrderWithTheirCheckpoints() {
            assertThat(pack.lessons()).extracting(Lesson::id).containsExactly("basics", "reading");
            Lesson basics = pack.lesson("basics").orElseThrow();
            assertThat(basics.path()).isEqualTo(LESSON);
            assertThat(basics.sources()).containsExactly("treaty");
            assertThat(basics.checkpointIds()).containsExactly("signed-where");
            assertThat(basics.parts()).hasSize(3);
            assertThat(basics.parts().get(0).markdown()).isEqualTo("The treaty was signed in Tashkent in 1992.\n\n");
            assertThat(basics.parts().get(2).markdown()).startsWith("\n## Next section\nMore text.");
        }

        @Test
        void everyTypeAnswersWithChoiceIds() {
            Question single = pack.question("signed-where").orElseThrow();
            assertThat(single.correctChoiceIds()).containsExactly("a");
            assertThat(single.choice("b").orElseThrow().feedback()).isEqualTo("The treaty names Tashkent.");
            assertThat(single.points()).isEqualTo(1);
            assertThat(single.tags()).containsExactly("core");

            Question multiple = pack.question("which-articles").orElseThrow();
            assertThat(multiple.correctChoiceIds()).containsExactly("art2", "art4");
            assertThat(multiple.points()).isEqualTo(2);

            Question trueFalse = pack.question("in-force").orElseThrow();
            assertThat(trueFalse.choices()).extracting(Choice::id).containsExactly("true", "false");
            assertThat(trueFalse.correctChoiceIds()).containsExactly("true");
            assertThat(trueFalse.choice("false").orElseThrow().feedback()).isEqualTo("It did, in April 1994.");

            Question claim = pack.question("comment-claim").orElseThrow();
            assertThat(claim.stem()).isEqualTo("Does the record support this claim?");
            assertThat(claim.claim()).isEqualTo("A reader comment says the treaty was never signed.");
            assertThat(claim.verdict()).isEqualTo(Verdict.REFUTED);
            assertThat(claim.choices()).extracting(Choice::id).containsExactly("supported", "refuted", "not-in-evidence");
            assertThat(claim.correctChoiceIds()).containsExactly("refuted");
            assertThat(claim.evidence()).extracting(Evidence::source).containsExactly("treaty", "comment");

            Question ordering = pack.question("order-dates").orElseThrow();
            assertThat(ordering.correctOrder()).containsExactly("signed", "force");
        }

        @Test
        void theHashIgnoresLineEndingsAndAByteOrderMark() {
            Map<String, String> windows = tiny();
            windows.replaceAll((path, text) -> text.replace("\n", "\r\n"));
            windows.put(MANIFEST, "\uFEFF" + windows.get(MANIFEST));
            PackContent same = PackReader.read(windows, PREFIX).pack().orElseThrow();
            assertThat(same.contentHash()).isEqualTo(pack.contentHash()).hasSize(64);
            assertThat(same.files().get(MANIFEST)).startsWith("id: tiny\n");
        }

        @Test
        void theHashChangesWithAnyFile() {
            Map<String, String> changed = tiny();
            changed.put(LESSON, changed.get(LESSON) + "One more line.\n");
            assertThat(PackReader.read(changed, PREFIX).pack().orElseThrow().contentHash()).isNotEqualTo(pack.contentHash());
        }
    }

    @Nested
    class Yaml {

        @Test
        void aPackWithoutManifest() {
            Broken b = new Broken();
            b.files.remove(MANIFEST);
            assertProblem(b.only(), MANIFEST, 1, "the pack has no pack.yaml");
        }

        @Test
        void malformedYamlInTheManifest() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "title: A tiny pack", "title: A tiny: pack"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "A tiny: pack"), "malformed YAML: mapping values are not allowed here");
        }

        @Test
        void malformedYamlInAQuestionFile() {
            Broken b = new Broken().edit(READING, t -> replaceOnce(t, "  claim: A reader comment says the treaty was never signed.",
                    "  claim: [A reader comment says the treaty was never signed."));
            // the file is dropped whole, so the lesson's checkpoint on one of its questions dangles too
            List<Problem> problems = b.read().problems();
            assertThat(problems).hasSize(2);
            assertThat(problems.get(0).file()).isEqualTo(PREFIX + READING);
            assertThat(problems.get(0).message()).startsWith("malformed YAML: ");
            assertThat(problems.get(0).line()).isBetween(b.line(READING, "[A reader comment"), b.line(READING, "verdict: refuted"));
            assertProblem(problems.get(1), "lessons/02-reading.md", b.line("lessons/02-reading.md", "[[checkpoint"), "checkpoint names unknown question 'comment-claim'");
        }

        @Test
        void anEmptyQuestionFile() {
            Broken b = new Broken().put("questions/empty.yaml", "# nothing yet\n");
            assertProblem(b.only(), "questions/empty.yaml", 1, "the file is empty");
        }

        @Test
        void aQuestionFileThatIsNotAList() {
            Broken b = new Broken().put("questions/map.yaml", "\nid: lonely\ntype: single\n");
            assertProblem(b.only(), "questions/map.yaml", 2, "a question file is a YAML list of questions");
        }

        @Test
        void aDuplicateKey() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "language: en\n", "language: en\nlanguage: hy\n"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "language: hy"), "duplicate key 'language'");
        }

        @Test
        void anUnexpectedFile() {
            Broken b = new Broken().put("notes.txt", "to do");
            assertProblem(b.only(), "notes.txt", 1, "unexpected file");
        }

        @Test
        void aLessonFileNamedWithoutItsNumber() {
            Broken b = new Broken();
            b.files.put("lessons/basics.md", b.files.remove(LESSON));
            List<Problem> problems = b.read().problems();
            assertThat(problems).extracting(Problem::toString).contains(PREFIX + "lessons/basics.md:1: unexpected file: lessons are "
                    + "lessons/NN-<slug>.md and questions are questions/<topic>.yaml");
        }
    }

    @Nested
    class Keys {

        @Test
        void anUnknownKeyInTheManifest() {
            Broken b = new Broken().edit(MANIFEST, t -> t + "colour: blue\n");
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "colour"), "unknown key 'colour' in pack.yaml (allowed: authors,");
        }

        @Test
        void anUnknownKeyInAQuestion() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "  points: 2\n", "  points: 2\n  hint: think of Article 4\n"));
            assertProblem(b.only(), BASICS, b.line(BASICS, "hint:"), "unknown key 'hint' in a multiple question");
        }

        @Test
        void aKeyOfAnotherType() {
            // 'answer' belongs to true-false items, not to single-choice ones
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "  stem: In which city", "  answer: true\n  stem: In which city"));
            assertProblem(b.only(), BASICS, b.line(BASICS, "answer: true"), "unknown key 'answer' in a single question");
        }

        @Test
        void aMissingKeyInTheManifestIsReportedAtItsFirstLine() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "summary: Shows every part of the format.\n", ""));
            assertProblem(b.only(), MANIFEST, 1, "missing key 'summary' in pack.yaml");
        }

        @Test
        void aMissingKeyInAQuestionIsReportedAtTheQuestion() {
            Broken b = new Broken().edit(READING, t -> replaceOnce(t, "  explanation: Ratification took two years.\n", ""));
            assertProblem(b.only(), READING, b.line(READING, "- id: in-force"), "missing key 'explanation' in a true-false question");
        }

        @Test
        void aMissingKeyInAChoice() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "{id: b, text: Moscow, correct: false,", "{id: b, text: Moscow,"));
            assertProblem(b.only(), BASICS, b.line(BASICS, "text: Moscow"), "missing key 'correct' in a choice");
        }

        @Test
        void aMissingClaim() {
            Broken b = new Broken().edit(READING, t -> replaceOnce(t, "  claim: A reader comment says the treaty was never signed.\n", ""));
            assertProblem(b.only(), READING, b.line(READING, "- id: comment-claim"), "missing key 'claim' in a claim-check question");
        }

        @Test
        void anEmptyValue() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "licence: CC-BY-4.0", "licence: \"\""));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "licence"), "'licence' is empty");
        }
    }

    @Nested
    class Values {

        @Test
        void aListWhereTextIsExpected() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "title: A tiny pack", "title: [A, tiny, pack]"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "[A, tiny, pack]"), "'title' must be text");
        }

        @Test
        void textWhereAListIsExpected() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "authors: [Sourced authors]", "authors: Sourced authors"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "authors"), "'authors' must be a list");
        }

        @Test
        void aDifficultyThatIsNotANumber() {
            Broken b = new Broken().edit(READING, t -> replaceOnce(t, "  difficulty: 1\n", "  difficulty: easy\n"));
            assertProblem(b.only(), READING, b.line(READING, "difficulty: easy"), "'difficulty' must be a whole number, not 'easy'");
        }

        @Test
        void aDifficultyOutsideOneToThree() {
            Broken b = new Broken().edit(READING, t -> replaceOnce(t, "  difficulty: 1\n", "  difficulty: 4\n"));
            assertProblem(b.only(), READING, b.line(READING, "difficulty: 4"), "'difficulty' must be between 1 and 3, not 4");
        }

        @Test
        void pointsBelowOne() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "  points: 2\n", "  points: 0\n"));
            assertProblem(b.only(), BASICS, b.line(BASICS, "points: 0"), "'points' must be between 1 and 100, not 0");
        }

        @Test
        void aCorrectFlagThatIsNotABoolean() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "text: Moscow, correct: false", "text: Moscow, correct: no"));
            List<Problem> problems = b.read().problems();
            assertThat(problems).hasSize(1);
            assertProblem(problems.get(0), BASICS, b.line(BASICS, "correct: no"), "'correct' must be true or false, not 'no'");
        }

        @Test
        void aDateThatIsNotIso() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "published: 1992-05-15", "published: 15 May 1992"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "15 May 1992"), "'published' must be a date YYYY-MM-DD, not '15 May 1992'");
        }

        @Test
        void anUnknownType() {
            Broken b = new Broken().edit(READING, t -> replaceOnce(t, "type: true-false", "type: yes-no"));
            assertProblem(b.only(), READING, b.line(READING, "yes-no"), "unknown question type 'yes-no'");
        }

        @Test
        void anUnknownSourceKind() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "kind: comment", "kind: rumour"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "rumour"), "unknown source kind 'rumour'");
        }

        @Test
        void anUnknownVerdict() {
            Broken b = new Broken().edit(READING, t -> replaceOnce(t, "verdict: refuted", "verdict: false"));
            assertProblem(b.only(), READING, b.line(READING, "verdict: false"), "unknown verdict 'false'");
        }

        @Test
        void anIdWithCapitals() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "  - id: comment\n", "  - id: Comment\n"));
            List<Problem> problems = b.read().problems();
            assertThat(problems).extracting(Problem::toString).contains(PREFIX + MANIFEST + ":" + b.line(MANIFEST, "id: Comment")
                    + ": source id 'Comment' may hold only lower-case letters, digits, '.', '_' and '-'");
            // and the evidence that cites 'comment' now names an unknown source
            assertThat(problems).extracting(Problem::toString).contains(PREFIX + READING + ":" + b.line(READING, "source: comment")
                    + ": unknown source 'comment' (not in pack.yaml's sources)");
        }
    }

    @Nested
    class Duplicates {

        @Test
        void aDuplicateObjective() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "  - id: reading\n    title: Reading sources\n",
                    "  - id: reading\n    title: Reading sources\n  - id: basics # again\n    title: Basics again\n"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "# again"), "duplicate objective id 'basics'");
        }

        @Test
        void aDuplicateSource() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "sets:\n",
                    "  - {id: treaty, kind: primary, title: Again, publisher: CSTO, published: 1992-05-15}\nsets:\n"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "title: Again"), "duplicate source id 'treaty'");
        }

        @Test
        void aDuplicateSet() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "scoring:", "  - {id: core, title: Again, tag: core}\nscoring:"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "title: Again"), "duplicate set id 'core'");
        }

        @Test
        void aDuplicateLesson() {
            Broken b = new Broken().put("lessons/03-again.md", "---\nid: basics\ntitle: Again\nobjective: basics\n---\nText.\n");
            assertProblem(b.only(), "lessons/03-again.md", 2, "duplicate lesson id 'basics'");
        }

        @Test
        void aDuplicateQuestionAcrossFilesPointsAtTheFirst() {
            Broken b = new Broken().edit(READING, t -> replaceOnce(t, "- id: in-force", "- id: signed-where"));
            assertProblem(b.only(), READING, b.line(READING, "- id: signed-where"),
                    "duplicate question id 'signed-where' (first defined at " + PREFIX + BASICS + ":" + b.line(BASICS, "- id: signed-where")
                            + ")");
        }

        @Test
        void aDuplicateChoice() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "{id: art9,", "{id: art2,"));
            assertProblem(b.only(), BASICS, b.line(BASICS, "Article 9"), "duplicate choice id 'art2'");
        }

        @Test
        void aDuplicateOrderingItem() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "{id: force,", "{id: signed,"));
            assertProblem(b.only(), BASICS, b.line(BASICS, "enters into force"), "duplicate choice id 'signed'");
        }
    }

    @Nested
    class KeysAndChoices {

        @Test
        void aSingleChoiceWithTwoCorrect() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "text: Moscow, correct: false", "text: Moscow, correct: true"));
            assertProblem(b.only(), BASICS, lineOf(b.files.get(BASICS), "- id: signed-where", "  choices:"), "a single-choice question needs exactly one correct choice, not 2");
        }

        @Test
        void aSingleChoiceWithNoneCorrect() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "text: Tashkent, correct: true", "text: Tashkent, correct: false"));
            assertProblem(b.only(), BASICS, 7, "a single-choice question needs exactly one correct choice, not 0");
        }

        @Test
        void aMultipleAnswerWithNoneCorrect() {
            Broken b = new Broken().edit(BASICS, t -> t.replace("Article 2, correct: true", "Article 2, correct: false")
                    .replace("Article 4, correct: true", "Article 4, correct: false"));
            assertProblem(b.only(), BASICS, lineOf(b.files.get(BASICS), "- id: which-articles", "  choices:"),
                    "a multiple-answer question needs at least one correct choice");
        }

        @Test
        void aSingleChoiceWithOneChoice() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "    - {id: b, text: Moscow, correct: false, feedback: The treaty names Tashkent.}\n", ""));
            assertProblem(b.only(), BASICS, 7, "a single question needs at least two choices");
        }

        @Test
        void anOrderingWithOneItem() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "    - {id: force, text: The treaty enters into force}\n", ""));
            assertProblem(b.only(), BASICS, b.line(BASICS, "  items:"), "an ordering question needs at least two items");
        }
    }

    @Nested
    class EvidenceAndReferences {

        @Test
        void noEvidenceKey() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t,
                    "  evidence:\n    - {source: treaty, locator: preamble, note: Dates of signature and entry into force.}\n", ""));
            assertProblem(b.only(), BASICS, b.line(BASICS, "- id: order-dates"), "missing key 'evidence' in a ordering question");
        }

        @Test
        void anEmptyEvidenceList() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t,
                    "  evidence:\n    - {source: treaty, locator: preamble, note: Dates of signature and entry into force.}\n",
                    "  evidence: []\n"));
            assertProblem(b.only(), BASICS, b.line(BASICS, "evidence: []"), "a question needs at least one evidence item");
        }

        @Test
        void evidenceWithoutALocator() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "{source: treaty, locator: preamble, note:", "{source: treaty, note:"));
            assertProblem(b.only(), BASICS, b.line(BASICS, "Dates of signature"), "missing key 'locator' in an evidence item");
        }

        @Test
        void evidenceNamingAnUnknownSource() {
            Broken b = new Broken().edit(BASICS, t -> replaceOnce(t, "{source: treaty, locator: preamble", "{source: treatise, locator: preamble"));
            assertProblem(b.only(), BASICS, b.line(BASICS, "treatise"), "unknown source 'treatise' (not in pack.yaml's sources)");
        }

        @Test
        void aQuestionNamingAnUnknownObjective() {
            Broken b = new Broken().edit(READING, t -> replaceOnce(t, "objective: reading", "objective: writing"));
            assertProblem(b.only(), READING, b.line(READING, "writing"), "unknown objective 'writing' (pack.yaml defines: basics, reading)");
        }

        @Test
        void aLessonNamingAnUnknownObjective() {
            Broken b = new Broken().edit(LESSON, t -> replaceOnce(t, "objective: basics", "objective: history"));
            assertProblem(b.only(), LESSON, 4, "unknown objective 'history'");
        }

        @Test
        void aLessonNamingAnUnknownSource() {
            Broken b = new Broken().edit(LESSON, t -> replaceOnce(t, "sources: [treaty]", "sources: [treaty, gossip]"));
            assertProblem(b.only(), LESSON, 5, "unknown source 'gossip'");
        }

        @Test
        void aCheckpointNamingAnUnknownQuestion() {
            Broken b = new Broken().edit(LESSON, t -> replaceOnce(t, "[[checkpoint: signed-where]]", "[[checkpoint: signed-when]]"));
            assertProblem(b.only(), LESSON, 9, "checkpoint names unknown question 'signed-when'");
        }

        @Test
        void aMalformedCheckpoint() {
            Broken b = new Broken().edit(LESSON, t -> replaceOnce(t, "[[checkpoint: signed-where]]", "[[checkpoint signed-where]]"));
            assertProblem(b.only(), LESSON, 9, "malformed checkpoint: write [[checkpoint: question-id]] alone on a line");
        }

        @Test
        void aSetWhoseTagSelectsNothing() {
            Broken b = new Broken().edit(MANIFEST, t -> replaceOnce(t, "    tag: core", "    tag: coer"));
            assertProblem(b.only(), MANIFEST, b.line(MANIFEST, "tag: coer"), "set tag 'coer' selects no question");
        }
    }

    @Nested
    class FrontMatter {

        @Test
        void aLessonWithoutFrontMatter() {
            Broken b = new Broken().edit(LESSON, t -> t.substring(t.indexOf("---\n", 4) + 4));
            assertThat(b.files.get(LESSON)).startsWith("The treaty was signed");
            assertProblem(b.only(), LESSON, 1, "a lesson starts with front matter");
        }

        @Test
        void frontMatterThatIsNotClosed() {
            Broken b = new Broken().put("lessons/03-open.md", "---\nid: open\ntitle: Open\nobjective: basics\n\nText.\n");
            assertProblem(b.only(), "lessons/03-open.md", 1, "the front matter is not closed by a line '---'");
        }

        @Test
        void malformedYamlInFrontMatterCountsFromTheFileFirstLine() {
            Broken b = new Broken().edit(LESSON, t -> replaceOnce(t, "title: The basics", "title: The basics: a start"));
            assertProblem(b.only(), LESSON, 3, "malformed YAML: mapping values are not allowed here");
        }

        @Test
        void anUnknownFrontMatterKey() {
            Broken b = new Broken().edit(LESSON, t -> replaceOnce(t, "sources: [treaty]\n", "sources: [treaty]\nauthor: me\n"));
            assertProblem(b.only(), LESSON, 6, "unknown key 'author' in a lesson's front matter");
        }

        @Test
        void aMissingFrontMatterKey() {
            Broken b = new Broken().edit(LESSON, t -> replaceOnce(t, "objective: basics\n", ""));
            assertProblem(b.only(), LESSON, 2, "missing key 'objective' in a lesson's front matter");
        }

        @Test
        void frontMatterThatIsAList() {
            Broken b = new Broken().put("lessons/03-list.md", "---\n- id: list\n---\nText.\n");
            assertProblem(b.only(), "lessons/03-list.md", 2, "the front matter must be a mapping of keys to values");
        }

        @Test
        void aLessonWithNoBody() {
            Broken b = new Broken().put("lessons/03-empty.md", "---\nid: empty\ntitle: Empty\nobjective: basics\n---\n\n");
            assertProblem(b.only(), "lessons/03-empty.md", 6, "the lesson has no text after its front matter");
        }
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Broken b = new Broken()
                .edit(MANIFEST, t -> t + "colour: blue\n")
                .edit(LESSON, t -> replaceOnce(t, "objective: basics", "objective: history"))
                .edit(BASICS, t -> replaceOnce(t, "text: Moscow, correct: false", "text: Moscow, correct: true"))
                .edit(READING, t -> replaceOnce(t, "  difficulty: 1\n", "  difficulty: 9\n"));
        assertThat(b.read().problems()).extracting(p -> p.file() + ":" + p.line()).containsExactlyInAnyOrder(
                PREFIX + MANIFEST + ":" + b.line(MANIFEST, "colour"),
                PREFIX + LESSON + ":4",
                PREFIX + BASICS + ":7",
                PREFIX + READING + ":" + b.line(READING, "difficulty: 9"));
    }
}

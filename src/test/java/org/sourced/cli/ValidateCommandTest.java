package org.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.support.Key;
import org.sourced.support.PackFiles;

/** {@code validate <dir>}: a summary and exit 0 for good packs, file:line: message and exit 1 for bad ones. */
class ValidateCommandTest {

    @TempDir
    Path tmp;

    record Run(int exit, List<String> out, String err) {
    }

    static Run validate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedContentValidatesWithASummary() {
        PackContent pack = Key.pack();
        Run run = validate("validate", "content");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).as("output: %s", run.out()).isZero();
        assertThat(run.out()).first().isEqualTo("csto-armenia \"" + pack.manifest().title() + "\" v" + pack.manifest().version() + ": "
                + pack.lessons().size() + " lessons, " + pack.questions().size() + " questions");
        assertThat(run.out()).contains("  by type:      " + counts(pack, q -> q.type().key()),
                "  by objective: " + counts(pack, Question::objective),
                "  by difficulty: " + counts(pack, q -> String.valueOf(q.difficulty())));
        assertThat(run.out()).last().isEqualTo("1 pack(s) valid");
    }

    @Test
    void theFolderOfPacksAndASinglePackFolderValidateToo() {
        assertThat(validate("validate", "content/packs").out()).last().isEqualTo("1 pack(s) valid");
        Run single = validate("validate", "content/packs/csto-armenia");
        assertThat(single.exit()).isZero();
        assertThat(single.out()).first().asString().startsWith("csto-armenia \"");
    }

    @Test
    void aProblemInASinglePackFolderIsPrintedWithThePathOfItsFile() throws IOException {
        Path dir = tmp.resolve("tiny");
        PackFiles.copy(PackFiles.TINY, dir);
        Files.writeString(dir.resolve("pack.yaml"), Files.readString(dir.resolve("pack.yaml")) + "colour: blue\n");
        int line = PackFiles.lineOf(Files.readString(dir.resolve("pack.yaml")), "colour");

        Run run = validate("validate", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().get(0)).startsWith(dir.resolve("pack.yaml") + ":" + line + ": unknown key 'colour' in pack.yaml");
        assertThat(Path.of(run.out().get(0).substring(0, run.out().get(0).indexOf(':')))).exists();
        assertThat(run.out()).last().isEqualTo("1 problem(s) in 1 of 1 pack(s)");
    }

    @Test
    void aProblemInAFolderOfPacksIsPrintedWithThePathOfItsFile() throws IOException {
        Path dir = tmp.resolve("content/packs/tiny");
        PackFiles.copy(PackFiles.TINY, dir);
        Path lesson = dir.resolve("lessons/01-basics.md");
        Files.writeString(lesson, Files.readString(lesson).replace("objective: basics", "objective: history"));
        PackFiles.copy(PackFiles.SHIPPED, tmp.resolve("content/packs/csto-armenia"));

        Run run = validate("validate", tmp.resolve("content").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsExactly(
                lesson + ":4: unknown objective 'history' (pack.yaml defines: basics, reading)",
                "1 problem(s) in 1 of 2 pack(s)");
    }

    @Test
    void aPackWithTranslationsValidatesInEveryLanguage() {
        Path dir = tmp.resolve("content/packs/translated");
        PackFiles.copy(PackFiles.TRANSLATED, dir);

        Run run = validate("validate", tmp.resolve("content").toString());

        assertThat(run.exit()).as("output: %s", run.out()).isZero();
        assertThat(run.out()).contains("  languages:    en, hy, ru");
        assertThat(run.out()).last().isEqualTo("1 pack(s) valid");
    }

    @Test
    void aTranslationThatDiffersFailsAtItsLineAndAMissingQuestionWarns() throws IOException {
        Path dir = tmp.resolve("content/packs/translated");
        PackFiles.copy(PackFiles.TRANSLATED, dir);
        Path ru = dir.resolve("i18n/ru/questions/treaty.yaml");
        Files.writeString(ru, Files.readString(ru).replace("locator: Art. 11,", "locator: Art. 12,"));
        int line = PackFiles.lineOf(Files.readString(ru), "Art. 12");

        Run run = validate("validate", tmp.resolve("content").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsExactly(
                ru + ":" + line + ": signed-where: evidence: locator is 'Art. 12' here but 'Art. 11' in the original: only the words are translated",
                ru + ":" + line + ": locator 'Art. 12' points past treaty: pack.yaml counts 11 articles, numbered from 1",
                "2 problem(s) in 1 of 1 pack(s)");

        Files.writeString(ru, Files.readString(ru).replace("locator: Art. 12,", "locator: Art. 11,"));
        Path hy = dir.resolve("i18n/hy/questions/treaty.yaml");
        String text = Files.readString(hy);
        Files.writeString(hy, text.substring(0, text.indexOf("- id: help-article")));
        Run withheld = validate("validate", tmp.resolve("content").toString());
        assertThat(withheld.exit()).isZero();
        assertThat(withheld.out()).contains(hy + ":1: warning: question 'help-article' is not translated: hy is withheld until every "
                + "lesson and question is", "  languages:    en, ru");
    }

    @Test
    void aDirectoryWithoutPacks() {
        Run run = validate("validate", tmp.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(tmp + ": no packs found");
    }

    @Test
    void aMissingDirectory() {
        Run run = validate("validate", tmp.resolve("nowhere").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere: no such directory");
    }

    @Test
    void noDirectoryGiven() {
        Run run = validate("validate");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("usage: java -jar target/quarkus-app/quarkus-run.jar validate <content-dir>");
        assertThat(run.out()).isEmpty();
    }

    static String counts(PackContent pack, java.util.function.Function<Question, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        pack.questions().forEach(q -> counts.merge(key.apply(q), 1, Integer::sum));
        StringBuilder s = new StringBuilder();
        counts.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return s.toString();
    }
}

package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sourced.support.PackFiles;

/** Translations ({@code i18n/<tag>/}): only the words may differ; anything else is refused at the translation's file:line. */
class TranslationCheckTest {

    static final String PREFIX = "packs/translated/";
    static final String HY = PREFIX + "i18n/hy/";

    static Map<String, String> fixture() {
        return new TreeMap<>(PackFiles.read(PackFiles.TRANSLATED));
    }

    static PackContent pack(Map<String, String> files) {
        PackReader.Result read = PackReader.read(files, PREFIX);
        assertThat(read.problems()).isEmpty();
        return read.pack().orElseThrow();
    }

    static PackTranslations.Result translations(Map<String, String> files) {
        return PackTranslations.read(pack(files), PREFIX);
    }

    /** The fixture with one translation file's text changed. */
    static Map<String, String> with(String path, String from, String to) {
        Map<String, String> files = fixture();
        files.put(path, PackFiles.replaceOnce(files.get(path), from, to));
        return files;
    }

    static int line(Map<String, String> files, String path, String marker) {
        return PackFiles.lineOf(files.get(path), marker);
    }

    @Test
    void theFixtureCarriesTwoTranslationsThatPass() {
        PackTranslations.Result result = translations(fixture());
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.languages()).containsOnlyKeys("hy", "ru");
        assertThat(PackTranslations.languagesOf(pack(fixture()), result)).containsExactly("en", "hy", "ru");
        PackContent ru = result.languages().get("ru");
        assertThat(ru.manifest().language()).isEqualTo("ru");
        assertThat(ru.manifest().title()).isEqualTo("Пакет на трёх языках");
        assertThat(ru.question("signed-where").orElseThrow().choice("a").orElseThrow().text()).isEqualTo("Ташкент");
        assertThat(ru.lesson("the-treaty").orElseThrow().checkpointIds()).containsExactly("signed-where");
        // the source's bibliographic entry stays as in the original
        assertThat(ru.manifest().source("treaty").orElseThrow().title()).isEqualTo("Collective Security Treaty");
    }

    @Test
    void theOriginalIgnoresItsTranslationsButKeepsThemWithItsFiles() {
        Map<String, String> files = fixture();
        PackContent withThem = pack(files);
        Map<String, String> without = new TreeMap<>(files);
        without.keySet().removeIf(PackTranslations::isTranslationPath);
        PackContent alone = pack(without);
        assertThat(withThem.questions()).isEqualTo(alone.questions());
        assertThat(withThem.files()).containsKey("i18n/hy/pack.yaml");
        // a changed translation is a changed pack: a new version is stored
        assertThat(withThem.contentHash()).isNotEqualTo(alone.contentHash());
    }

    @Test
    void aChangedKeyIsRefusedAtTheTranslationsLine() {
        String path = "i18n/hy/questions/treaty.yaml";
        Map<String, String> files = with(path, "{id: b, text: Մինսկ, correct: false", "{id: b, text: Մինսկ, correct: true");
        PackTranslations.Result result = translations(files);
        assertThat(result.languages()).containsOnlyKeys("ru");
        assertThat(result.problems()).extracting(Problem::toString).contains(HY + "questions/treaty.yaml:"
                + line(files, path, "Մինսկ") + ": signed-where: choices: correct is 'true' here but 'false' in the original: only the words are translated");
    }

    @Test
    void aChangedLocatorVerdictOrChoiceOrderIsRefused() {
        String path = "i18n/hy/questions/treaty.yaml";
        Map<String, String> locator = with(path, "locator: Art. 4,", "locator: Art. 5,");
        assertThat(translations(locator).problems()).extracting(Problem::toString).containsExactly(HY + "questions/treaty.yaml:"
                + line(locator, path, "Art. 5") + ": help-article: evidence: locator is 'Art. 5' here but 'Art. 4' in the original: only the words are translated");

        Map<String, String> answer = with(path, "answer: true", "answer: false");
        assertThat(translations(answer).problems()).extracting(Problem::toString).containsExactly(HY + "questions/treaty.yaml:"
                + line(answer, path, "answer: false") + ": help-article: answer is 'false' here but 'true' in the original: only the words are translated");

        Map<String, String> order = with(path, "- {id: b, text: Մինսկ", "- {id: x, text: Մինսկ");
        assertThat(translations(order).problems()).extracting(Problem::toString).containsExactly(HY + "questions/treaty.yaml:"
                + line(order, path, "id: x") + ": signed-where: choices: id is 'x' here but 'b' in the original: only the words are translated");
    }

    @Test
    void aTranslatedSourceTitleOrAnExtraKeyIsRefused() {
        Map<String, String> title = with("i18n/ru/pack.yaml", "title: Collective Security Treaty", "title: Договор о коллективной безопасности");
        assertThat(translations(title).problems()).extracting(Problem::toString).containsExactly(PREFIX + "i18n/ru/pack.yaml:"
                + line(title, "i18n/ru/pack.yaml", "title: Договор о коллективной")
                + ": sources: title is 'Договор о коллективной безопасности' here but 'Collective Security Treaty' in the original: only the words are translated");

        Map<String, String> extra = with("i18n/ru/questions/treaty.yaml", "  answer: true\n", "  answer: true\n  points: 3\n");
        assertThat(translations(extra).problems()).extracting(Problem::toString).contains(PREFIX + "i18n/ru/questions/treaty.yaml:"
                + line(extra, "i18n/ru/questions/treaty.yaml", "points: 3") + ": help-article: 'points' is not in the original: a translation changes only the words");
    }

    @Test
    void aWrongLanguageTagIsRefused() {
        Map<String, String> files = with("i18n/hy/pack.yaml", "language: hy", "language: en");
        List<String> problems = translations(files).problems().stream().map(Problem::toString).toList();
        assertThat(problems).containsExactly(HY + "pack.yaml:" + line(files, "i18n/hy/pack.yaml", "language: en")
                + ": language is 'en', but this translation lives in i18n/hy/: write language: hy");
    }

    @Test
    void aMovedOrMissingCheckpointIsRefusedAtItsLine() {
        String path = "i18n/ru/lessons/01-the-treaty.md";
        Map<String, String> files = with(path, "[[checkpoint: signed-where]]", "[[checkpoint: help-article]]");
        assertThat(translations(files).problems()).extracting(Problem::toString).contains(PREFIX + "i18n/ru/lessons/01-the-treaty.md:"
                + line(files, path, "[[checkpoint") + ": the original's checkpoint 1 is 'signed-where', here 'help-article': keep the original's checkpoints in their order");

        Map<String, String> objective = with(path, "objective: treaty", "objective: other");
        assertThat(translations(objective).problems()).extracting(Problem::toString).contains(PREFIX + "i18n/ru/lessons/01-the-treaty.md:"
                + line(objective, path, "objective: other") + ": front matter: objective is 'other' here but 'treaty' in the original: only the words are translated");
    }

    @Test
    void aMissingQuestionOrLessonWithholdsTheLanguageWithAWarning() {
        Map<String, String> files = fixture();
        String path = "i18n/hy/questions/treaty.yaml";
        String text = files.get(path);
        files.put(path, text.substring(0, text.indexOf("- id: help-article")));
        PackTranslations.Result result = translations(files);
        assertThat(result.problems()).isEmpty();
        assertThat(result.languages()).containsOnlyKeys("ru");
        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(HY + "questions/treaty.yaml:1: warning: question "
                + "'help-article' is not translated: hy is withheld until every lesson and question is");

        Map<String, String> noLesson = fixture();
        noLesson.remove("i18n/ru/lessons/01-the-treaty.md");
        PackTranslations.Result lessonMissing = translations(noLesson);
        assertThat(lessonMissing.languages()).containsOnlyKeys("hy");
        assertThat(lessonMissing.problems()).isEmpty();
        assertThat(lessonMissing.warnings()).extracting(Problem::toString).containsExactly(PREFIX + "i18n/ru/lessons/01-the-treaty.md:1: "
                + "warning: lessons/01-the-treaty.md is not translated: ru is withheld until every lesson and question is");
    }

    @Test
    void aQuestionOrFileTheOriginalLacksIsRefused() {
        Map<String, String> files = with("i18n/ru/questions/treaty.yaml", "- id: help-article", "- id: help-articles");
        PackTranslations.Result result = translations(files);
        assertThat(result.languages()).containsOnlyKeys("hy");
        assertThat(result.problems()).extracting(Problem::toString).contains(PREFIX + "i18n/ru/questions/treaty.yaml:"
                + line(files, "i18n/ru/questions/treaty.yaml", "- id: help-articles")
                + ": question 'help-articles' is not in the original questions/treaty.yaml: a translation has the original's ids");

        Map<String, String> extraFile = fixture();
        extraFile.put("i18n/ru/questions/more.yaml", extraFile.get("i18n/ru/questions/treaty.yaml"));
        assertThat(translations(extraFile).problems()).extracting(Problem::toString)
                .contains(PREFIX + "i18n/ru/questions/more.yaml:1: the original has no questions/more.yaml: a translation mirrors the pack file for file");
    }

    @Test
    void aBrokenTranslationIsReadAsAPackOfItsOwn() {
        Map<String, String> files = with("i18n/ru/questions/treaty.yaml", "stem: В каком городе подписан договор?", "stem: [broken");
        PackTranslations.Result result = translations(files);
        assertThat(result.languages()).containsOnlyKeys("hy");
        assertThat(result.problems()).extracting(Problem::file).contains(PREFIX + "i18n/ru/questions/treaty.yaml");
    }

    @Test
    void aFileOutsideALanguageFolderOrABadTagIsRefused() {
        Map<String, String> files = fixture();
        files.put("i18n/notes.yaml", "x: 1\n");
        files.put("i18n/Russian/pack.yaml", files.get("i18n/ru/pack.yaml"));
        assertThat(translations(files).problems()).extracting(Problem::toString).contains(
                PREFIX + "i18n/notes.yaml:1: a translation lives in i18n/<language>/, such as i18n/hy/pack.yaml",
                PREFIX + "i18n/Russian/pack.yaml:1: 'Russian' is not a language tag (such as hy, ru or pt-BR)");
    }

    @Test
    void aChoiceThatIsAPassageKeepsItsSourceAndLocatorAndTranslatesItsNote() {
        String original = """
                - id: ev
                  type: evidence-choice
                  stem: Which passage establishes this claim?
                  claim: The treaty was signed in Tashkent.
                  choices:
                    - id: a
                      evidence: {source: treaty, locator: Art. 11, note: The closing article names Tashkent.}
                      correct: true
                      feedback: Right.
                """;
        String translated = original.replace("Which passage establishes this claim?", "Какой отрывок это подтверждает?")
                .replace("The treaty was signed in Tashkent.", "Договор подписан в Ташкенте.")
                .replace("The closing article names Tashkent.", "Заключительная статья называет Ташкент.").replace("Right.", "Верно.");
        Map<String, String> there = Map.of("questions/passages.yaml", original);
        assertThat(TranslationCheck.check(there, Map.of("questions/passages.yaml", translated), "ru", PREFIX, PREFIX + "i18n/ru/")
                .accepted()).isTrue();

        String moved = translated.replace("locator: Art. 11", "locator: Art. 10");
        assertThat(TranslationCheck.check(there, Map.of("questions/passages.yaml", moved), "ru", PREFIX, PREFIX + "i18n/ru/").problems())
                .extracting(Problem::toString).containsExactly(PREFIX + "i18n/ru/questions/passages.yaml:7: ev: choices: evidence: locator "
                        + "is 'Art. 10' here but 'Art. 11' in the original: only the words are translated");
    }
}

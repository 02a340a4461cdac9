package org.sourced.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.PackTranslations;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.support.Browser;

/**
 * Every translation shipped under {@code content/packs/<pack>/i18n/<tag>/}: it passes the translation check with no
 * problem and no warning (nothing missing, no cue), and a lesson, a quiz and its result render in its language. With no
 * translation shipped it checks nothing; once one lands, it covers it.
 */
@QuarkusTest
class ShippedTranslationsTest {

    static final Path PACKS = Path.of("content/packs");

    @TestFactory
    Stream<DynamicTest> everyShippedTranslationPassesAndRendersALessonAQuizAndAResult() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(PACKS)) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d.resolve("i18n"))).sorted().toList()) {
                PackFolder.Found found = PackFolder.readOne(dir, "packs/" + dir.getFileName() + "/");
                PackContent original = found.result().pack().orElseThrow(() -> new AssertionError(found.result().problems()));
                PackTranslations.Result translations = PackTranslations.read(original, found.prefix());
                try (Stream<Path> tags = Files.list(dir.resolve("i18n"))) {
                    for (Path tagDir : tags.filter(Files::isDirectory).sorted().toList()) {
                        String tag = tagDir.getFileName().toString();
                        tests.add(DynamicTest.dynamicTest(original.id() + " in " + tag,
                                () -> check(original, translations, found.prefix() + "i18n/" + tag + "/", tag)));
                    }
                }
            }
        }
        return tests.stream();
    }

    static void check(PackContent original, PackTranslations.Result translations, String prefix, String tag) {
        List<String> mine = Stream.concat(translations.problems().stream(), translations.warnings().stream())
                .filter(p -> p.file().startsWith(prefix)).map(Problem::toString).toList();
        assertThat(mine).as("problems and warnings of %s", prefix).isEmpty();
        PackContent pack = translations.languages().get(tag);
        assertThat(pack).as("%s offers %s", original.id(), tag).isNotNull();

        Browser b = new Browser();
        Response switched = b.post("/packs/" + original.id() + "/language", "lang", tag, "back", "/packs/" + original.id());
        assertThat(switched.statusCode()).as(switched.asString()).isEqualTo(303);

        Lesson lesson = pack.lessons().get(0);
        Document lessonPage = page(b, "/packs/" + original.id() + "/lessons/" + lesson.id());
        assertThat(lessonPage.selectFirst("article").attr("lang")).isEqualTo(tag);
        assertThat(lessonPage.selectFirst("article h1").text()).isEqualTo(lesson.title());

        Response started = b.post("/attempts", "pack", original.id(), "lang", tag, "scope", "all", "length", "3", "mode", "practice");
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(303);
        Matcher m = TranslatedPackTest.QUESTION_URL.matcher(Browser.location(started));
        assertThat(m.matches()).isTrue();
        String id = m.group(1);
        assertThat(TranslatedPackTest.storedLanguage(id)).isEqualTo(tag);
        String question = page(b, "/attempts/" + id + "/questions/1").selectFirst("form.card").text();
        assertThat(pack.questions()).anySatisfy(q -> assertThat(question).contains(shown(q)));

        Response submitted = b.post("/attempts/" + id + "/submit");
        assertThat(submitted.statusCode()).isEqualTo(303);
        String result = page(new Browser(), Browser.location(submitted)).selectFirst("main").text();
        long shownThere = pack.questions().stream().filter(q -> result.contains(q.explanation().strip().lines().findFirst().orElse("")))
                .count();
        assertThat(shownThere).as("explanations in %s on the result page", tag).isEqualTo(3);
    }

    /** What of a question its page shows for sure: the claim of a claim-check item, else the stem. */
    static String shown(Question q) {
        return q.type() == QuestionType.CLAIM_CHECK ? q.claim().strip() : q.stem().strip();
    }

    static Document page(Browser b, String path) {
        Response r = b.get(path);
        assertThat(r.statusCode()).as("GET %s: %s", path, r.asString()).isEqualTo(200);
        return Jsoup.parse(r.asString());
    }
}

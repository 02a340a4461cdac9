package org.sourced.packs;

import org.sourced.packs.format.PackReader;

import java.util.stream.Stream;

import java.util.TreeMap;

import java.nio.file.Path;

import java.nio.file.Files;

import java.io.IOException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.PackTranslations;
import org.sourced.quiz.Attempt;
import org.sourced.support.Browser;
import org.sourced.support.PackFiles;

/**
 * A pack with translations (src/test/resources/packs/translated: en, hy, ru) as a student meets it: the pack, a lesson,
 * a quiz and its result in the UI language when the pack has it, the pack's switch, the attempt's language, the API.
 */
@QuarkusTest
class TranslatedPackTest {

    static final String PACK = "translated";
    static final Pattern QUESTION_URL = Pattern.compile("^/attempts/([A-Za-z0-9_-]{22})/questions/1$");

    @Inject
    PackStore store;

    static PackContent original;
    static PackTranslations.Result translations;

    @BeforeEach
    void publishTheFixture() {
        PackFolder.Found found = PackFolder.readOne(PackFiles.TRANSLATED, "packs/translated/");
        original = found.result().pack().orElseThrow();
        translations = PackTranslations.read(original, found.prefix());
        store.publish(original, PackVersion.FROM_CONTENT_DIR, null); // unchanged after the first time
    }

    static PackContent in(String tag) {
        return tag.equals("en") ? original : translations.languages().get(tag);
    }

    static Document page(Browser b, String path) {
        Response r = b.get(path);
        assertThat(r.statusCode()).as("GET %s: %s", path, r.asString()).isEqualTo(200);
        return Jsoup.parse(r.asString());
    }

    // ---- the pack's languages -------------------------------------------------------------------

    @Test
    void theListingGivesEachPacksLanguagesItsOwnFirst() {
        Response r = given().get("/api/packs");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getList("find { it.id == 'translated' }.languages")).containsExactly("en", "hy", "ru");
    }

    @Test
    void thePacksJsonComesInTheLanguageAskedFor() {
        assertThat(given().get("/api/packs/" + PACK + "?lang=ru").jsonPath().getString("title")).isEqualTo("Пакет на трёх языках");
        Response hy = given().header("Accept-Language", "hy-AM,hy;q=0.9").get("/api/packs/" + PACK);
        assertThat(hy.jsonPath().getString("title")).isEqualTo("Փաթեթ երեք լեզվով");
        assertThat(hy.jsonPath().getString("language")).isEqualTo("hy");
        assertThat(hy.jsonPath().getString("objectives[0].title")).isEqualTo("Ինչ է ասում պայմանագիրը");
        assertThat(hy.jsonPath().getList("languages")).containsExactly("en", "hy", "ru");
        // a language the pack lacks gives the pack's own
        assertThat(given().get("/api/packs/" + PACK + "?lang=de").jsonPath().getString("title")).isEqualTo("A pack in three languages");
    }

    // ---- pages in the UI language ------------------------------------------------------------------

    @Test
    void thePackPageIsInTheUiLanguageWithASwitch() {
        Document ru = page(new Browser().acceptLanguage("ru-RU,ru;q=0.9,en;q=0.5"), "/packs/" + PACK);
        assertThat(ru.selectFirst("header[lang] h1").text()).isEqualTo("Пакет на трёх языках");
        assertThat(ru.selectFirst("header[lang]").attr("lang")).isEqualTo("ru");
        assertThat(ru.select("form.pack-language option").eachAttr("value")).containsExactly("en", "hy", "ru");
        assertThat(ru.selectFirst("form.pack-language option[selected]").attr("value")).isEqualTo("ru");
        assertThat(ru.selectFirst("form.pack-language").attr("action")).isEqualTo("/packs/translated/language");
        assertThat(ru.selectFirst("form[action=/attempts] input[name=lang]").attr("value")).isEqualTo("ru");

        Document en = page(new Browser(), "/packs/" + PACK);
        assertThat(en.selectFirst("header[lang] h1").text()).isEqualTo("A pack in three languages");
        assertThat(en.selectFirst("form.pack-language option[selected]").attr("value")).isEqualTo("en");
    }

    @Test
    void aPackInOneLanguageHasNoSwitch() throws IOException {
        // the fixture without its translations, under another id
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(PackFiles.TRANSLATED)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String path = PackFiles.TRANSLATED.relativize(f).toString().replace('\\', '/');
                if (!path.startsWith("i18n/")) {
                    files.put(path, Files.readString(f).replace("id: translated\n", "id: one-language\n"));
                }
            }
        }
        store.publish(PackReader.read(files, "one-language/").pack().orElseThrow(), PackVersion.FROM_CONTENT_DIR, null);
        Document one = page(new Browser().acceptLanguage("hy"), "/packs/one-language");
        assertThat(one.select("form.pack-language")).isEmpty();
        assertThat(one.selectFirst("header[lang]").attr("lang")).isEqualTo("en");
    }

    @Test
    void aLessonRendersInArmenianAndInRussian() {
        for (String tag : List.of("hy", "ru")) {
            PackContent pack = in(tag);
            var lesson = pack.lesson("the-treaty").orElseThrow();
            Document page = page(new Browser().acceptLanguage(tag), "/packs/" + PACK + "/lessons/the-treaty");
            assertThat(page.selectFirst("article").attr("lang")).isEqualTo(tag);
            assertThat(page.selectFirst("article h1").text()).isEqualTo(lesson.title());
            String firstLine = lesson.body().strip().lines().findFirst().orElseThrow();
            assertThat(page.selectFirst(".lesson-body").text()).contains(firstLine);
            // the checkpoint asks the translated question
            assertThat(page.selectFirst(".lesson-body").text()).contains(pack.question("signed-where").orElseThrow().stem())
                    .doesNotContain(original.question("signed-where").orElseThrow().stem());
        }
    }

    @Test
    void theSwitchShowsThePackInAnotherLanguageAndRemembersIt() {
        Browser b = new Browser().acceptLanguage("hy");
        Document before = page(b, "/packs/" + PACK + "/lessons/the-treaty");
        assertThat(before.selectFirst("article h1").text()).isEqualTo("Պայմանագիրը հակիրճ");

        Response switched = b.post("/packs/" + PACK + "/language", "lang", "ru", "back", "/packs/translated/lessons/the-treaty");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(Browser.location(switched)).isEqualTo("/packs/translated/lessons/the-treaty");
        assertThat(b.cookie(PackLanguage.cookie(PACK))).isEqualTo("ru");

        Document after = page(b, "/packs/" + PACK + "/lessons/the-treaty");
        assertThat(after.selectFirst("article h1").text()).isEqualTo("Договор вкратце");
        // the page's own words stay in the UI language
        assertThat(after.selectFirst("html").attr("lang")).isEqualTo("hy");
    }

    @Test
    void aLanguageThePackLacksIsRefused() {
        Browser b = new Browser();
        Response r = b.post("/packs/" + PACK + "/language", "lang", "de", "back", "/packs/translated");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).contains("This pack is not available in “de”; it is in en, hy, ru.");
        assertThat(b.cookie(PackLanguage.cookie(PACK))).isNull();
    }

    // ---- a quiz and its result ----------------------------------------------------------------------

    static String start(Browser b, String lang) {
        Response r = b.post("/attempts", "pack", PACK, "lang", lang, "scope", "all", "length", "0", "mode", "practice");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        Matcher m = QUESTION_URL.matcher(Browser.location(r));
        assertThat(m.matches()).as(Browser.location(r)).isTrue();
        return m.group(1);
    }

    static String storedLanguage(String attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.byPublicId(attemptId).orElseThrow().language);
    }

    static List<String> stems(PackContent pack) {
        return pack.questions().stream().map(q -> q.stem()).toList();
    }

    @Test
    void aQuizAndItsResultRenderInArmenianAndInRussian() {
        for (String tag : List.of("hy", "ru")) {
            Browser b = new Browser().acceptLanguage(tag);
            String id = start(b, tag);
            assertThat(storedLanguage(id)).isEqualTo(tag);

            Document question = page(b, "/attempts/" + id + "/questions/1");
            String text = question.selectFirst("form.card").text();
            assertThat(stems(in(tag))).anySatisfy(stem -> assertThat(text).contains(stem));
            assertThat(stems(original)).noneSatisfy(stem -> assertThat(text).contains(stem));
            assertThat(question.selectFirst("form.pack-language option[selected]").attr("value")).isEqualTo(tag);

            Response submitted = b.post("/attempts/" + id + "/submit");
            assertThat(submitted.statusCode()).isEqualTo(303);
            String result = Browser.location(submitted);
            // the result is in the attempt's language, whoever opens it in whatever UI language
            Document page = page(new Browser().acceptLanguage("en"), result);
            String body = page.selectFirst("main").text();
            for (var q : in(tag).questions()) {
                assertThat(body).contains(q.stem(), q.explanation());
            }
            assertThat(stems(original)).noneSatisfy(stem -> assertThat(body).contains(stem));
        }
    }

    @Test
    void aRunningQuizSwitchesLanguageOnItsPageAndTheAnswersStay() {
        Browser b = new Browser().acceptLanguage("hy");
        String id = start(b, "hy");
        Response r = b.post("/attempts/" + id + "/language", "lang", "ru", "back", "/attempts/" + id + "/questions/1");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(Browser.location(r)).isEqualTo("/attempts/" + id + "/questions/1");
        assertThat(storedLanguage(id)).isEqualTo("ru");
        String text = page(b, "/attempts/" + id + "/questions/1").selectFirst("form.card").text();
        assertThat(stems(in("ru"))).anySatisfy(stem -> assertThat(text).contains(stem));

        Response unknown = b.post("/attempts/" + id + "/language", "lang", "de");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("«de»");
        assertThat(storedLanguage(id)).isEqualTo("ru");
    }

    @Test
    void aQuizStartedWithoutALanguageFieldTakesTheRequestsChoice() {
        Browser b = new Browser().acceptLanguage("ru");
        Response r = b.post("/attempts", "pack", PACK, "scope", "all", "length", "0", "mode", "exam");
        assertThat(r.statusCode()).isEqualTo(303);
        Matcher m = QUESTION_URL.matcher(Browser.location(r));
        assertThat(m.matches()).isTrue();
        assertThat(storedLanguage(m.group(1))).isEqualTo("ru");

        String own = start(new Browser(), "de"); // a language the pack lacks: its own
        assertThat(storedLanguage(own)).isEqualTo("en");
    }

    @Test
    void anApiAttemptIsTakenInTheLanguageItAsksFor() {
        Response r = given().contentType("application/json").body(Map.of("pack", PACK, "language", "ru", "length", 0))
                .post("/api/attempts");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        assertThat(r.jsonPath().getString("language")).isEqualTo("ru");
        assertThat(r.jsonPath().getList("questions.stem", String.class)).containsExactlyInAnyOrderElementsOf(stems(in("ru")));
        assertThat(storedLanguage(r.jsonPath().getString("id"))).isEqualTo("ru");

        Response own = given().contentType("application/json").body(Map.of("pack", PACK, "length", 0)).post("/api/attempts");
        assertThat(own.jsonPath().getString("language")).isEqualTo("en");
    }

    @Test
    void myProgressNamesThePackInTheAttemptsLanguage() {
        Browser b = new Browser().acceptLanguage("en");
        start(b, "hy");
        assertThat(page(b, "/me/progress").selectFirst("main").text()).contains("Փաթեթ երեք լեզվով");
    }

    @Test
    void theHomePageNamesATranslatedPackInTheUiLanguageAndListsItsLanguages() {
        Document ru = page(new Browser().acceptLanguage("ru"), "/");
        var card = ru.select("li.card").stream().filter(li -> li.selectFirst("a[href=/packs/translated]") != null).findFirst().orElseThrow();
        assertThat(card.selectFirst("h3").text()).isEqualTo("Пакет на трёх языках");
        assertThat(card.selectFirst("h3").attr("lang")).isEqualTo("ru");
        assertThat(card.selectFirst("p.meta").text()).startsWith("Языки: английский, армянский, русский");
    }
}

package org.sourced.web.i18n;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.sourced.packs.PackLanguage;

/**
 * The UI language: chosen from Accept-Language, switched in the footer, remembered in a cookie, and kept
 * apart from the pack's language. RestAssured sends no Accept-Language by default, so every other page test
 * sees English.
 */
@QuarkusTest
class LanguagePagesTest {

    private static final String PACK = "/packs/csto-armenia";

    /** Lesson 02 has a claim-check checkpoint (csto-never-acts): its verdicts are Sourced's words, not the pack's. */
    private static final String LESSON = PACK + "/lessons/what-the-treaty-promises";

    /**
     * A request whose reader chose the pack's English with the pack's language switch: these tests are about the UI in
     * one language around pack text in another, marked with its own lang, whatever translations the pack ships.
     */
    private static RequestSpecification englishPack() {
        return given().cookie(PackLanguage.COOKIE_PREFIX + "csto-armenia", "en");
    }

    @Test
    void armenianFromAcceptLanguage() {
        englishPack().header("Accept-Language", "hy").get("/").then().statusCode(200)
                .header("Content-Language", "hy")
                .header("Vary", containsString("Accept-Language"))
                .body(containsString("<html lang=\"hy\">"))
                .body(containsString(">Փաթեթներ</a>"))
                .body(containsString("Իմ առաջընթացը"))
                .body(not(containsString(">My progress<")));
    }

    @Test
    void russianFromARegionalTagWithWeights() {
        englishPack().header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString(">Наборы</a>"))
                .body(containsString("Уроки и тесты с доказательствами"));
    }

    @Test
    void theBestSupportedMatchWinsNotTheFirstEntry() {
        englishPack().header("Accept-Language", "de-DE, de;q=0.9, hy;q=0.5").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"hy\">"))
                .body(containsString(">Փաթեթներ</a>"));
    }

    @Test
    void anUnknownLanguageOrNoneGetsEnglish() {
        englishPack().header("Accept-Language", "de").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString(">Packs</a>"));
        englishPack().get("/").then().statusCode(200)
                .header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Lessons and quizzes with their evidence"));
    }

    @Test
    void theSwitcherListsEachLanguageInItself() {
        String page = englishPack().header("Accept-Language", "ru").get(PACK + "?x=1").then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("<form method=\"post\" action=\"/language\" class=\"language-switch\">")
                .contains("<label for=\"language-switch-lang\">Язык</label>")
                .contains("<option value=\"en\" lang=\"en\">English</option>")
                .contains("<option value=\"hy\" lang=\"hy\">Հայերեն</option>")
                .contains("<option value=\"ru\" lang=\"ru\" selected>Русский</option>")
                .contains("<input type=\"hidden\" name=\"back\" value=\"" + PACK + "?x=1\">");
    }

    @Test
    void postingTheSwitcherSetsTheCookieAndGoesBack() {
        Csrf csrf = Csrf.from(englishPack().get("/"));
        Response switched = englishPack().redirects().follow(false).cookie("csrf-token", csrf.cookie)
                .formParam("csrf-token", csrf.field).formParam("lang", "hy").formParam("back", PACK + "?from=footer")
                .post("/language");
        switched.then().statusCode(303).header("Location", endsWith(PACK + "?from=footer"));
        String cookie = switched.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("sourced_lang=")).findFirst()
                .orElseThrow();
        assertThat(cookie).startsWith("sourced_lang=hy;").contains("Max-Age=31536000").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").contains("Path=/");

        // later requests without Accept-Language render in the remembered language, and it beats the header
        englishPack().cookie("sourced_lang", "hy").get("/").then().body(containsString("<html lang=\"hy\">"));
        englishPack().cookie("sourced_lang", "hy").header("Accept-Language", "ru").get("/").then()
                .body(containsString("<html lang=\"hy\">"));
    }

    @Test
    void theSwitcherOnlyGoesBackToThisSite() {
        Csrf csrf = Csrf.from(englishPack().get("/"));
        for (String back : new String[] {"//evil.example/x", "https://evil.example/", "javascript:alert(1)", "", "/\\evil"}) {
            englishPack().redirects().follow(false).cookie("csrf-token", csrf.cookie).formParam("csrf-token", csrf.field)
                    .formParam("lang", "ru").formParam("back", back).post("/language")
                    .then().statusCode(303).header("Location", endsWith("/")).header("Location", not(containsString("evil")));
        }
    }

    @Test
    void theSwitcherRefusesAnUnknownLanguageAndAPostWithoutItsToken() {
        Csrf csrf = Csrf.from(englishPack().get("/"));
        englishPack().header("Accept-Language", "ru").cookie("csrf-token", csrf.cookie).formParam("csrf-token", csrf.field)
                .formParam("lang", "de").formParam("back", "/").post("/language")
                .then().statusCode(400).body(containsString("«de»")).body(containsString("<html lang=\"ru\">"));
        englishPack().redirects().follow(false).formParam("lang", "hy").formParam("back", "/").post("/language")
                .then().statusCode(400).header("Set-Cookie", not(containsString("sourced_lang")));
    }

    @Test
    void aLangParameterSwitchesAndIsRemembered() {
        Response page = englishPack().header("Accept-Language", "en").get(PACK + "?lang=ru");
        page.then().statusCode(200).body(containsString("<html lang=\"ru\">")).body(containsString("Проверьте себя"))
                .body(containsString("name=\"back\" value=\"" + PACK + "\""));
        assertThat(page.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("sourced_lang=ru;"));

        englishPack().get(PACK + "?lang=xx").then().body(containsString("<html lang=\"en\">"))
                .header("Set-Cookie", not(containsString("sourced_lang")));
    }

    @Test
    void theLessonKeepsThePacksLanguageInsideAnArmenianPage() {
        String page = englishPack().header("Accept-Language", "hy").get(LESSON).then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("<html lang=\"hy\">")
                .contains("<article lang=\"en\">")
                .contains("<h1>What the treaty promises: Articles 2 and 4</h1>")
                // the checkpoint is the page's own words, its question the pack's
                .contains("aria-label=\"Ստուգողական հարց\" lang=\"hy\"")
                .contains("<legend lang=\"en\">")
                .contains("Ստուգել պատասխանը")
                .contains("Ընտրեք այն եզրակացությունը, որը հիմնավորում են ապացույցները։")
                // claim-check verdicts are Sourced's words: in Armenian, marked so
                .contains("<span lang=\"hy\">Հաստատվում է աղբյուրներով</span>")
                .doesNotContain("Supported by the record")
                .contains("› Դաս</nav>");
    }

    @Test
    void thePackPageMarksThePacksTextAndFormatsDatesForTheReader() {
        String ru = englishPack().header("Accept-Language", "ru").get(PACK).then().statusCode(200).extract().asString();
        assertThat(ru).contains("<header lang=\"en\">\n<h1>Armenia and the CSTO")
                .contains("<legend>Что тренировать</legend>")
                .contains("7 уроков")
                .contains("авторская колонка")
                .containsPattern("\\d{1,2} [а-я]+\\. 20\\d\\d г\\.");
        String en = englishPack().get(PACK).then().statusCode(200).extract().asString();
        assertThat(en).contains("7 lessons").contains("commentary").containsPattern(">[^<]*, \\d{1,2} [A-Z][a-z]{2} 20\\d\\d <span class=\"tag");
        String hy = englishPack().header("Accept-Language", "hy").get("/").then().extract().asString();
        assertThat(hy).contains("Լեզուն՝ անգլերեն").contains("7 դաս").contains("<h3 lang=\"en\">");
    }

    @Test
    void aCheckpointAnsweredWithHtmxComesBackInTheReadersLanguage() {
        Csrf csrf = Csrf.from(englishPack().get(LESSON));
        englishPack().header("Accept-Language", "ru").header("HX-Request", "true").cookie("csrf-token", csrf.cookie)
                .formParam("csrf-token", csrf.field).formParam("choice", "supported")
                .post(LESSON + "/checkpoints/csto-never-acts")
                .then().statusCode(200)
                .body(containsString("lang=\"ru\""))
                .body(containsString("<strong>Доказательства</strong>"))
                .body(containsString("<p lang=\"en\">"))
                .body(not(containsString("<html")));
        englishPack().header("Accept-Language", "hy").header("HX-Request", "true").cookie("csrf-token", csrf.cookie)
                .formParam("csrf-token", csrf.field)
                .post(LESSON + "/checkpoints/csto-never-acts")
                .then().statusCode(422).body(containsString("Նախ ընտրեք պատասխան, հետո ստուգեք այն։"));
    }

    @Test
    void errorPagesSpeakTheReadersLanguage() {
        englishPack().header("Accept-Language", "ru").get("/no/such/page").then().statusCode(404)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("<h1>Не найдено</h1>"))
                .body(containsString("По этому адресу ничего нет."))
                // no resource answered, so there is no CSRF token for the switcher: the page leaves it out
                .body(not(containsString("action=\"/language\"")));
        englishPack().header("Accept-Language", "hy").get("/packs/no-such-pack").then().statusCode(404)
                .body(containsString("<h1>Չի գտնվել</h1>"))
                .body(containsString("action=\"/language\""));
    }

    @Test
    void anExamReadsInRussianFromStartToResult() {
        CookieFilter browser = new CookieFilter();
        Csrf csrf = Csrf.from(englishPack().filter(browser).get(PACK));
        String question = englishPack().filter(browser).redirects().follow(false).header("Accept-Language", "ru")
                .formParam("csrf-token", csrf.field).formParam("pack", "csto-armenia").formParam("scope", "all")
                .formParam("length", "3").formParam("mode", "exam").formParam("timeLimitMinutes", "30")
                .post("/attempts").then().statusCode(303).extract().header("Location");

        String page = englishPack().filter(browser).header("Accept-Language", "ru").get(question).then().statusCode(200).extract().asString();
        assertThat(page).contains("<html lang=\"ru\">")
                .contains("<title>Вопрос 1 из 3 · Sourced</title>")
                .contains("Экзамен · до ")
                .containsPattern("до \\d{1,2} [а-я]+\\. 20\\d\\d г\\., \\d\\d:\\d\\d UTC \\(осталось \\d+ мин\\)")
                .contains("<legend lang=\"en\">")
                .contains("aria-label=\"Вопрос 1, нет ответа\"")
                .contains("Отвечено: 0 из 3")
                .contains(">Завершить…</button>");
        Matcher seq = Pattern.compile("name=\"seq\" value=\"(\\d+)\"").matcher(page);
        assertThat(seq.find()).isTrue();

        String summary = englishPack().filter(browser).redirects().follow(false).header("Accept-Language", "ru")
                .formParam("csrf-token", csrf.field).formParam("seq", seq.group(1)).formParam("action", "finish")
                .post(question).then().statusCode(303).extract().header("Location");
        englishPack().filter(browser).header("Accept-Language", "ru").get(summary).then().statusCode(200)
                .body(containsString("<h1>Проверка и отправка</h1>"))
                .body(containsString("Вы ответили на 0 из 3 вопросов. Вопросы без ответа не приносят баллов."))
                .body(containsString(">Нет ответа</td>"));

        String result = englishPack().filter(browser).redirects().follow(false).header("Accept-Language", "ru")
                .formParam("csrf-token", csrf.field).post(summary.replace("/summary", "/submit"))
                .then().statusCode(303).extract().header("Location");
        englishPack().filter(browser).header("Accept-Language", "ru").get(result).then().statusCode(200)
                .body(containsString("<h1>Ваш результат: 0 из "))
                .body(containsString("затрачено "))
                .body(containsString("Ваш ответ: <em>нет ответа</em>"))
                .body(containsString("<strong>Доказательства</strong>"))
                .body(containsString("Повторить вопросы с ошибками (3)"));

        englishPack().filter(browser).header("Accept-Language", "hy").get("/me/progress").then().statusCode(200)
                .body(containsString("<h1>Իմ առաջընթացը</h1>"))
                .body(containsString("<td lang=\"en\">Armenia and the CSTO"))
                .body(containsString("<td>Քննություն</td>"))
                .body(containsString("-ից 0</a>"));
    }

    @Test
    void formTagsTakeTheirLabelsFromTheBundle() {
        // with no administrator yet, /login sends the first visitor to /setup; either form has the tags
        String page = englishPack().header("Accept-Language", "hy").get("/login").then().statusCode(200).extract().asString();
        assertThat(page).contains("<html lang=\"hy\">").contains(">Էլ. փոստ</label>").contains(">Գաղտնաբառ</label>");
    }

    /** The CSRF cookie and the matching form field, read from a page that has a form. */
    record Csrf(String cookie, String field) {
        private static final Pattern FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

        static Csrf from(Response page) {
            Matcher m = FIELD.matcher(page.asString());
            assertThat(m.find()).as("the page has a CSRF field").isTrue();
            return new Csrf(page.getCookie("csrf-token"), m.group(1));
        }
    }
}

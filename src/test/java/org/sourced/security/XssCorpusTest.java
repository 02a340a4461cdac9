package org.sourced.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sourced.accounts.Role;
import org.sourced.packs.PackStore;
import org.sourced.packs.format.PackContent;

/**
 * The XSS corpus (src/test/resources/security/xss-payloads.txt) pushed through every authored field of a
 * pack and through the nickname, then every page that shows them is parsed as a browser would: no script
 * but the app's two files, no event handler, no javascript: or data: URL, no raw payload in the HTML, and
 * each payload visible as the text it is.
 *
 * <p>Teacher authoring pages (/teach/...) are not on this branch yet; when they land, their edit forms
 * belong here too.
 */
@QuarkusTest
class XssCorpusTest {

    static final List<String> PAYLOADS = XssPack.payloads();
    static final PackContent MAIN = XssPack.main(PAYLOADS);
    static final List<PackContent> TITLE_PACKS = XssPack.titlePacks(PAYLOADS);
    static final Pattern ATTEMPT = Pattern.compile("/attempts/([A-Za-z0-9_-]+)/");

    @Inject
    PackStore store;

    @BeforeEach
    void publish() {
        store.publish(MAIN, "browser", null);
        TITLE_PACKS.forEach(p -> store.publish(p, "browser", null));
    }

    @AfterEach
    void cleanThrottle() {
        TestAccounts.freshThrottle(Clock.systemUTC());
    }

    @Test
    void theCorpusHasAtLeastThirtyPayloads() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates().allMatch(p -> p.length() <= 60);
        assertThat(MAIN.questions()).hasSize(PAYLOADS.size());
    }

    @Test
    void homePackPageAndApiShowEveryPackFieldEscaped() {
        Browser browser = new Browser();
        String home = browser.page("/");
        assertSafe("home", home);
        for (PackContent p : TITLE_PACKS) {
            p.manifest().authors().forEach(x -> assertShown("home", home, x));
            String page = browser.page("/packs/" + p.id());
            assertSafe("title pack " + p.id(), page);
            assertShown("title pack " + p.id(), page, p.manifest().title());
            assertShown("title pack " + p.id(), page, p.manifest().licence());
            assertShown("title pack " + p.id(), page, p.manifest().version());
            // the pack's declared language (a payload here) marks its text, escaped inside the attribute;
            // <html lang> is the UI's language
            assertThat(Jsoup.parse(page).select("[lang]").eachAttr("lang")).contains(p.manifest().language());
            assertThat(Jsoup.parse(page).selectFirst("html").attr("lang")).isEqualTo("en");
        }

        String pack = browser.page("/packs/" + XssPack.MAIN);
        assertSafe("pack page", pack);
        for (String x : PAYLOADS) {
            assertShown("pack page", pack, x); // objective, lesson, set and source titles, publishers, authors
        }

        Response api = given().get("/api/packs/" + XssPack.MAIN);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.contentType()).startsWith("application/json");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonPath json = api.jsonPath();
        assertThat(json.getList("objectives.title", String.class)).containsExactlyElementsOf(PAYLOADS);
        assertThat(json.getList("sources.publisher", String.class)).containsExactlyElementsOf(PAYLOADS);
        assertThat(json.getList("sources.url", String.class)).allMatch(u -> u.startsWith("https://example.org/"));
    }

    @Test
    void lessonsAndCheckpointRepliesShowEveryFieldEscaped() {
        Browser browser = new Browser();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String x = PAYLOADS.get(i);
            String path = "/packs/" + XssPack.MAIN + "/lessons/l-" + i;
            String lesson = browser.page(path);
            assertSafe("lesson " + i, lesson);
            Document doc = Jsoup.parse(lesson);
            assertThat(doc.selectFirst("h1").text()).as("lesson %d title", i).isEqualTo(normal(x));
            assertShown("lesson " + i + " checkpoint", lesson, x);

            Element form = doc.selectFirst("section.checkpoint form");
            String action = form.attr("action").replaceAll("#.*", "");
            Map<String, String> answer = answer(form);
            String reply = browser.post(action, answer).asString();
            assertSafe("checkpoint reply " + i, reply);
            assertThat(Jsoup.parse(reply).select(".feedback")).as("feedback of checkpoint %d", i).isNotEmpty();
            assertShown("checkpoint reply " + i, reply, x);
            if (i % 5 == 0) {
                Response fragment = browser.post(action, answer, Map.of("HX-Request", "true"));
                assertSafe("checkpoint fragment " + i, fragment.asString());
                assertShown("checkpoint fragment " + i, fragment.asString(), x);
            }
        }
    }

    @Test
    void practiceQuestionsFeedbackSummaryAndResultShowEveryFieldEscaped() {
        Browser browser = new Browser();
        browser.page("/packs/" + XssPack.MAIN);
        Response started = browser.post("/attempts", Map.of("pack", XssPack.MAIN, "scope", "all", "length", "0", "mode", "practice"));
        assertThat(started.statusCode()).isEqualTo(303);
        String id = attemptId(started.getHeader("Location"));
        for (int n = 1; n <= PAYLOADS.size(); n++) {
            String questionPath = "/attempts/" + id + "/questions/" + n;
            String page = browser.page(questionPath);
            assertSafe("question " + n, page);
            Document doc = Jsoup.parse(page);
            String stem = doc.selectFirst("legend").text();
            assertThat(PAYLOADS.stream().map(XssCorpusTest::normal)).as("question %d shows its stem as text", n).contains(stem);

            Map<String, String> form = answer(doc.selectFirst("form.card"));
            form.put("seq", doc.selectFirst("input[name=seq]").attr("value"));
            form.put("action", "check");
            Response stored = browser.post(questionPath, form);
            assertThat(stored.statusCode()).as("answer to question %d: %s", n, stored.asString()).isEqualTo(303);
            String feedback = browser.page(questionPath);
            assertSafe("practice feedback " + n, feedback);
            assertThat(Jsoup.parse(feedback).select(".feedback")).as("feedback on question %d", n).isNotEmpty();
        }
        String summary = browser.page("/attempts/" + id + "/summary");
        assertSafe("summary", summary);
        String result = browser.follow(browser.post("/attempts/" + id + "/submit", Map.of()));
        assertSafe("result", result);
        for (String x : PAYLOADS) {
            assertShown("result", result, x); // stems, claims, answers, keys, feedback, explanations, evidence
        }
        assertSafe("my progress", browser.page("/me/progress"));
    }

    @Test
    void nicknamesFromTheFormAndTheApiAreEscapedOnResultsAndProgress() {
        Browser browser = new Browser();
        browser.page("/packs/" + XssPack.MAIN);
        for (String x : PAYLOADS) {
            Response started = browser.post("/attempts", Map.of("pack", XssPack.MAIN, "scope", "objective:o-0", "length", "1",
                    "mode", "exam", "nickname", x));
            assertThat(started.statusCode()).as("start with nickname %s: %s", x, started.asString()).isEqualTo(303);
            String id = attemptId(started.getHeader("Location"));
            String result = browser.follow(browser.post("/attempts/" + id + "/submit", Map.of()));
            assertSafe("result of nickname " + x, result);
            assertThat(Jsoup.parse(result).selectFirst("p.meta").text()).contains(normal(x));

            Map<String, Object> body = new LinkedHashMap<>();
            body.put("pack", XssPack.MAIN);
            body.put("objective", "o-0");
            body.put("length", 1);
            body.put("mode", "exam");
            body.put("nickname", x);
            Response apiStart = given().contentType(ContentType.JSON).body(body).post("/api/attempts");
            assertThat(apiStart.statusCode()).as("API start with nickname %s: %s", x, apiStart.asString()).isEqualTo(201);
            assertThat(apiStart.contentType()).startsWith("application/json");
            Response submitted = given().contentType(ContentType.JSON).header("Authorization", "Bearer " + apiStart.jsonPath().getString("token"))
                    .post("/api/attempts/" + apiStart.jsonPath().getString("id") + "/submit");
            assertThat(submitted.statusCode()).isEqualTo(200);
            String apiResult = new Browser().page(submitted.jsonPath().getString("resultUrl"));
            assertSafe("result of API nickname " + x, apiResult);
            assertThat(Jsoup.parse(apiResult).selectFirst("p.meta").text()).contains(normal(x));
        }
        assertSafe("my progress after nicknames", browser.page("/me/progress"));
    }

    @Test
    void theSignInFormAndErrorPagesReshowWhatWasSentEscaped() {
        TestAccounts.account("xss@example.org", Role.TEACHER);
        Browser browser = new Browser();
        for (String x : PAYLOADS) {
            Response form = browser.query("/login", Map.of("next", "/" + x));
            assertThat(form.statusCode()).isEqualTo(200);
            assertSafe("sign-in form with next " + x, form.asString());

            Response failed = browser.post("/login", Map.of("email", x, "password", "wrong password", "next", "/" + x));
            assertThat(failed.statusCode()).isIn(401, 429);
            assertSafe("failed sign-in as " + x, failed.asString());
            assertThat(Jsoup.parse(failed.asString()).selectFirst("input[name=email]").attr("value")).isEqualTo(x);

            Response missing = browser.getSegments("packs", x);
            assertThat(missing.statusCode()).as("GET /packs/%s", x).isIn(400, 404);
            assertSafe("404 for pack " + x, missing.asString());
            Response missingLesson = browser.getSegments("packs", XssPack.MAIN, "lessons", x);
            assertThat(missingLesson.statusCode()).as("GET lesson %s", x).isIn(400, 404);
            assertSafe("404 for lesson " + x, missingLesson.asString());
        }
    }

    /** The fields that answer a question form: the first choice, or the items in the order shown. */
    static Map<String, String> answer(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Element> ranks = form.select("input[name^=rank-]");
        if (!ranks.isEmpty()) {
            for (int i = 0; i < ranks.size(); i++) {
                fields.put(ranks.get(i).attr("name"), String.valueOf(i + 1));
            }
        } else {
            fields.put("choice", form.selectFirst("input[name=choice]").attr("value"));
        }
        return fields;
    }

    static void assertSafe(String where, String html) {
        List<String> problems = new ArrayList<>(HtmlChecks.problems(html));
        for (String x : PAYLOADS) {
            if ((x.contains("<") || x.contains(">")) && html.contains(x)) {
                problems.add("the raw payload " + x);
            }
        }
        assertThat(problems).as(where).isEmpty();
    }

    static void assertShown(String where, String html, String payload) {
        assertThat(Jsoup.parse(html).text()).as("%s shows %s as text", where, payload).contains(normal(payload));
    }

    /** As jsoup's text(): runs of white space as one space, trimmed. */
    static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static String attemptId(String location) {
        Matcher m = ATTEMPT.matcher(location);
        assertThat(m.find()).as("an attempt in %s", location).isTrue();
        return m.group(1);
    }
}

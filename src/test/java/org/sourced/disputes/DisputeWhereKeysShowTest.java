package org.sourced.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.disputes.DisputeTestSupport.json;
import static org.sourced.disputes.DisputeTestSupport.person;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.disputes.DisputeTestSupport.Person;
import org.sourced.live.LivePages;
import org.sourced.live.LiveService;
import org.sourced.packs.PackLanguage;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.support.Browser;
import org.sourced.support.Key;

/**
 * A key can be disputed wherever a student sees it besides results and practice: under a lesson checkpoint's feedback
 * (in the language the lesson was read in) and on the phone once the host revealed a live question, never before.
 */
@QuarkusTest
class DisputeWhereKeysShowTest {

    static final String DISPUTE_LINK = "Dispute this key";

    @Inject
    AccountService accounts;
    @Inject
    LiveService live;

    // ---- a lesson's checkpoint -------------------------------------------------------------------------------

    static Lesson lessonWithSingle() {
        return Key.pack().lessons().stream()
                .filter(l -> l.checkpointIds().stream().anyMatch(id -> Key.question(id).type() == QuestionType.SINGLE)).findFirst()
                .orElseThrow(() -> new AssertionError("no lesson has a single-choice checkpoint"));
    }

    static String singleOf(Lesson l) {
        return l.checkpointIds().stream().filter(id -> Key.question(id).type() == QuestionType.SINGLE).findFirst().orElseThrow();
    }

    @Test
    void aCheckpointOffersTheFormOnlyOnceAnsweredAndTheDisputeLandsInTheReadersList() {
        Lesson lesson = lessonWithSingle();
        String qid = singleOf(lesson);
        Question q = Key.question(qid);
        String lessonUrl = "/packs/" + Key.PACK + "/lessons/" + lesson.id();
        String formUrl = lessonUrl + "/checkpoints/" + qid + "/dispute?lang=en";
        Browser reader = new Browser().with(PackLanguage.COOKIE_PREFIX + Key.PACK, "en");

        Element before = Jsoup.parse(reader.get(lessonUrl).then().statusCode(200).extract().asString()).getElementById("cp-" + qid);
        assertThat(before.select("a:containsOwn(" + DISPUTE_LINK + ")")).as("no dispute link before an answer").isEmpty();

        Response answered = reader.post(lessonUrl + "/checkpoints/" + qid, "choice", Key.wrong(qid).get(0));
        assertThat(answered.statusCode()).isEqualTo(200);
        Element after = Jsoup.parse(answered.asString()).getElementById("cp-" + qid);
        assertThat(after.select(".feedback")).isNotEmpty();
        assertThat(after.select("a:containsOwn(" + DISPUTE_LINK + ")")).singleElement()
                .satisfies(a -> assertThat(a.attr("href")).isEqualTo(formUrl));

        Document form = Jsoup.parse(reader.get(formUrl).then().statusCode(200).extract().asString());
        assertThat(form.selectFirst("#disputed-q").text()).isEqualTo(q.stem());
        assertThat(form.selectFirst("nav.meta a").attr("href")).isEqualTo(lessonUrl + "#cp-" + qid);
        assertThat(form.selectFirst("nav.meta a").text()).isEqualTo("Back to the lesson");
        assertThat(form.selectFirst("form[method=post]").attr("action")).isEqualTo(lessonUrl + "/checkpoints/" + qid + "/disputes");
        assertThat(form.selectFirst("input[name=lang]").attr("value")).isEqualTo("en");
        assertThat(form.text()).as("the form shows the question, never its key").doesNotContain(q.explanation().strip().lines().findFirst().orElseThrow());

        // a blank reason: 422, the form again with what was written, nothing filed
        String source = Key.pack().manifest().sources().get(0).id();
        Response blank = reader.post(lessonUrl + "/checkpoints/" + qid + "/disputes", "lang", "en", "reason", " ", "source", source,
                "locator", "para. 4");
        assertThat(blank.statusCode()).isEqualTo(422);
        Document refused = Jsoup.parse(blank.asString());
        assertThat(refused.select(".field-error").text()).isNotBlank();
        assertThat(refused.selectFirst("input[name=locator]").attr("value")).isEqualTo("para. 4");
        assertThat(refused.selectFirst("select[name=source] option[selected]").attr("value")).isEqualTo(source);
        assertThat(reader.get("/me/disputes").asString()).doesNotContain(q.stem());

        String reason = "The cited paragraph speaks of consultations " + System.nanoTime();
        Response filed = reader.post(lessonUrl + "/checkpoints/" + qid + "/disputes", "lang", "en", "reason", reason, "source", source,
                "locator", "para. 4");
        assertThat(filed.statusCode()).as(filed.asString()).isEqualTo(303);
        assertThat(Browser.location(filed)).isEqualTo("/me/disputes?notice=filed");
        String mine = reader.get("/me/disputes").asString();
        assertThat(mine).contains(reason).contains(q.stem());
        assertThat(new Browser().get("/me/disputes").asString()).as("another reader's list").doesNotContain(reason);

        // only a checkpoint of that lesson can be disputed there
        String other = Key.pack().questions().stream().map(Question::id).filter(id -> !lesson.checkpointIds().contains(id)).findFirst()
                .orElseThrow();
        assertThat(reader.get(lessonUrl + "/checkpoints/" + other + "/dispute").statusCode()).isEqualTo(404);
        assertThat(reader.post(lessonUrl + "/checkpoints/" + other + "/disputes", "reason", "x").statusCode()).isEqualTo(404);
    }

    @Test
    void aCheckpointReadInRussianIsDisputedInRussian() {
        Lesson lesson = lessonWithSingle();
        String qid = singleOf(lesson);
        String lessonUrl = "/packs/" + Key.PACK + "/lessons/" + lesson.id();
        Browser reader = new Browser().with(PackLanguage.COOKIE_PREFIX + Key.PACK, "ru");

        Response answered = reader.post(lessonUrl + "/checkpoints/" + qid, "choice", Key.right(qid).get(0));
        Element link = Jsoup.parse(answered.asString()).getElementById("cp-" + qid).selectFirst("a:containsOwn(" + DISPUTE_LINK + ")");
        assertThat(link.attr("href")).endsWith("/dispute?lang=ru");

        Document form = Jsoup.parse(reader.get(link.attr("href")).then().statusCode(200).extract().asString());
        Element stem = form.selectFirst("#disputed-q");
        assertThat(stem.attr("lang")).isEqualTo("ru");
        assertThat(stem.text()).containsPattern("\\p{IsCyrillic}").isNotEqualTo(Key.question(qid).stem());
        assertThat(form.selectFirst("input[name=lang]").attr("value")).isEqualTo("ru");
    }

    // ---- a live session -------------------------------------------------------------------------------------

    record Session(long id, String pin) {
    }

    private static Session start(Person host, int length) {
        Map<String, Object> body = Map.of("pack", Key.PACK, "length", length, "seconds", 60);
        var j = json(host.api().body(body).post("/api/live").then().log().ifValidationFails().statusCode(201).extract().response());
        return new Session(j.get("id").asLong(), j.get("pin").asText());
    }

    private static Browser phone(Session s, String nickname) {
        var j = json(io.restassured.RestAssured.given().contentType(ContentType.JSON).body(Map.of("pin", s.pin(), "nickname", nickname))
                .post("/api/live/join").then().log().ifValidationFails().statusCode(201).extract().response());
        return new Browser().with(LivePages.PLAYER_COOKIE, j.get("token").asText());
    }

    private static void step(Person host, Session s, String step) {
        host.api().post("/api/live/" + s.id() + "/" + step).then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void aLivePlayerDisputesARevealedKeyAndGoesBackToTheGame() {
        Person host = person(accounts, Role.TEACHER);
        Session s = start(host, 2);
        Browser ani = phone(s, "Ani");
        String base = "/live/" + s.id();
        step(host, s, "next");
        Question q1 = live.facts(s.id()).question(1);

        // open, not revealed: no link, and neither the form nor a post gets through
        assertThat(ani.get(base + "/play").asString()).doesNotContain(DISPUTE_LINK);
        Response early = ani.get(base + "/questions/1/dispute");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.asString()).contains("The key of question 1 has not been revealed yet");
        assertThat(ani.post(base + "/questions/1/disputes", "reason", "too early").statusCode()).isEqualTo(409);
        assertThat(ani.get("/me/disputes").asString()).doesNotContain("too early");

        step(host, s, "reveal");
        Document revealed = Jsoup.parse(ani.get(base + "/play").asString());
        assertThat(revealed.select("a:containsOwn(" + DISPUTE_LINK + ")")).singleElement()
                .satisfies(a -> assertThat(a.attr("href")).isEqualTo(base + "/questions/1/dispute"));
        Document form = Jsoup.parse(ani.get(base + "/questions/1/dispute").then().statusCode(200).extract().asString());
        assertThat(form.selectFirst("#disputed-q").text()).isEqualTo(q1.stem() != null ? q1.stem() : q1.claim());
        assertThat(form.selectFirst("nav.meta a").attr("href")).isEqualTo(base + "/play");
        assertThat(form.selectFirst("form[method=post]").attr("action")).isEqualTo(base + "/questions/1/disputes");

        String reason = "The article says the request came later " + System.nanoTime();
        Response filed = ani.post(base + "/questions/1/disputes", "reason", reason);
        assertThat(filed.statusCode()).as(filed.asString()).isEqualTo(303);
        assertThat(Browser.location(filed)).isEqualTo(base + "/play?notice=disputed");
        assertThat(Jsoup.parse(ani.get(base + "/play?notice=disputed").asString()).select("p.notice-ok").text())
                .startsWith("Your dispute was sent; the game goes on.");
        assertThat(ani.get("/me/disputes").asString()).contains(reason);

        // question 2 opened, then the session ended before its reveal: its key was never shown, question 1's was
        step(host, s, "next");
        step(host, s, "end");
        assertThat(ani.get(base + "/questions/2/dispute").statusCode()).isEqualTo(409);
        assertThat(ani.get(base + "/questions/1/dispute").statusCode()).isEqualTo(200);
        assertThat(ani.get(base + "/questions/3/dispute").statusCode()).isEqualTo(404);

        // a token of another session, or none, is refused
        Session other = start(host, 1);
        Browser boris = phone(other, "Boris");
        assertThat(boris.get(base + "/questions/1/dispute").statusCode()).isEqualTo(403);
        assertThat(boris.post(base + "/questions/1/disputes", "reason", "not my game").statusCode()).isEqualTo(403);
        assertThat(new Browser().get(base + "/questions/1/dispute").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionEndedRightAfterItsLastRevealStillTakesDisputesOnIt() {
        Person host = person(accounts, Role.TEACHER);
        Session s = start(host, 1);
        Browser chen = phone(s, "Chen");
        step(host, s, "next");
        step(host, s, "reveal");
        step(host, s, "next"); // after the last reveal, "next" ends the session
        Response form = chen.get("/live/" + s.id() + "/questions/1/dispute");
        assertThat(form.statusCode()).as(form.asString()).isEqualTo(200);
        Response filed = chen.post("/live/" + s.id() + "/questions/1/disputes", "reason", "Paragraph 3 says otherwise");
        assertThat(filed.statusCode()).isEqualTo(303);
        assertThat(chen.get("/me/disputes").asString()).contains("Paragraph 3 says otherwise");
    }
}

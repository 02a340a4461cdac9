package org.sourced.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.accounts.Sessions;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Question;
import org.sourced.support.Csrf;

/** The live pages with CSRF on and without JavaScript: the start form, the projector screen, the join form and the phone. */
@QuarkusTest
class LivePagesTest {

    private static final Pattern PIN = Pattern.compile("id=\"live-pin\">(\\d{6})<");

    @Inject
    AccountService accounts;
    @Inject
    Sessions sessions;
    @Inject
    LiveService live;

    @AfterEach
    void realTime() {
        live.useClock(Clock.systemUTC());
    }

    /** A browser: its cookies (the session, the player's token) and the CSRF pair read from a form page. */
    static final class Browser {
        final Map<String, String> cookies = new HashMap<>();
        Csrf csrf;
        long account;

        Browser(String session) {
            if (session != null) {
                cookies.put("sourced_session", session);
            }
        }

        Response get(String path) {
            return given().cookies(cookies).redirects().follow(false).get(path);
        }

        String page(String path) {
            Response r = get(path);
            r.then().log().ifValidationFails().statusCode(200);
            return r.asString();
        }

        /** Opens a form page (keeping its CSRF pair) and posts the fields to {@code action}. */
        Response post(String formPage, String action, Map<String, ?> fields) {
            if (csrf == null) {
                csrf = Csrf.from(formPage, cookies);
            }
            RequestSpecification spec = given().cookies(cookies).cookie(Csrf.NAME, csrf.cookie()).redirects().follow(false)
                    .contentType(ContentType.URLENC).formParam(Csrf.NAME, csrf.field());
            for (Map.Entry<String, ?> f : fields.entrySet()) {
                if (f.getValue() instanceof List<?> many) {
                    spec = spec.formParam(f.getKey(), many.toArray());
                } else {
                    spec = spec.formParam(f.getKey(), f.getValue());
                }
            }
            return spec.post(action);
        }
    }

    private Browser teacher() {
        Account a = accounts.create("live-pages-" + java.util.UUID.randomUUID() + "@example.org", "Host", LiveTestSupport.PASSWORD, Role.TEACHER);
        Browser b = new Browser(sessions.open(a));
        b.account = a.id;
        return b;
    }

    private record Started(long id, String pin) {
    }

    private static Started start(Browser host, Map<String, String> fields) {
        Response r = host.post("/live/new", "/live", fields);
        r.then().log().ifValidationFails().statusCode(303);
        String path = URI.create(r.header("Location")).getPath();
        assertThat(path).matches("/live/\\d+/host");
        long id = Long.parseLong(path.split("/")[2]);
        Matcher m = PIN.matcher(host.page(path));
        assertThat(m.find()).as("the host page shows the PIN").isTrue();
        return new Started(id, m.group(1));
    }

    private static Browser join(Started s, String nickname) {
        Browser phone = new Browser(null);
        Response r = phone.post("/play?pin=" + s.pin(), "/play", Map.of("pin", s.pin(), "nickname", nickname));
        r.then().log().ifValidationFails().statusCode(303);
        assertThat(URI.create(r.header("Location")).getPath()).isEqualTo("/live/" + s.id() + "/play");
        String token = r.getCookie(LivePages.PLAYER_COOKIE);
        assertThat(token).startsWith(LiveService.TOKEN_PREFIX);
        assertThat(r.getDetailedCookie(LivePages.PLAYER_COOKIE).isHttpOnly()).isTrue();
        phone.cookies.put(LivePages.PLAYER_COOKIE, token);
        // posted without the field app.js fills in: a phone without JavaScript, reloaded while it waits
        phone.cookies.put(LivePages.RELOAD_COOKIE, r.getCookie(LivePages.RELOAD_COOKIE));
        return phone;
    }

    private static void step(Browser host, Started s, String step) {
        host.post("/live/" + s.id() + "/host", "/live/" + s.id() + "/host/" + step, Map.of()).then().log().ifValidationFails().statusCode(303);
    }

    private static Response answer(Browser phone, Started s, int n, List<String> choices) {
        return phone.post("/live/" + s.id() + "/play", "/live/" + s.id() + "/answers/" + n, Map.of("choice", choices));
    }

    private Question question(Started s, int n) {
        return live.facts(s.id()).question(n);
    }

    private static List<String> wrong(Question q) {
        return List.of(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id());
    }

    /** Visible text of a page, without tags and with entities for quotes decoded, for checks on wording. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    @Test
    void aHostRunsAQuestionForTwoPlayersAndTheRevealShowsTheEvidence() {
        Browser host = teacher();
        String form = host.page("/live/new");
        assertThat(form).contains("Start a live session").contains("name=\"what\"").contains("value=\"csto-armenia\"")
                .contains("value=\"csto-armenia|objective:").contains("name=\"seconds\"").contains("empty means 20")
                .contains("name=\"speedPoints\"").contains("name=\"peerInstruction\"").contains("name=\"classId\"")
                .contains("name=\"csrf-token\"");

        Started s = start(host, Map.of("what", "csto-armenia", "length", "2", "seconds", ""));
        String lobby = host.page("/live/" + s.id() + "/host");
        assertThat(lobby).contains("/play?pin=" + s.pin()).contains("<svg").contains("class=\"qr\"").contains("Nobody has joined yet")
                .contains("sse-connect=\"/live/" + s.id() + "/events?as=host&amp;seen=")
                .contains("/webjars/htmx-ext-sse/2.2.2/sse.js");
        host.get("/webjars/htmx-ext-sse/2.2.2/sse.js").then().statusCode(200);
        assertThat(new Browser(null).page("/play?pin=" + s.pin())).contains("value=\"" + s.pin() + "\"").contains("name=\"nickname\"");

        Browser ani = join(s, "Ani");
        Browser boris = join(s, "Boris");
        assertThat(ani.page("/live/" + s.id() + "/play")).contains("You are in, Ani");
        assertThat(ani.get("/live/" + s.id() + "/play").header("Refresh")).as("the lobby reloads itself without JavaScript").isEqualTo("2; url=/live/" + s.id() + "/play");
        assertThat(host.page("/live/" + s.id() + "/host")).contains("Players (2)").contains(">Ani<").contains(">Boris<");

        step(host, s, "next");
        Question q = question(s, 1);
        String open = host.page("/live/" + s.id() + "/host");
        assertThat(text(open)).contains("Question 1 of 2").contains(q.stem()).contains("0 of 2 answered");
        assertThat(text(open)).as("the projector shows the stem, not the explanation").doesNotContain(q.explanation());

        String phone = ani.page("/live/" + s.id() + "/play");
        assertThat(phone).contains("<fieldset").contains("<legend").contains("name=\"choice\"")
                .contains("action=\"/live/" + s.id() + "/answers/1\"");
        assertThat(ani.get("/live/" + s.id() + "/play").header("Refresh")).as("the answer form never reloads").isNull();
        for (var c : q.choices()) {
            assertThat(phone).contains("value=\"" + c.id() + "\"");
        }
        assertNoKey(phone, q);

        answer(ani, s, 1, List.copyOf(q.correctChoiceIds())).then().statusCode(303);
        answer(boris, s, 1, wrong(q)).then().statusCode(303);
        String waiting = ani.page("/live/" + s.id() + "/play");
        assertThat(waiting).contains("Your answer is in");
        assertThat(ani.get("/live/" + s.id() + "/play").header("Refresh")).isEqualTo("2; url=/live/" + s.id() + "/play");
        assertNoKey(waiting, q);
        assertThat(text(host.page("/live/" + s.id() + "/host"))).contains("2 of 2 answered");

        step(host, s, "reveal");
        String reveal = host.page("/live/" + s.id() + "/host");
        String shown = text(reveal);
        assertThat(shown).contains(q.explanation()).contains("Top five").contains("(the key)");
        for (Evidence e : q.evidence()) {
            assertThat(shown).contains(e.locator() + ": " + e.note());
        }
        assertThat(reveal).contains("role=\"img\"").contains("class=\"live-standings\"");
        String standings = reveal.substring(reveal.indexOf("class=\"live-standings\""));
        assertThat(standings.indexOf(">Ani<")).as("Ani, right, ranks above Boris").isLessThan(standings.indexOf(">Boris<"));
        assertThat(text(standings)).contains("1 Ani").contains("2 Boris");

        String aniReveal = text(ani.page("/live/" + s.id() + "/play"));
        assertThat(aniReveal).contains("Right").contains(q.explanation()).contains("Your score:").contains("rank 1 of 2");
        String borisReveal = text(boris.page("/live/" + s.id() + "/play"));
        assertThat(borisReveal).contains("Not right").contains("0 of").contains("rank 2 of 2");

        step(host, s, "next");
        step(host, s, "end");
        assertThat(text(host.page("/live/" + s.id() + "/host"))).contains("The session is over").contains("Final standings");
        assertThat(text(ani.page("/live/" + s.id() + "/play"))).contains("Your final score").contains("rank 1 of 2");

        String results = text(host.page("/live/" + s.id() + "/results"));
        assertThat(results).contains("Results:").contains("1 Ani " + q.points()).contains("2 Boris 0").contains(q.stem());
        Response csv = host.get("/live/" + s.id() + "/results.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("live-" + s.id() + "-results.csv");
        List<String> lines = csv.asString().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFrank,nickname,score,removed,q1 " + q.id() + " choices,q1 points");
        // question 2 was opened and left unanswered when the host ended: 0 points for both
        assertThat(lines.get(1)).isEqualTo("1,Ani," + q.points() + ",," + String.join(" ", q.correctChoiceIds()) + "," + q.points() + ",,0");
        assertThat(lines.get(2)).isEqualTo("2,Boris,0,," + wrong(q).get(0) + ",0,,0");
        assertThat(ani.get("/live/" + s.id() + "/results").statusCode()).as("a player is not the host").isIn(302, 303, 401);
    }

    /** Nothing of the key before the reveal: no explanation, no evidence note, no verdict. */
    private static void assertNoKey(String html, Question q) {
        String shown = text(html);
        assertThat(shown).doesNotContain(q.explanation()).doesNotContain("(the key)");
        for (Evidence e : q.evidence()) {
            assertThat(shown).doesNotContain(e.note());
        }
        assertThat(html).doesNotContain("verdict-right").doesNotContain("verdict-wrong").doesNotContain("class=\"feedback");
    }

    @Test
    void peerInstructionShowsTheFirstVoteWithoutTheKeyThenBothVotes() {
        Browser host = teacher();
        Started s = start(host, Map.of("what", "csto-armenia", "length", "1", "peerInstruction", "true"));
        Browser ani = join(s, "Ani");
        step(host, s, "next");
        Question q = question(s, 1);
        answer(ani, s, 1, wrong(q)).then().statusCode(303);
        step(host, s, "close");
        String firstVote = host.page("/live/" + s.id() + "/host");
        assertThat(text(firstVote)).contains("First vote").contains("Discuss").contains("Open the second vote");
        assertNoKey(firstVote, q);

        step(host, s, "next");
        assertThat(text(ani.page("/live/" + s.id() + "/play"))).contains("second vote").contains("Send my answer");
        answer(ani, s, 1, List.copyOf(q.correctChoiceIds())).then().statusCode(303);
        step(host, s, "reveal");
        String reveal = text(host.page("/live/" + s.id() + "/host"));
        assertThat(reveal).contains("First vote").contains("1 player moved to the key in the second vote.").contains(q.explanation());
    }

    @Test
    void badInputGetsAClearMessage() {
        Browser host = teacher();
        Response notNumber = host.post("/live/new", "/live", Map.of("what", "csto-armenia", "seconds", "abc"));
        assertThat(notNumber.statusCode()).isEqualTo(422);
        assertThat(text(notNumber.asString())).contains("abc is not a whole number");
        assertThat(notNumber.asString()).contains("id=\"seconds-error\"");
        Response tooShort = host.post("/live/new", "/live", Map.of("what", "csto-armenia", "seconds", "2"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(text(tooShort.asString())).contains("Seconds per question: from 5 to 300.");
        assertThat(LiveSession.<LiveSession>list("hostId", host.account)).as("nothing half-made").isEmpty();

        Started s = start(host, Map.of("what", "csto-armenia", "length", "1", "seconds", "5"));
        Browser stranger = new Browser(null);
        Response wrongPin = stranger.post("/play", "/play", Map.of("pin", otherPin(s.pin()), "nickname", "Ani"));
        assertThat(wrongPin.statusCode()).isEqualTo(404);
        assertThat(text(wrongPin.asString())).contains("No live session has this PIN");
        assertThat(wrongPin.asString()).contains("id=\"pin-error\"");
        Response shape = stranger.post("/play", "/play", Map.of("pin", "12ab", "nickname", "Ani"));
        assertThat(shape.statusCode()).isEqualTo(422);
        assertThat(text(shape.asString())).contains("A PIN is six digits.");
        Response empty = stranger.post("/play", "/play", Map.of("pin", s.pin(), "nickname", "   "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(text(empty.asString())).contains("Type a nickname.");
        assertThat(empty.asString()).contains("id=\"nickname-error\"");
        Response tooLong = stranger.post("/play", "/play", Map.of("pin", s.pin(), "nickname", "A".repeat(Nicknames.MAX + 1)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(text(tooLong.asString())).contains("at most 20 characters");
        Response control = stranger.post("/play", "/play", Map.of("pin", s.pin(), "nickname", "Ani\u0007"));
        assertThat(control.statusCode()).isEqualTo(422);

        Browser ani = join(s, "Ani");
        Response taken = stranger.post("/play", "/play", Map.of("pin", s.pin(), "nickname", " ANI "));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(text(taken.asString())).contains("Someone in this session already plays as ANI");
        assertThat(LivePlayer.count("sessionId", s.id())).as("only Ani joined").isEqualTo(1);

        Response early = host.post("/live/" + s.id() + "/host", "/live/" + s.id() + "/host/reveal", Map.of());
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(text(early.asString())).contains("No question has been asked yet.");

        step(host, s, "next");
        Question q = question(s, 1);
        live.useClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(8)));
        Response late = answer(ani, s, 1, List.copyOf(q.correctChoiceIds()));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(text(late.asString())).contains("Too late: question 1 closed at");
        assertThat(LiveAnswer.count("sessionId", s.id())).as("the late answer is not stored").isZero();
        live.useClock(Clock.systemUTC());

        Response unknown = answer(ani, s, 1, List.of("no-such-choice"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(text(unknown.asString())).contains("Question 1 has no choice no-such-choice.");
        Response none = ani.post("/live/" + s.id() + "/play", "/live/" + s.id() + "/answers/1", Map.of());
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(text(none.asString())).contains("Choose an answer.");

        // no token: back to the join form; a student is not a host
        Response noCookie = new Browser(null).get("/live/" + s.id() + "/play");
        assertThat(noCookie.statusCode()).isEqualTo(303);
        assertThat(URI.create(noCookie.header("Location")).getPath()).isEqualTo("/play");
        Account student = accounts.create("live-student-" + java.util.UUID.randomUUID() + "@example.org", "Student", LiveTestSupport.PASSWORD,
                Role.STUDENT);
        new Browser(sessions.open(student)).get("/live/new").then().statusCode(403);
        new Browser(sessions.open(student)).get("/live/" + s.id() + "/host").then().statusCode(403);
        teacher().get("/live/" + s.id() + "/host").then().statusCode(404);
    }

    /** A PIN no session holds: the next one along, checked. */
    private static String otherPin(String pin) {
        int p = Integer.parseInt(pin);
        for (int i = 1; ; i++) {
            String candidate = String.format("%06d", (p + i) % 1_000_000);
            if (io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> LiveSession.count("pin", candidate)) == 0) {
                return candidate;
            }
        }
    }
}

package org.sourced.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sourced.live.LiveTestSupport.*;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.packs.format.Question;

/** The live API as a script would walk it (issue 11): start, join, steps, answers, events, results. */
@QuarkusTest
class LiveApiTest {

    @Inject
    AccountService accounts;
    @Inject
    LiveService live;
    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void realTime() {
        live.useClock(Clock.systemUTC());
    }

    private Question question(Session s, int n) {
        return live.facts(s.id()).question(n);
    }

    private static List<String> key(Question q) {
        return List.copyOf(q.correctChoiceIds());
    }

    private static List<String> wrong(Question q) {
        return List.of(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id());
    }

    @Test
    void aSessionFromStartToEnd() {
        Teacher t = teacher(accounts);
        JsonNode created = json(t.api().body(Map.of("pack", PACK, "length", 2, "speedPoints", false)).post("/api/live")
                .then().statusCode(201).extract().response());
        long id = created.get("id").asLong();
        assertThat(created.get("pin").asText()).matches("\\d{6}");
        assertThat(created.get("hostUrl").asText()).endsWith("/live/" + id + "/host");
        assertThat(created.get("joinUrl").asText()).endsWith("/play?pin=" + created.get("pin").asText());
        Session s = new Session(id, created.get("pin").asText());

        Player ani = join(s, "Ani");
        Player boris = join(s, "Boris");
        Player chen = join(s, "Chen");

        JsonNode first = step(t, s, "next");
        assertThat(first.get("n").asInt()).isEqualTo(1);
        assertThat(first.get("state").asText()).isEqualTo("open");

        Question q1 = question(s, 1);
        answer(ani, s, 1, key(q1)).then().statusCode(200).body("accepted", equalTo(true));
        answer(boris, s, 1, wrong(q1)).then().statusCode(200);
        // the same answer again (a retry) is accepted and stored once; a different one is refused
        answer(ani, s, 1, key(q1)).then().statusCode(200);
        answer(ani, s, 1, wrong(q1)).then().statusCode(409).body("message", containsString("first answer stands"));
        // not the current question
        answer(chen, s, 2, key(q1)).then().statusCode(409).body("message", containsString("not open"));
        answer(chen, s, 1, List.of("no-such-choice")).then().statusCode(422).body("message", containsString("no-such-choice"));
        answer(chen, s, 1, List.of()).then().statusCode(422);

        assertThat(step(t, s, "close").get("state").asText()).isEqualTo("closed");
        answer(chen, s, 1, key(q1)).then().statusCode(409);
        assertThat(step(t, s, "reveal").get("state").asText()).isEqualTo("revealed");

        assertThat(step(t, s, "next").get("n").asInt()).isEqualTo(2);
        Question q2 = question(s, 2);
        answer(boris, s, 2, key(q2)).then().statusCode(200);
        answer(chen, s, 2, key(q2)).then().statusCode(200);
        step(t, s, "reveal");
        JsonNode last = step(t, s, "next");
        assertThat(last.get("state").asText()).isEqualTo("ended");

        JsonNode results = json(t.api().get("/api/live/" + id + "/results").then().statusCode(200).extract().response());
        Map<String, Double> expected = Map.of("Ani", (double) q1.points(), "Boris", (double) q2.points(), "Chen", (double) q2.points());
        for (JsonNode p : results.get("players")) {
            assertThat(p.get("score").asDouble()).as(p.get("nickname").asText()).isEqualTo(expected.get(p.get("nickname").asText()));
        }
        JsonNode ani1 = findPlayer(results, "Ani").get("answers");
        assertThat(ani1).as("Ani's retried answer is stored once").hasSize(1);
        JsonNode qs = results.get("questions");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).get("answered").asLong()).isEqualTo(2);
        assertThat(qs.get(0).get("facility").asDouble()).isEqualTo(1.0 / 3);
        long pickedKey = 0;
        for (JsonNode d : qs.get(0).get("distribution")) {
            if (d.get("id").asText().equals(key(q1).get(0))) {
                pickedKey = d.get("picked").asLong();
            }
        }
        assertThat(pickedKey).isEqualTo(1);

        // over: no more joins, answers or steps
        given().contentType(ContentType.JSON).body(Map.of("pin", s.pin(), "nickname", "Dina")).post("/api/live/join").then().statusCode(410);
        answer(chen, s, 2, key(q2)).then().statusCode(410);
        t.api().post("/api/live/" + id + "/next").then().statusCode(410);
    }

    private static JsonNode findPlayer(JsonNode results, String nickname) {
        for (JsonNode p : results.get("players")) {
            if (p.get("nickname").asText().equals(nickname)) {
                return p;
            }
        }
        throw new AssertionError("no player " + nickname);
    }

    @Test
    void nicknamesAreCheckedAndPinsMustExist() {
        Teacher t = teacher(accounts);
        Session s = start(t, Map.of());
        join(s, "Ani");
        Map<String, Integer> cases = Map.of("ani ", 409, "   ", 422, "x".repeat(21), 422);
        cases.forEach((nickname, status) -> given().contentType(ContentType.JSON).body(Map.of("pin", s.pin(), "nickname", nickname))
                .post("/api/live/join").then().statusCode(status));
        String unknown = s.pin().equals("000000") ? "000001" : "000000";
        given().contentType(ContentType.JSON).body(Map.of("pin", unknown, "nickname", "Ani")).post("/api/live/join").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(201)));
        given().contentType(ContentType.JSON).body(Map.of("pin", "12ab", "nickname", "Ani")).post("/api/live/join").then().statusCode(422);
    }

    @Test
    void lateAnswersAreRefusedAndExtraTimeCounts() {
        Teacher t = teacher(accounts);
        Session s = start(t, Map.of("seconds", 5));
        Player quick = join(s, "Quick");
        Player slow = join(s, "Slow");
        t.api().body(Map.of("factor", 2.0)).put("/api/live/" + s.id() + "/players/" + slow.id() + "/extra-time").then().statusCode(204);
        t.api().body(Map.of("factor", 3.0)).put("/api/live/" + s.id() + "/players/" + slow.id() + "/extra-time").then().statusCode(422);
        step(t, s, "next");
        Question q = question(s, 1);
        live.useClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(7)));
        answer(quick, s, 1, key(q)).then().statusCode(409).body("message", containsString("Too late"));
        answer(slow, s, 1, key(q)).then().log().ifValidationFails().statusCode(200);
        assertThat(me(slow, s).get("answer").get("choices").get(0).asText()).isEqualTo(key(q).get(0));
        live.useClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(12)));
        assertThat(me(quick, s).get("state").asText()).as("the countdown closed the question by itself").isEqualTo("closed");
    }

    @Test
    void speedPointsRewardAFastRightAnswer() {
        Teacher t = teacher(accounts);
        Session s = start(t, Map.of("seconds", 20));
        Player p = join(s, "Fast");
        step(t, s, "next");
        Question q = question(s, 1);
        live.useClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(5)));
        answer(p, s, 1, key(q)).then().statusCode(200);
        step(t, s, "reveal");
        JsonNode a = findPlayer(json(t.api().get("/api/live/" + s.id() + "/results").then().statusCode(200).extract().response()), "Fast")
                .get("answers").get(0);
        double expected = SpeedPoints.award(q.points(), a.get("elapsedMs").asLong(), 20_000);
        assertThat(a.get("points").asDouble()).isEqualTo(expected).isGreaterThan(q.points()).isLessThan(2.0 * q.points());
        assertThat(me(p, s).get("verdict").get("points").asDouble()).isEqualTo(expected);
    }

    @Test
    void aReconnectingPlayerGetsTheQuestionAndTheirAnswerButNoKey() throws Exception {
        Teacher t = teacher(accounts);
        Session s = start(t, Map.of());
        Player p = join(s, "Sleepy");
        step(t, s, "next");
        Question q = question(s, 1);
        answer(p, s, 1, wrong(q)).then().statusCode(200);

        // the phone wakes up: a new stream starts with the current question, and /me has its answer
        List<Sse> events = events(base, s.id(), bearer(p), 1);
        assertThat(events).extracting(Sse::name).containsExactly("question");
        assertThat(events.get(0).data().get("id").asText()).isEqualTo(q.id());
        assertThat(events.get(0).data().get("closesAt").asText()).isNotBlank();
        assertThat(events.get(0).data().toString()).doesNotContain("\"key\"").doesNotContain("correct").doesNotContain(q.explanation());
        JsonNode me = me(p, s);
        assertThat(me.get("question").get("id").asText()).isEqualTo(q.id());
        assertThat(me.get("answer").get("choices").get(0).asText()).isEqualTo(wrong(q).get(0));
        assertThat(me.has("verdict")).as("no verdict before the reveal").isFalse();
        assertThat(me.toString()).doesNotContain(q.explanation());

        step(t, s, "close");
        List<Sse> closed = events(base, s.id(), basic(t), 1);
        assertThat(closed).extracting(Sse::name).containsExactly("closed");
        assertThat(closed.get(0).data().has("key")).isFalse();

        step(t, s, "reveal");
        List<Sse> revealed = events(base, s.id(), bearer(p), 2);
        assertThat(revealed).extracting(Sse::name).containsExactly("reveal", "leaderboard");
        assertThat(revealed.get(0).data().get("key").get(0).asText()).isEqualTo(key(q).get(0));
        assertThat(revealed.get(0).data().get("evidence").get(0).get("locator").asText()).isNotBlank();
        assertThat(me(p, s).get("verdict").get("correct").asBoolean()).isFalse();
    }

    @Test
    void tokensWorkOnlyForTheirSessionAndHostStepsOnlyForTheHost() {
        Teacher t = teacher(accounts);
        Session a = start(t, Map.of());
        Session b = start(t, Map.of());
        Player pa = join(a, "Ani");
        join(b, "Boris");
        step(t, b, "next");
        Question q = question(b, 1);
        answer(pa, b, 1, key(q)).then().statusCode(403).body("message", containsString("does not belong"));
        given().header("Authorization", "Bearer lv_made-up").contentType(ContentType.JSON).body(Map.of("choices", key(q)))
                .put("/api/live/" + b.id() + "/answers/1").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("choices", key(q))).put("/api/live/" + b.id() + "/answers/1").then().statusCode(401);
        for (String step : List.of("next", "close", "reveal", "end")) {
            pa.api().post("/api/live/" + a.id() + "/" + step).then().statusCode(401);
        }
        pa.api().get("/api/live/" + a.id() + "/results").then().statusCode(401);
        Teacher other = teacher(accounts);
        other.api().post("/api/live/" + a.id() + "/next").then().statusCode(404);
        other.api().get("/api/live/" + a.id() + "/results").then().statusCode(404);
        // the host's own step still works
        assertThat(step(t, a, "next").get("state").asText()).isEqualTo("open");
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        Teacher t = teacher(accounts);
        Session s = start(t, Map.of("peerInstruction", true, "length", 1));
        t.api().post("/api/live/" + s.id() + "/close").then().statusCode(409);
        t.api().post("/api/live/" + s.id() + "/reveal").then().statusCode(409);
        step(t, s, "next");
        t.api().post("/api/live/" + s.id() + "/next").then().statusCode(409).body("message", containsString("close it first"));
        step(t, s, "close");
        JsonNode revote = step(t, s, "next");
        assertThat(revote.get("n").asInt()).isEqualTo(1);
        assertThat(revote.get("state").asText()).isEqualTo("open");
        step(t, s, "close");
        t.api().post("/api/live/" + s.id() + "/next").then().statusCode(409).body("message", containsString("reveal"));
        t.api().body(Map.of("pack", "no-such-pack")).post("/api/live").then().statusCode(422);
        t.api().body(Map.of("pack", PACK, "seconds", 2)).post("/api/live").then().statusCode(422);
    }

    @Test
    void peerInstructionShowsBothVotesAndWhoMovedToTheKey() throws Exception {
        Teacher t = teacher(accounts);
        Session s = start(t, Map.of("peerInstruction", true, "length", 1, "speedPoints", false));
        Player a = join(s, "A");
        Player b = join(s, "B");
        Player c = join(s, "C");
        step(t, s, "next");
        Question q = question(s, 1);
        answer(a, s, 1, wrong(q)).then().statusCode(200);
        answer(b, s, 1, wrong(q)).then().statusCode(200);
        answer(c, s, 1, key(q)).then().statusCode(200);
        step(t, s, "close");
        step(t, s, "next");
        answer(a, s, 1, key(q)).then().statusCode(200);
        answer(c, s, 1, key(q)).then().statusCode(200);
        step(t, s, "close");
        step(t, s, "reveal");
        List<Sse> events = events(base, s.id(), basic(t), 2);
        JsonNode reveal = events.get(0).data();
        assertThat(reveal.get("movedToKey").asLong()).isEqualTo(1);
        assertThat(picked(reveal.get("firstVote"), key(q).get(0))).isEqualTo(1);
        assertThat(picked(reveal.get("distribution"), key(q).get(0))).isEqualTo(2);
        JsonNode board = events.get(1).data();
        assertThat(board.get("top")).hasSize(3);
        // B kept the first (wrong) vote: 0; A and C scored the question's points
        assertThat(board.get("top").get(2).get("nickname").asText()).isEqualTo("B");
        assertThat(board.get("top").get(0).get("score").asDouble()).isEqualTo(q.points());
    }

    private static long picked(JsonNode distribution, String id) {
        for (JsonNode d : distribution) {
            if (d.get("id").asText().equals(id)) {
                return d.get("picked").asLong();
            }
        }
        return -1;
    }
}

package org.sourced.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.live.LiveTestSupport.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Sessions;
import org.sourced.packs.format.Question;
import org.sourced.scoring.Answer;
import org.sourced.scoring.Scoring;
import org.sourced.scoring.ScoringRules;

/**
 * Issue 11 item 6: a class's live session, once ended, is in the class's results as an assignment that asked the
 * session's questions, with an attempt of each student who played, scored from what they answered (the vote that
 * counts, no speed bonus), in the item statistics, the per-student results and the CSVs.
 */
@QuarkusTest
class LiveClassResultsTest {

    @Inject
    AccountService accounts;
    @Inject
    LiveService live;
    @Inject
    Sessions sessions;

    record Student(long id, String token) {
        RequestSpecification api() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    private static Student joinClass(String code, String nickname) {
        JsonNode j = json(given().contentType(ContentType.JSON).body(Map.of("code", code, "nickname", nickname)).post("/api/classes/join")
                .then().log().ifValidationFails().statusCode(201).extract().response());
        return new Student(j.get("student").get("id").asLong(), j.get("token").asText());
    }

    /** A class's session takes its students by account: the nickname is the one they joined the class with. */
    private static Player play(Session s, Student st) {
        JsonNode j = json(st.api().body(Map.of("pin", s.pin())).post("/api/live/join")
                .then().log().ifValidationFails().statusCode(201).extract().response());
        return new Player(j.get("player").asLong(), j.get("token").asText());
    }

    private static List<String> key(Question q) {
        return List.copyOf(q.correctChoiceIds());
    }

    private static List<String> wrong(Question q) {
        return List.of(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id());
    }

    private static double points(Question q, List<String> answer, ScoringRules rules) {
        return answer.isEmpty() ? 0 : Scoring.score(q, new Answer(answer, null), rules).points();
    }

    @Test
    void anEndedClassSessionIsAnAssignmentWithAnAttemptOfEachStudentWhoPlayed() {
        Teacher t = teacher(accounts);
        JsonNode cls = json(t.api().body(Map.of("name", "Live 9B", "nicknameOnly", true)).post("/api/classes")
                .then().statusCode(201).extract().response());
        long classId = cls.get("id").asLong();
        String code = cls.get("code").asText();
        Student ani = joinClass(code, "Ani");
        Student boris = joinClass(code, "Boris");
        Student chen = joinClass(code, "Chen");
        Student dina = joinClass(code, "Dina");
        Student ed = joinClass(code, "Ed"); // in the class, never plays

        // speed points on: they must not reach the class's scores; peer instruction on: the second vote counts
        Session s = start(t, Map.of("classId", classId, "length", 2, "speedPoints", true, "peerInstruction", true));
        Player pa = play(s, ani);
        Player pb = play(s, boris);
        Player pc = play(s, chen);
        Player pd = play(s, dina);
        t.api().post("/api/live/" + s.id() + "/players/" + pd.id() + "/remove").then().log().ifValidationFails().statusCode(204);

        step(t, s, "next");
        Question q1 = live.facts(s.id()).question(1);
        Question q2 = live.facts(s.id()).question(2);
        ScoringRules rules = live.facts(s.id()).rules();
        answer(pa, s, 1, key(q1)).then().statusCode(200);
        answer(pb, s, 1, wrong(q1)).then().statusCode(200);
        answer(pc, s, 1, wrong(q1)).then().statusCode(200);
        step(t, s, "close");
        assertThat(step(t, s, "next").get("state").asText()).as("the second vote opens").isEqualTo("open");
        answer(pa, s, 1, key(q1)).then().statusCode(200);
        answer(pb, s, 1, key(q1)).then().statusCode(200); // moved to the key; Chen does not vote again
        step(t, s, "reveal");
        step(t, s, "next");
        answer(pa, s, 2, wrong(q2)).then().statusCode(200);
        answer(pb, s, 2, key(q2)).then().statusCode(200); // Chen leaves question 2 unanswered
        step(t, s, "reveal");
        assertThat(step(t, s, "end").get("state").asText()).isEqualTo("ended");

        Map<Long, List<List<String>>> answered = Map.of(ani.id(), List.of(key(q1), wrong(q2)), boris.id(), List.of(key(q1), key(q2)),
                chen.id(), List.of(wrong(q1), List.of()));
        Map<Long, Double> expected = new HashMap<>();
        answered.forEach((student, a) -> expected.put(student, Math.max(0, points(q1, a.get(0), rules) + points(q2, a.get(1), rules))));
        assertThat(expected.get(boris.id())).as("both right: the points of both, no bonus").isEqualTo(q1.points() + q2.points());

        JsonNode liveResults = json(t.api().get("/api/live/" + s.id() + "/results").then().statusCode(200).extract().response());
        assertThat(liveResults.get("assignment").isNumber()).as("the session names the assignment that keeps it: " + liveResults).isTrue();
        long assignment = liveResults.get("assignment").asLong();
        double borisLive = 0;
        for (JsonNode p : liveResults.get("players")) {
            if (p.get("nickname").asText().equals("Boris")) {
                borisLive = p.get("score").asDouble();
            }
        }
        assertThat(borisLive).as("the live score has its speed bonus").isGreaterThan(q1.points() + q2.points());

        // the class's results: one submitted attempt for each student who played, none for the removed or absent
        JsonNode results = json(t.api().get("/api/assignments/" + assignment + "/results").then().log().ifValidationFails().statusCode(200)
                .extract().response());
        Map<Long, JsonNode> byStudent = new HashMap<>();
        results.get("students").forEach(st -> byStudent.put(st.get("id").asLong(), st));
        assertThat(byStudent).containsKeys(ani.id(), boris.id(), chen.id(), dina.id(), ed.id());
        for (long id : List.of(ani.id(), boris.id(), chen.id())) {
            JsonNode attempts = byStudent.get(id).get("attempts");
            assertThat(attempts).as("student " + id).hasSize(1);
            assertThat(attempts.get(0).get("status").asText()).isEqualTo("submitted");
            assertThat(attempts.get(0).get("score").asDouble()).as("student " + id).isEqualTo(expected.get(id));
            assertThat(attempts.get(0).get("max").asDouble()).isEqualTo(q1.points() + q2.points());
        }
        assertThat(byStudent.get(dina.id()).get("attempts")).as("removed from the session").isEmpty();
        assertThat(byStudent.get(ed.id()).get("attempts")).as("never played").isEmpty();

        // item statistics over exactly the two questions asked, in the session's order
        JsonNode stats = json(t.api().get("/api/assignments/" + assignment + "/statistics").then().statusCode(200).extract().response());
        assertThat(stats.get("attempts").asLong()).isEqualTo(3);
        JsonNode qs = stats.get("questions");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).get("id").asText()).isEqualTo(q1.id());
        assertThat(qs.get(1).get("id").asText()).isEqualTo(q2.id());
        assertThat(qs.get(0).get("answered").asLong()).isEqualTo(3);
        assertThat(qs.get(1).get("answered").asLong()).isEqualTo(2);
        double mean1 = (points(q1, key(q1), rules) * 2 + points(q1, wrong(q1), rules)) / 3;
        assertThat(qs.get(0).get("facility").asDouble()).isCloseTo(mean1 / q1.points(), org.assertj.core.data.Offset.offset(1e-9));
        Map<String, Long> picked = new HashMap<>();
        qs.get(0).get("choices").forEach(c -> picked.put(c.get("id").asText(), c.get("picked").asLong()));
        assertThat(picked.get(key(q1).get(0))).as("Ani's and Boris's counted votes").isEqualTo(2);
        assertThat(picked.get(wrong(q1).get(0))).as("Chen's only vote").isEqualTo(1);

        String csv = t.api().get("/api/assignments/" + assignment + "/statistics.csv").then().statusCode(200).extract().asString();
        assertThat(csv).contains(q1.id()).contains(q2.id());
        String resultsCsv = t.api().get("/api/assignments/" + assignment + "/results.csv").then().statusCode(200).extract().asString();
        assertThat(resultsCsv).contains("Boris").contains("Chen");

        // each student sees it among their assignments, submitted and closed to new attempts
        JsonNode mine = json(boris.api().get("/api/me/assignments").then().statusCode(200).extract().response());
        JsonNode kept = null;
        for (JsonNode a : mine) {
            if (a.get("id").asLong() == assignment) {
                kept = a;
            }
        }
        assertThat(kept).as("Boris's assignments: " + mine).isNotNull();
        assertThat(kept.get("mode").asText()).isEqualTo("live");
        assertThat(kept.get("status").asText()).isEqualTo("submitted");
        assertThat(kept.get("canStart").asBoolean()).isFalse();
        boris.api().body(Map.of("assignment", assignment)).post("/api/attempts").then().statusCode(403);

        // the pages: the host's results link to the class's dashboard, which reads the session as a live assignment
        String session = sessions.open(Account.findById(t.id()));
        String hostResults = given().cookie("sourced_session", session).get("/live/" + s.id() + "/results").then().statusCode(200)
                .extract().asString();
        assertThat(hostResults).contains("href=\"/assignments/" + assignment + "\"");
        String dashboard = given().cookie("sourced_session", session).get("/assignments/" + assignment).then().statusCode(200)
                .extract().asString();
        assertThat(dashboard).contains("Live session").contains("Boris").contains("Chen");

        // looking again (the host's results page retries a failed record) records nothing twice
        t.api().get("/api/live/" + s.id() + "/results").then().statusCode(200);
        JsonNode again = json(t.api().get("/api/assignments/" + assignment + "/results").then().statusCode(200).extract().response());
        long attempts = 0;
        for (JsonNode st : again.get("students")) {
            attempts += st.get("attempts").size();
        }
        assertThat(attempts).isEqualTo(3);
    }

    @Test
    void aSessionWithoutAClassAddsNoAssignment() {
        Teacher t = teacher(accounts);
        Session s = start(t, Map.of("length", 1, "speedPoints", false));
        Player p = join(s, "Solo");
        step(t, s, "next");
        answer(p, s, 1, key(live.facts(s.id()).question(1))).then().statusCode(200);
        step(t, s, "reveal");
        step(t, s, "end");
        JsonNode r = json(t.api().get("/api/live/" + s.id() + "/results").then().statusCode(200).extract().response());
        assertThat(r.get("assignment").isNull()).as(r.toString()).isTrue();
    }
}

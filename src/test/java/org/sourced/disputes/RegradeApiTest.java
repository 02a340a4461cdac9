package org.sourced.disputes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.disputes.DisputeTestSupport.answer;
import static org.sourced.disputes.DisputeTestSupport.assign;
import static org.sourced.disputes.DisputeTestSupport.classOf;
import static org.sourced.disputes.DisputeTestSupport.disputeId;
import static org.sourced.disputes.DisputeTestSupport.join;
import static org.sourced.disputes.DisputeTestSupport.json;
import static org.sourced.disputes.DisputeTestSupport.person;
import static org.sourced.disputes.DisputeTestSupport.publishTinyAs;
import static org.sourced.disputes.DisputeTestSupport.start;
import static org.sourced.disputes.DisputeTestSupport.submit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.disputes.DisputeTestSupport.Person;
import org.sourced.disputes.DisputeTestSupport.Started;
import org.sourced.packs.Drafts;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackVersion;

/**
 * A correction and its regrade: the erratum and the new version, the dry run that changes nothing, the real run that
 * rescores each affected attempt once (results, statistics and CSV follow), and who may do either.
 */
@QuarkusTest
class RegradeApiTest {

    @Inject
    AccountService accounts;
    @Inject
    Drafts drafts;
    @Inject
    PackCatalog catalog;

    /**
     * Four submitted exams on the tiny pack's basics, scored out of 5 (signed-where 1, order-dates 1, which-articles 2,
     * in-force 1). The key of signed-where is a (Tashkent); the test's correction makes it b.
     * <ul>
     *   <li>Ani: b, in-force true: 1, after 2</li>
     *   <li>Bo: b: 0, after 1</li>
     *   <li>Cy: a, in-force true: 2, after 1</li>
     *   <li>Dee: signed-where left unanswered, in-force true: 1, after 1 (rescored, unchanged)</li>
     * </ul>
     */
    record Setup(Person author, String pack, long assignment, Map<String, Started> students, long dispute) {
    }

    Setup setup() {
        Person author = person(accounts, Role.TEACHER);
        String pack = publishTinyAs(drafts, author);
        DisputeTestSupport.Classroom c = classOf(author);
        long assignment = assign(author, c.id(), pack);
        Map<String, Started> students = new LinkedHashMap<>();
        for (String name : List.of("Ani", "Bo", "Cy", "Dee")) {
            students.put(name, start(join(c.code(), name), assignment));
        }
        answer(students.get("Ani"), "signed-where", List.of("b"), 1);
        answer(students.get("Ani"), "in-force", List.of("true"), 2);
        answer(students.get("Bo"), "signed-where", List.of("b"), 1);
        answer(students.get("Cy"), "signed-where", List.of("a"), 1);
        answer(students.get("Cy"), "in-force", List.of("true"), 2);
        answer(students.get("Dee"), "in-force", List.of("true"), 1);
        Map<String, Double> submitted = new LinkedHashMap<>();
        students.forEach((name, a) -> submitted.put(name, submit(a).get("score").asDouble()));
        assertThat(submitted).containsExactly(Map.entry("Ani", 1.0), Map.entry("Bo", 0.0), Map.entry("Cy", 2.0), Map.entry("Dee", 1.0));
        long dispute = disputeId(students.get("Ani"), "signed-where", "The key should be Moscow");
        return new Setup(author, pack, assignment, students, dispute);
    }

    static Map<String, Object> correctToB() {
        return Map.of("decision", "correct", "reply", "You are right for this test's sake: the key is now b.",
                "change", Map.of("key", List.of("b"), "summary", "signed-where: the key is now Moscow (b)"));
    }

    @Test
    void aCorrectionPublishesANewVersionWithTheErratumAndTheNewKey() {
        Setup s = setup();
        PackVersion before = catalog.current(s.pack()).orElseThrow();
        // a correction must change the key or the points
        s.author().api().body(Map.of("decision", "correct", "reply", "r", "change", Map.of("explanation", "Only words.")))
                .post("/api/disputes/" + s.dispute() + "/decision").then().statusCode(422);
        // a key that is not one of the choices is refused with the choices named
        String refused = s.author().api().body(Map.of("decision", "correct", "reply", "r", "change", Map.of("key", List.of("z"))))
                .post("/api/disputes/" + s.dispute() + "/decision").then().statusCode(422).extract().asString();
        assertThat(refused).contains("z").contains("a b");
        assertThat(catalog.current(s.pack()).orElseThrow().versionNo).isEqualTo(before.versionNo);

        JsonNode decided = json(s.author().api().body(correctToB()).post("/api/disputes/" + s.dispute() + "/decision").then()
                .log().ifValidationFails().statusCode(200).extract().response());
        assertThat(decided.get("status").asText()).isEqualTo("corrected");
        JsonNode erratum = decided.get("erratum");
        assertThat(erratum.get("number").asInt()).isEqualTo(1);
        assertThat(erratum.get("kind").asText()).isEqualTo("correct");
        assertThat(erratum.get("what").asText()).isEqualTo("signed-where: the key is now Moscow (b)");
        assertThat(erratum.get("why").asText()).isEqualTo("You are right for this test's sake: the key is now b.");
        assertThat(erratum.get("version").asInt()).isEqualTo(before.versionNo + 1);
        assertThat(erratum.get("dispute").asLong()).isEqualTo(s.dispute());

        PackVersion after = catalog.current(s.pack()).orElseThrow();
        assertThat(after.versionNo).isEqualTo(before.versionNo + 1);
        assertThat(catalog.content(after).question("signed-where").orElseThrow().correctChoiceIds()).containsExactly("b");
        // the version the students answered is as it was: published versions never change
        assertThat(catalog.publishedContent(before.id).orElseThrow().question("signed-where").orElseThrow().correctChoiceIds())
                .containsExactly("a");
        // the other questions are untouched
        assertThat(catalog.content(after).question("which-articles").orElseThrow().correctChoiceIds()).containsExactlyInAnyOrder("art2", "art4");

        JsonNode pack = json(given().get("/api/packs/" + s.pack()).then().statusCode(200).extract().response());
        assertThat(pack.get("errata")).hasSize(1);
        assertThat(pack.get("errata").get(0).get("kind").asText()).isEqualTo("correct");
        assertThat(pack.get("errata").get(0).get("what").asText()).isEqualTo("signed-where: the key is now Moscow (b)");
        // Ani reads the decision on her own dispute
        JsonNode mine = json(s.students().get("Ani").api().get("/api/attempts/" + s.students().get("Ani").id() + "/disputes").then()
                .statusCode(200).extract().response());
        assertThat(mine.get(0).get("status").asText()).isEqualTo("corrected");
        assertThat(mine.get(0).get("erratum").asInt()).isEqualTo(1);
    }

    @Test
    void aDryRunReportsWhoWouldChangeAndStoresNothing() {
        Setup s = setup();
        s.author().api().body(correctToB()).post("/api/disputes/" + s.dispute() + "/decision").then().statusCode(200);
        String statisticsBefore = statistics(s);
        String csvBefore = csv(s);

        for (int run = 0; run < 2; run++) { // twice: the first stored nothing, so the second finds the same
            JsonNode dry = regrade(s, true);
            assertThat(dry.get("dryRun").asBoolean()).isTrue();
            assertThat(dry.get("erratum").asInt()).isEqualTo(1);
            assertThat(dry.get("checked").asInt()).isEqualTo(4);
            assertThat(dry.get("attempts").asInt()).isEqualTo(3);
            assertThat(dry.get("students").asInt()).isEqualTo(3);
            assertThat(byName(dry.get("changes"))).containsOnlyKeys("Ani", "Bo", "Cy");
            assertThat(scoreChange(dry, "Ani")).containsExactly(1.0, 2.0);
            assertThat(scoreChange(dry, "Bo")).containsExactly(0.0, 1.0);
            assertThat(scoreChange(dry, "Cy")).containsExactly(2.0, 1.0);
            assertThat(byName(dry.get("changes")).get("Cy").get("oldPoints").asDouble()).isEqualTo(1.0);
            assertThat(byName(dry.get("changes")).get("Cy").get("newPoints").asDouble()).isEqualTo(0.0);
        }
        assertThat(scores(s)).containsExactlyInAnyOrderEntriesOf(Map.of("Ani", 1.0, "Bo", 0.0, "Cy", 2.0, "Dee", 1.0));
        assertThat(statistics(s)).isEqualTo(statisticsBefore);
        assertThat(csv(s)).isEqualTo(csvBefore);
        assertThat(regradeRows(s)).isZero();
        // without dryRun in the body, a regrade is a dry run too
        JsonNode implicit = json(s.author().api().body(Map.of("question", "signed-where")).post("/api/packs/" + s.pack() + "/regrade").then()
                .statusCode(200).extract().response());
        assertThat(implicit.get("dryRun").asBoolean()).isTrue();
        assertThat(regradeRows(s)).isZero();
    }

    @Test
    void aRegradeRescoresEachAttemptOnceKeepsTheOldScoreAndLosesNoAnswer() {
        Setup s = setup();
        s.author().api().body(correctToB()).post("/api/disputes/" + s.dispute() + "/decision").then().statusCode(200);
        Map<String, JsonNode> answersBefore = new LinkedHashMap<>();
        s.students().keySet().forEach(name -> answersBefore.put(name, answers(s, name)));
        JsonNode statisticsBefore = json(s.author().api().get("/api/assignments/" + s.assignment() + "/statistics").then().statusCode(200)
                .extract().response());
        assertThat(question(statisticsBefore, "signed-where").get("facility").asDouble()).isCloseTo(1.0 / 4, within());
        // before the regrade the marks follow the old key a, and so does the statistics' key
        assertThat(statisticsCsvRows(s).get("signed-where").get(8)).isEqualTo("a");

        JsonNode done = regrade(s, false);
        assertThat(done.get("dryRun").asBoolean()).isFalse();
        assertThat(done.get("checked").asInt()).isEqualTo(4);
        assertThat(done.get("attempts").asInt()).isEqualTo(3);
        assertThat(done.get("students").asInt()).isEqualTo(3);
        assertThat(scoreChange(done, "Ani")).containsExactly(1.0, 2.0);

        // the class results follow
        assertThat(scores(s)).containsExactlyInAnyOrderEntriesOf(Map.of("Ani", 2.0, "Bo", 1.0, "Cy", 1.0, "Dee", 1.0));
        // every answer is as submitted; only the marks of signed-where moved
        for (String name : s.students().keySet()) {
            JsonNode before = answersBefore.get(name);
            JsonNode after = answers(s, name);
            assertThat(after).hasSize(before.size());
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).get("questionId")).isEqualTo(before.get(i).get("questionId"));
                assertThat(after.get(i).get("choices")).as(name + "'s answer to " + before.get(i).get("questionId")).isEqualTo(before.get(i).get("choices"));
                assertThat(after.get(i).get("certainty")).isEqualTo(before.get(i).get("certainty"));
                if (!before.get(i).get("questionId").asText().equals("signed-where")) {
                    assertThat(after.get(i).get("points")).as(name + "'s points on " + before.get(i).get("questionId"))
                            .isEqualTo(before.get(i).get("points"));
                }
            }
        }
        assertThat(answerOf(s, "Ani", "signed-where").get("correct").asBoolean()).isTrue();
        assertThat(answerOf(s, "Ani", "signed-where").get("points").asDouble()).isEqualTo(1.0);
        assertThat(answerOf(s, "Cy", "signed-where").get("correct").asBoolean()).isFalse();
        assertThat(answerOf(s, "Cy", "signed-where").get("points").asDouble()).isEqualTo(0.0);
        // an unanswered item stays unanswered
        assertThat(answerOf(s, "Dee", "signed-where").get("choices")).isEmpty();
        assertThat(answerOf(s, "Dee", "signed-where").get("points").isNull()).isTrue();

        // the old and the new score are both kept, once per attempt
        List<double[]> rows = regradeScores(s);
        assertThat(rows).hasSize(4);
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(1.0, 2.0, 5.0, 5.0));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(2.0, 1.0, 5.0, 5.0));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(0.0, 1.0, 5.0, 5.0));

        // the statistics and the CSV follow
        JsonNode statistics = json(s.author().api().get("/api/assignments/" + s.assignment() + "/statistics").then().statusCode(200)
                .extract().response());
        // worked out from the answers under the corrected key b: signed-where scores Ani 1, Bo 1, Cy 0, Dee 0 (unanswered);
        // the rest of each exam (total after the regrade minus that item): Ani 1, Bo 0, Cy 1, Dee 1
        Map<String, List<String>> picks = Map.of("Ani", List.of("b"), "Bo", List.of("b"), "Cy", List.of("a"), "Dee", List.of());
        Map<String, Double> totals = Map.of("Ani", 2.0, "Bo", 1.0, "Cy", 1.0, "Dee", 1.0);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (String name : picks.keySet()) {
            double item = picks.get(name).equals(List.of("b")) ? 1.0 : 0.0;
            x.add(item);
            y.add(totals.get(name) - item);
        }
        JsonNode signed = question(statistics, "signed-where");
        assertThat(signed.get("facility").asDouble()).isCloseTo(x.stream().mapToDouble(d -> d).sum() / 4, within()).isCloseTo(0.5, within());
        assertThat(signed.get("discrimination").asDouble()).isCloseTo(pearson(x, y), within());
        // the choices' "correct" flags follow the corrected key, the picks the answers
        Map<String, JsonNode> choices = new LinkedHashMap<>();
        signed.get("choices").forEach(c -> choices.put(c.get("id").asText(), c));
        assertThat(choices.get("a").get("correct").asBoolean()).isFalse();
        assertThat(choices.get("b").get("correct").asBoolean()).isTrue();
        assertThat(choices.get("a").get("picked").asLong()).isEqualTo(1);
        assertThat(choices.get("b").get("picked").asLong()).isEqualTo(2);
        // the other questions keep their key
        assertThat(question(statistics, "in-force").get("facility").asDouble()).isCloseTo(3.0 / 4, within());
        // the statistics CSV names the corrected key, with the same facility
        Map<String, List<String>> statisticsCsv = statisticsCsvRows(s);
        assertThat(statisticsCsv.get("signed-where").get(8)).isEqualTo("b");
        assertThat(statisticsCsv.get("signed-where").get(3)).isEqualTo("0.5");
        assertThat(statisticsCsv.get("signed-where")).containsSequence("a", "1").containsSequence("b", "2");
        Map<String, List<String>> csv = csvRows(s);
        assertThat(csv.get("Ani").get(6)).isEqualTo("2");
        assertThat(csv.get("Bo").get(6)).isEqualTo("1");
        assertThat(csv.get("Cy").get(6)).isEqualTo("1");
        assertThat(csv.get("Dee").get(6)).isEqualTo("1");

        // a second regrade finds nothing left to do and changes nothing
        String csvAfter = csv(s);
        String statisticsAfter = statistics(s);
        for (boolean dryRun : new boolean[] {true, false}) {
            JsonNode again = regrade(s, dryRun);
            assertThat(again.get("checked").asInt()).isZero();
            assertThat(again.get("attempts").asInt()).isZero();
            assertThat(again.get("changes")).isEmpty();
        }
        assertThat(scores(s)).containsExactlyInAnyOrderEntriesOf(Map.of("Ani", 2.0, "Bo", 1.0, "Cy", 1.0, "Dee", 1.0));
        assertThat(regradeRows(s)).isEqualTo(4);
        assertThat(csv(s)).isEqualTo(csvAfter);
        assertThat(statistics(s)).isEqualTo(statisticsAfter);
    }

    @Test
    void onlyTheAuthorOrAnAdminRegradesAndOnlyAfterACorrection() {
        Setup s = setup();
        Person other = person(accounts, Role.TEACHER);
        Person admin = person(accounts, Role.ADMIN);
        Map<String, Object> dry = Map.of("question", "signed-where", "dryRun", true);
        // nothing corrected yet: 409 saying so
        String none = s.author().api().body(dry).post("/api/packs/" + s.pack() + "/regrade").then().statusCode(409).extract().asString();
        assertThat(none).contains("signed-where");
        s.author().api().body(Map.of("dryRun", true)).post("/api/packs/" + s.pack() + "/regrade").then().statusCode(422);
        s.author().api().body(dry).post("/api/packs/no-such-pack/regrade").then().statusCode(404);

        // a clarification is not a correction: still nothing to regrade
        s.author().api().body(Map.of("decision", "clarify", "reply", "Explained better.", "change",
                        Map.of("explanation", "The closing lines give the place of signature.")))
                .post("/api/disputes/" + s.dispute() + "/decision").then().statusCode(200);
        s.author().api().body(dry).post("/api/packs/" + s.pack() + "/regrade").then().statusCode(409);

        long second = disputeId(s.students().get("Bo"), "signed-where", "Moscow, I say");
        // nobody else decides, and a student's attempt token is no credential for it
        other.api().body(correctToB()).post("/api/disputes/" + second + "/decision").then().statusCode(403);
        s.students().get("Bo").api().body(correctToB()).post("/api/disputes/" + second + "/decision").then().statusCode(401);
        s.author().api().body(correctToB()).post("/api/disputes/999999999/decision").then().statusCode(404);
        admin.api().body(correctToB()).post("/api/disputes/" + second + "/decision").then().statusCode(200);

        other.api().body(Map.of("question", "signed-where", "dryRun", false)).post("/api/packs/" + s.pack() + "/regrade").then()
                .statusCode(403);
        s.students().get("Bo").api().body(dry).post("/api/packs/" + s.pack() + "/regrade").then().statusCode(401);
        given().contentType("application/json").body(dry).post("/api/packs/" + s.pack() + "/regrade").then().statusCode(401);
        assertThat(regradeRows(s)).isZero();
        assertThat(scores(s)).containsExactlyInAnyOrderEntriesOf(Map.of("Ani", 1.0, "Bo", 0.0, "Cy", 2.0, "Dee", 1.0));
        // the admin may regrade a pack that is not theirs
        assertThat(json(admin.api().body(Map.of("question", "signed-where", "dryRun", false)).post("/api/packs/" + s.pack() + "/regrade")
                .then().statusCode(200).extract().response()).get("attempts").asInt()).isEqualTo(3);
        // and the queue is the author's and the admin's alone
        other.api().get("/api/packs/" + s.pack() + "/disputes").then().statusCode(403);
        s.students().get("Bo").api().get("/api/packs/" + s.pack() + "/disputes").then().statusCode(401);
        s.author().api().get("/api/packs/no-such-pack/disputes").then().statusCode(404);
    }

    // --- reading what the class sees ---

    private JsonNode regrade(Setup s, boolean dryRun) {
        return json(s.author().api().body(Map.of("question", "signed-where", "dryRun", dryRun)).post("/api/packs/" + s.pack() + "/regrade")
                .then().log().ifValidationFails().statusCode(200).extract().response());
    }

    /** Each student's counted score, from the class results. */
    private static Map<String, Double> scores(Setup s) {
        JsonNode results = json(s.author().api().get("/api/assignments/" + s.assignment() + "/results").then().statusCode(200).extract()
                .response());
        Map<String, Double> out = new LinkedHashMap<>();
        results.get("students").forEach(st -> out.put(st.get("name").asText(), st.get("attempts").get(0).get("score").asDouble()));
        return out;
    }

    private static JsonNode answers(Setup s, String name) {
        JsonNode results = json(s.author().api().get("/api/assignments/" + s.assignment() + "/results").then().statusCode(200).extract()
                .response());
        for (JsonNode st : results.get("students")) {
            if (st.get("name").asText().equals(name)) {
                JsonNode work = json(s.author().api().get("/api/assignments/" + s.assignment() + "/students/" + st.get("id").asLong()).then()
                        .statusCode(200).extract().response());
                return work.get("attempts").get(0).get("answers");
            }
        }
        throw new AssertionError("no student " + name + " in " + results);
    }

    private static JsonNode answerOf(Setup s, String name, String questionId) {
        for (JsonNode a : answers(s, name)) {
            if (a.get("questionId").asText().equals(questionId)) {
                return a;
            }
        }
        throw new AssertionError(name + " was not asked " + questionId);
    }

    private static String statistics(Setup s) {
        return s.author().api().get("/api/assignments/" + s.assignment() + "/statistics").then().statusCode(200).extract().asString();
    }

    private static JsonNode question(JsonNode statistics, String id) {
        for (JsonNode q : statistics.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no " + id + " in " + statistics);
    }

    private static String csv(Setup s) {
        byte[] body = s.author().api().get("/api/assignments/" + s.assignment() + "/results.csv").then().statusCode(200).extract().asByteArray();
        return new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    /** The results CSV by student name (the first column); nicknames hold no comma or quote. */
    private static Map<String, List<String>> csvRows(Setup s) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String[] lines = csv(s).split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = List.of(lines[i].split(",", -1));
            rows.put(cells.get(0), cells);
        }
        return rows;
    }

    /** The statistics CSV by question id (the first column); the tiny pack's stems hold no comma or quote. */
    private static Map<String, List<String>> statisticsCsvRows(Setup s) {
        byte[] body = s.author().api().get("/api/assignments/" + s.assignment() + "/statistics.csv").then().statusCode(200).extract()
                .asByteArray();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String[] lines = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = List.of(lines[i].split(",", -1));
            rows.put(cells.get(0), cells);
        }
        return rows;
    }

    /** Pearson's correlation of two lists of numbers, the textbook way (the test's own, not the app's sums). */
    private static double pearson(List<Double> x, List<Double> y) {
        double mx = x.stream().mapToDouble(d -> d).average().orElseThrow();
        double my = y.stream().mapToDouble(d -> d).average().orElseThrow();
        double cov = 0;
        double vx = 0;
        double vy = 0;
        for (int i = 0; i < x.size(); i++) {
            cov += (x.get(i) - mx) * (y.get(i) - my);
            vx += (x.get(i) - mx) * (x.get(i) - mx);
            vy += (y.get(i) - my) * (y.get(i) - my);
        }
        return cov / Math.sqrt(vx * vy);
    }

    private static Map<String, JsonNode> byName(JsonNode changes) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        changes.forEach(c -> out.put(c.get("name").asText(), c));
        return out;
    }

    private static List<Double> scoreChange(JsonNode outcome, String name) {
        JsonNode c = byName(outcome.get("changes")).get(name);
        assertThat(c).as("a change for " + name + " in " + outcome).isNotNull();
        return List.of(c.get("oldScore").asDouble(), c.get("newScore").asDouble());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    /** The stored regrades of the setup's four attempts, as {old score, new score, old max, new max}. */
    private static List<double[]> regradeScores(Setup s) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<double[]> out = new ArrayList<>();
            for (Regrade g : Regrade.<Regrade>list("erratumId in (select e.id from Erratum e where e.packId = ?1) order by id", s.pack())) {
                out.add(new double[] {g.oldScore, g.newScore, g.oldMax, g.newMax});
            }
            return out;
        });
    }

    private static long regradeRows(Setup s) {
        return QuarkusTransaction.requiringNew().call(() -> Regrade.count("erratumId in (select e.id from Erratum e where e.packId = ?1)", s.pack()));
    }
}

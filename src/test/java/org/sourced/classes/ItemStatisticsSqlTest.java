package org.sourced.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sourced.classes.ClassTestSupport.answerAndSubmit;
import static org.sourced.classes.ClassTestSupport.assign;
import static org.sourced.classes.ClassTestSupport.createClass;
import static org.sourced.classes.ClassTestSupport.joinWithNickname;
import static org.sourced.classes.ClassTestSupport.json;
import static org.sourced.classes.ClassTestSupport.key;
import static org.sourced.classes.ClassTestSupport.oneKeyQuestions;
import static org.sourced.classes.ClassTestSupport.start;
import static org.sourced.classes.ClassTestSupport.wrong;

import java.util.HashMap;
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
import org.sourced.classes.ClassTestSupport.Person;
import org.sourced.classes.ClassTestSupport.Student;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;

/**
 * Facility and discrimination through the real path: students join, take the assignment through the
 * attempts API, and the statistics come from the sums kept at each submit (checked against the grouped SQL over
 * the responses, which also rebuilds them when a student is removed). The expected values are worked out by hand.
 */
@QuarkusTest
class ItemStatisticsSqlTest {

    @Inject
    AccountService accounts;
    @Inject
    PackCatalog catalog;
    @Inject
    StatisticsStore store;
    @Inject
    ClassService classes;

    /**
     * Five students take the 14 questions of objective "membership" (1 point each, exam, no negative
     * marking). Only q1, q2, q3 are answered; the other 11 are left blank and score 0 for everyone.
     *
     * <pre>
     * student | q1       | q2       | q3       | total
     * s1      | 1        | 1        | 1        | 3
     * s2      | 1        | 1        | 0 (w0)   | 2
     * s3      | 1        | 0 (w0)   | 1        | 2
     * s4      | 0 (w0)   | 1        | 0 blank  | 1
     * s5      | 0 (w1)   | 0 blank  | 0 (w0)   | 0
     * </pre>
     * (wN: the N-th wrong choice; blank: not answered.) x = item score, y = total − x, n = 5, max = 1.
     *
     * <p>q1: x = 1 1 1 0 0, y = 2 1 1 1 0. Σx = 3, Σx² = 3, Σy = 5, Σy² = 7, Σxy = 2+1+1 = 4.
     * F = 3/5 = 0.6. D = (5·4 − 3·5) / √((5·3 − 9)(5·7 − 25)) = 5/√60 ≈ 0.6455.
     *
     * <p>q2: x = 1 1 0 1 0, y = 2 1 2 0 0. Σx = 3, Σx² = 3, Σy = 5, Σy² = 9, Σxy = 2+1 = 3.
     * F = 0.6. D = (15 − 15) / √(6·20) = 0.
     *
     * <p>q3: x = 1 0 1 0 0, y = 2 2 1 1 0. Σx = 2, Σx² = 2, Σy = 6, Σy² = 10, Σxy = 2+1 = 3.
     * F = 2/5 = 0.4. D = (15 − 12) / √((10 − 4)(50 − 36)) = 3/√84 ≈ 0.3273.
     *
     * <p>The 11 blank questions: x = 0 for all, F = 0, D undefined (no variance in x): null.
     *
     * <p>Picks: q1 key 3, w0 1, w1 1 (5 answered); q2 key 3, w0 1 (4 answered); q3 key 2, w0 2 (4 answered).
     *
     * <p>Scores (percent of 14): 21.43, 14.29, 14.29, 7.14, 0. Mean = 8/70·100 = 11.4286; median = 2/14·100
     * = 14.2857; histogram bands 0-10: 2 (7.14, 0), 10-20: 2, 20-30: 1. Mastery of "membership" = 8/70.
     */
    @Test
    void facilityAndDiscriminationMatchTheHandWorkedValues() {
        PackContent pack = ClassTestSupport.pack(catalog);
        // the worked values below are for the pool of 14 the pack had; the sums, percentages and bands follow its size
        List<Question> pool = pack.questions().stream().filter(q -> q.objective().equals("membership")).toList();
        int poolSize = pool.size();
        int maxPoints = pool.stream().mapToInt(Question::points).sum();
        assertThat(poolSize).isGreaterThanOrEqualTo(14);
        List<Question> three = oneKeyQuestions(pack, "membership", 3);
        Question q1 = three.get(0);
        Question q2 = three.get(1);
        Question q3 = three.get(2);

        Person teacher = ClassTestSupport.person(accounts, Role.TEACHER);
        ClassTestSupport.Created c = createClass(teacher, "Statistics by hand", true);
        long assignment = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "objective", "membership", "mode", "exam",
                "negativeMarking", false, "partialCredit", false, "certainty", false));

        List<List<List<String>>> table = List.of(
                List.of(key(q1), key(q2), key(q3)),
                List.of(key(q1), key(q2), wrong(q3, 0)),
                List.of(key(q1), wrong(q2, 0), key(q3)),
                java.util.Arrays.asList(wrong(q1, 0), key(q2), null),
                java.util.Arrays.asList(wrong(q1, 1), null, wrong(q3, 0)));
        int s = 1;
        long[] lastStudent = new long[1];
        for (List<List<String>> row : table) {
            Student student = joinWithNickname(c.code(), "s" + s++);
            lastStudent[0] = student.id();
            ClassTestSupport.Started attempt = start(student, assignment);
            assertThat(attempt.questionIds()).hasSize(poolSize).contains(q1.id(), q2.id(), q3.id());
            Map<String, List<String>> answers = new LinkedHashMap<>();
            answers.put(q1.id(), row.get(0));
            answers.put(q2.id(), row.get(1));
            answers.put(q3.id(), row.get(2));
            answerAndSubmit(attempt, answers, Map.of());
        }

        JsonNode stats = json(teacher.api().get("/api/assignments/" + assignment + "/statistics").then().statusCode(200).extract().response());
        assertThat(stats.get("attempts").asLong()).isEqualTo(5);
        Map<String, JsonNode> byId = new HashMap<>();
        stats.get("questions").forEach(q -> byId.put(q.get("id").asText(), q));
        assertThat(byId).hasSize(poolSize);

        JsonNode s1 = byId.get(q1.id());
        assertThat(s1.get("n").asLong()).isEqualTo(5);
        assertThat(s1.get("facility").asDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(s1.get("discrimination").asDouble()).isCloseTo(5 / Math.sqrt(60), within(1e-9));
        assertThat(picks(s1)).isEqualTo(expectedPicks(q1, Map.of(key(q1).get(0), 3L, wrong(q1, 0).get(0), 1L, wrong(q1, 1).get(0), 1L)));
        assertThat(s1.get("answered").asLong()).isEqualTo(5);

        JsonNode s2 = byId.get(q2.id());
        assertThat(s2.get("facility").asDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(s2.get("discrimination").asDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(picks(s2)).isEqualTo(expectedPicks(q2, Map.of(key(q2).get(0), 3L, wrong(q2, 0).get(0), 1L)));
        assertThat(s2.get("answered").asLong()).isEqualTo(4);

        JsonNode s3 = byId.get(q3.id());
        assertThat(s3.get("facility").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(s3.get("discrimination").asDouble()).isCloseTo(3 / Math.sqrt(84), within(1e-9));
        assertThat(picks(s3)).isEqualTo(expectedPicks(q3, Map.of(key(q3).get(0), 2L, wrong(q3, 0).get(0), 2L)));

        byId.values().stream().filter(q -> !List.of(q1.id(), q2.id(), q3.id()).contains(q.get("id").asText())).forEach(q -> {
            assertThat(q.get("n").asLong()).isEqualTo(5);
            assertThat(q.get("facility").asDouble()).isEqualTo(0.0);
            assertThat(q.get("discrimination").isNull()).as("undefined discrimination of %s", q.get("id")).isTrue();
        });
        JsonNode mastery = stats.get("objectives").get(0);
        assertThat(mastery.get("id").asText()).isEqualTo("membership");
        assertThat(mastery.get("mastery").asDouble()).isCloseTo(8.0 / (5 * maxPoints), within(1e-9));

        JsonNode results = json(teacher.api().get("/api/assignments/" + assignment + "/results").then().statusCode(200).extract().response());
        assertThat(results.get("enrolled").asLong()).isEqualTo(5);
        assertThat(results.get("completed").asLong()).isEqualTo(5);
        assertThat(results.get("completion").asDouble()).isEqualTo(1.0);
        assertThat(results.get("mean").asDouble()).isCloseTo(800.0 / (5 * maxPoints), within(1e-9));
        assertThat(results.get("median").asDouble()).isCloseTo(200.0 / maxPoints, within(1e-9));
        // raw scores 3, 2, 2, 1, 0 of maxPoints, counted in bands of ten percent
        for (int band = 0; band < 3; band++) {
            int lo = band * 10;
            long inBand = java.util.stream.IntStream.of(3, 2, 2, 1, 0).mapToDouble(raw -> 100.0 * raw / maxPoints)
                    .filter(pct -> pct >= lo && pct < lo + 10).count();
            assertThat(results.get("histogram").get(band).get("count").asInt()).as("band %d-%d", lo, lo + 10).isEqualTo((int) inBand);
        }
        assertThat(results.get("students")).hasSize(5);

        // the running sums kept at each submit equal a fresh aggregate over the responses
        StatisticsStore.Stored kept = QuarkusTransaction.requiringNew().call(() -> store.read(Assignment.findById(assignment)));
        StatisticsStore.Stored fresh = QuarkusTransaction.requiringNew().call(() -> store.recompute(Assignment.findById(assignment)));
        assertThat(kept.sums()).isEqualTo(fresh.sums());
        assertThat(kept.picks()).isEqualTo(fresh.picks());

        // Removing s5 (all zeros) rebuilds the statistics without them. q1 over s1..s4: x = 1 1 1 0, y = 2 1 1 1;
        // n = 4, Σx = 3, Σx² = 3, Σy = 5, Σy² = 7, Σxy = 4. F = 3/4. D = (4·4 − 3·5) / √((4·3 − 9)(4·7 − 25)) = 1/√9 = 1/3.
        classes.removeStudent(new Caller(teacher.id(), false), c.id(), lastStudent[0]);
        JsonNode after = json(teacher.api().get("/api/assignments/" + assignment + "/statistics").then().statusCode(200).extract().response());
        JsonNode q1After = null;
        for (JsonNode q : after.get("questions")) {
            if (q.get("id").asText().equals(q1.id())) {
                q1After = q;
            }
        }
        assertThat(after.get("attempts").asLong()).isEqualTo(4);
        assertThat(q1After.get("n").asLong()).isEqualTo(4);
        assertThat(q1After.get("facility").asDouble()).isCloseTo(0.75, within(1e-9));
        assertThat(q1After.get("discrimination").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
    }

    /**
     * Certainty-based marking: q1 is worth 1 point, so 3 at most. Student A answers right at certainty 3
     * (x = +3), student B wrong at certainty 2 (x = −2, the attempt total −2 floors to 0).
     * F = mean(x)/max = ((3 − 2)/2)/3 = 1/6. Mean certainty = (3 + 2)/2 = 2.5. y = total − x: A 0, B 2;
     * x and y go in opposite directions with n = 2, so D = −1.
     */
    @Test
    void certaintyMarkingGivesMeanCertaintyAndScaledFacility() {
        PackContent pack = ClassTestSupport.pack(catalog);
        Question q1 = oneKeyQuestions(pack, "obligations", 1).get(0);
        Person teacher = ClassTestSupport.person(accounts, Role.TEACHER);
        ClassTestSupport.Created c = createClass(teacher, "Certainty", true);
        long assignment = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "objective", "obligations", "mode", "exam",
                "certainty", true));
        answerAndSubmit(start(joinWithNickname(c.code(), "A"), assignment), Map.of(q1.id(), key(q1)), Map.of(q1.id(), 3));
        answerAndSubmit(start(joinWithNickname(c.code(), "B"), assignment), Map.of(q1.id(), wrong(q1, 0)), Map.of(q1.id(), 2));

        JsonNode stats = json(teacher.api().get("/api/assignments/" + assignment + "/statistics").then().statusCode(200).extract().response());
        JsonNode q = null;
        for (JsonNode each : stats.get("questions")) {
            if (each.get("id").asText().equals(q1.id())) {
                q = each;
            }
        }
        assertThat(q).isNotNull();
        assertThat(q.get("max").asDouble()).isEqualTo(3.0);
        assertThat(q.get("facility").asDouble()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(q.get("meanCertainty").asDouble()).isCloseTo(2.5, within(1e-9));
        assertThat(q.get("discrimination").asDouble()).isCloseTo(-1.0, within(1e-9));
    }

    private static Map<String, Long> picks(JsonNode question) {
        Map<String, Long> picks = new LinkedHashMap<>();
        question.get("choices").forEach(c -> picks.put(c.get("id").asText(), c.get("picked").asLong()));
        return picks;
    }

    private static Map<String, Long> expectedPicks(Question q, Map<String, Long> nonZero) {
        Map<String, Long> picks = new LinkedHashMap<>();
        q.choices().forEach(c -> picks.put(c.id(), nonZero.getOrDefault(c.id(), 0L)));
        return picks;
    }
}

package org.sourced.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.Tokens;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.support.Key;
import org.sourced.support.NoKeys;

/**
 * The quiz API, every path: start, answer, change, read back, submit (twice), a stale seq, a wrong token, an
 * unknown choice, a late answer. Keys come from the shipped pack read by the test, never from the API.
 */
@QuarkusTest
class AttemptApiTest {

    @Inject
    AttemptService attempts;

    /** A started attempt as the API returned it. */
    record Started(String id, String token, JsonPath json, String body) {

        List<String> questionIds() {
            return json.getList("questions.id");
        }

        String bearer() {
            return "Bearer " + token;
        }
    }

    static Started start(String body) {
        Response r = given().contentType(ContentType.JSON).body(body).post("/api/attempts");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        JsonPath json = r.jsonPath();
        assertThat(r.header("Location")).endsWith("/api/attempts/" + json.getString("id"));
        return new Started(json.getString("id"), json.getString("token"), json, r.asString());
    }

    static Response put(Started a, String questionId, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", a.bearer()).body(body)
                .put("/api/attempts/" + a.id() + "/responses/" + questionId);
    }

    static Response answer(Started a, String questionId, List<String> choices, long seq) {
        return put(a, questionId, "{\"choices\": " + jsonList(choices) + ", \"seq\": " + seq + "}");
    }

    static Response get(Started a) {
        return given().header("Authorization", a.bearer()).get("/api/attempts/" + a.id());
    }

    static Response submit(Started a) {
        return given().contentType(ContentType.JSON).header("Authorization", a.bearer()).post("/api/attempts/" + a.id() + "/submit");
    }

    static String jsonList(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").toList().toString();
    }

    // ---- start -----------------------------------------------------------------------------------

    @Test
    void startReturnsTheQuestionsOfTheObjectiveWithoutAnyKey() {
        Started a = start("{\"pack\": \"csto-armenia\", \"objective\": \"membership\", \"length\": 5, \"mode\": \"exam\"}");

        assertThat(a.id()).matches("[A-Za-z0-9_-]{22}");
        assertThat(a.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(a.json().getString("status")).isEqualTo("in_progress");
        assertThat(a.json().getString("mode")).isEqualTo("exam");
        assertThat(a.json().getString("deadline")).isNull();
        assertThat(a.questionIds()).hasSize(5).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(Key.question(id).objective()).isEqualTo("membership"));
        NoKeys.assertNoKeyFields(a.body());
        List<Map<String, Object>> questions = a.json().getList("questions");
        for (Map<String, Object> shown : questions) {
            Question q = Key.question((String) shown.get("id"));
            assertThat(shown.get("type")).isEqualTo(q.type().key());
            assertThat(shown.get("stem")).isEqualTo(q.stem());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> choices = (List<Map<String, Object>>) shown.get("choices");
            assertThat(choices).allSatisfy(c -> assertThat(c).containsOnlyKeys("id", "text"));
            assertThat(choices).extracting(c -> c.get("id")).containsExactlyInAnyOrderElementsOf(
                    q.choices().stream().map(Choice::id).toList());
        }
        assertThat(Stored.attempt(a.id()).tokenHash).as("only the token's hash is stored").isEqualTo(Tokens.hash(a.token()))
                .isNotEqualTo(a.token());
    }

    @Test
    void theOrderOfTheChoicesGivesNoKeyAway() {
        Started a = start("{\"pack\": \"csto-armenia\", \"mode\": \"exam\"}");
        List<Map<String, Object>> questions = a.json().getList("questions");
        assertThat(questions).hasSize(Key.pack().questions().size());

        Set<Integer> keyPositions = new HashSet<>();
        for (Map<String, Object> shown : questions) {
            Question q = Key.question((String) shown.get("id"));
            @SuppressWarnings("unchecked")
            List<String> order = ((List<Map<String, Object>>) shown.get("choices")).stream().map(c -> (String) c.get("id")).toList();
            if (q.type() == QuestionType.ORDERING) {
                assertThat(order).as("ordering %s starts unsolved", q.id()).isNotEqualTo(q.correctOrder());
            } else if (q.type() == QuestionType.SINGLE) {
                keyPositions.add(order.indexOf(q.correctChoiceIds().iterator().next()));
            } else if (q.type() == QuestionType.CLAIM_CHECK) {
                assertThat(order).as("the verdicts always read in the same order").containsExactly("supported", "refuted",
                        "not-in-evidence");
            }
        }
        assertThat(keyPositions).as("positions of the key among single-choice items").hasSizeGreaterThan(1);
    }

    @Test
    void startRefusesWhatItCannotDo() {
        assertThat(given().contentType(ContentType.JSON).body("{\"pack\": \"no-such-pack\"}").post("/api/attempts")
                .then().statusCode(422).extract().jsonPath().getString("message")).isEqualTo("There is no published pack 'no-such-pack'.");
        assertThat(given().contentType(ContentType.JSON).body("{\"pack\": \"csto-armenia\", \"objective\": \"geography\"}")
                .post("/api/attempts").then().statusCode(422).extract().jsonPath().getString("message"))
                .isEqualTo("Pack 'csto-armenia' has no objective 'geography'.");
        assertThat(given().contentType(ContentType.JSON).body("{\"pack\": \"csto-armenia\", \"mode\": \"race\"}").post("/api/attempts")
                .then().statusCode(422).extract().jsonPath().getString("message")).isEqualTo("Mode must be 'practice' or 'exam', not 'race'.");
        assertThat(given().contentType(ContentType.JSON).body("{\"mode\": \"exam\"}").post("/api/attempts")
                .then().statusCode(422).extract().jsonPath().getString("message")).startsWith("Name the pack to practise");
        assertThat(given().contentType(ContentType.JSON).post("/api/attempts").then().statusCode(400).extract().jsonPath()
                .getString("message")).startsWith("Send a JSON body");
    }

    // ---- answers ---------------------------------------------------------------------------------

    @Test
    void aPracticeAnswerIsStoredAndRepliesWithTheKeyExplanationAndEvidence() {
        Started a = start("{\"pack\": \"csto-armenia\", \"objective\": \"obligations\", \"length\": 3, \"mode\": \"practice\"}");
        String qid = a.questionIds().get(0);
        Question q = Key.question(qid);

        JsonPath reply = answer(a, qid, Key.right(qid), 1).then().statusCode(200).extract().jsonPath();

        assertThat(reply.getString("questionId")).isEqualTo(qid);
        assertThat(reply.getList("choices", String.class)).isEqualTo(Key.right(qid));
        assertThat(reply.getLong("seq")).isEqualTo(1);
        assertThat(reply.getBoolean("feedback.correct")).isTrue();
        assertThat(reply.getDouble("feedback.points")).isEqualTo(q.points());
        assertThat(reply.getList("feedback.key", String.class)).containsExactlyInAnyOrderElementsOf(Key.right(qid));
        assertThat(reply.getString("feedback.explanation")).isEqualTo(q.explanation());
        assertThat(reply.getList("feedback.evidence.source", String.class))
                .containsExactlyElementsOf(q.evidence().stream().map(Evidence::source).toList());
        assertThat(reply.getList("feedback.evidence.note", String.class))
                .containsExactlyElementsOf(q.evidence().stream().map(Evidence::note).toList());

        QuestionResponse stored = Stored.response(a.id(), 1);
        assertThat(stored.answerIds()).isEqualTo(Key.right(qid));
        assertThat(stored.correct).isTrue();
        assertThat(stored.seq).isEqualTo(1);
        assertThat(stored.answeredAt).isNotNull();
        assertThat(Stored.attempt(a.id()).lastSeq).isEqualTo(1);
    }

    @Test
    void aPracticeAnswerOnceCheckedCannotChange() {
        Started a = start("{\"pack\": \"csto-armenia\", \"objective\": \"timeline\", \"length\": 2, \"mode\": \"practice\"}");
        String qid = a.questionIds().get(0);
        answer(a, qid, Key.wrong(qid), 1).then().statusCode(200);

        Response again = answer(a, qid, Key.right(qid), 2);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.jsonPath().getString("message")).contains("was already answered in this practice attempt");
        assertThat(Stored.response(a.id(), 1).answerIds()).isEqualTo(Key.wrong(qid));
        assertThat(Stored.attempt(a.id()).lastSeq).as("the refused post left no trace").isEqualTo(1);
    }

    @Test
    void anExamAnswerCanChangeAndIsReadBackWithoutItsKey() {
        Started a = start("{\"pack\": \"csto-armenia\", \"objective\": \"membership\", \"length\": 3, \"mode\": \"exam\"}");
        String first = a.questionIds().get(0);
        String second = a.questionIds().get(1);

        JsonPath reply = answer(a, first, Key.wrong(first), 1).then().statusCode(200).extract().jsonPath();
        assertThat(reply.getString("feedback")).as("no feedback before submit in an exam").isNull();
        answer(a, second, Key.right(second), 2).then().statusCode(200);
        answer(a, first, Key.right(first), 3).then().statusCode(200);

        Response state = get(a).then().statusCode(200).extract().response();
        NoKeys.assertNoKeyFields(state.asString());
        JsonPath json = state.jsonPath();
        assertThat(json.getString("id")).isEqualTo(a.id());
        assertThat(json.getString("pack")).isEqualTo(Key.PACK);
        assertThat(json.getString("status")).isEqualTo("in_progress");
        assertThat(json.getString("mode")).isEqualTo("exam");
        assertThat(json.getLong("seq")).isEqualTo(3);
        assertThat(json.getList("questions.id", String.class)).isEqualTo(a.questionIds());
        assertThat(json.getList("responses.questionId", String.class)).isEqualTo(a.questionIds());
        assertThat(json.getList("responses[0].choices", String.class)).isEqualTo(Key.right(first));
        assertThat(json.getList("responses[1].choices", String.class)).isEqualTo(Key.right(second));
        assertThat(json.getList("responses[2].choices", String.class)).isEmpty();
        assertThat(json.getString("resultUrl")).isNull();
        assertThat(Stored.response(a.id(), 1).answerIds()).isEqualTo(Key.right(first));
        assertThat(Stored.response(a.id(), 1).seq).isEqualTo(3);
    }

    @Test
    void aStaleSeqIsRefusedAndChangesNothing() {
        Started a = start("{\"pack\": \"csto-armenia\", \"objective\": \"membership\", \"length\": 2, \"mode\": \"exam\"}");
        String qid = a.questionIds().get(0);
        answer(a, qid, Key.right(qid), 5).then().statusCode(200);

        Response older = answer(a, qid, Key.wrong(qid), 4);
        Response same = answer(a, qid, Key.wrong(qid), 5);

        assertThat(older.statusCode()).isEqualTo(409);
        assertThat(older.jsonPath().getString("message")).contains("sequence 4, but 5 was already accepted");
        assertThat(same.statusCode()).isEqualTo(409);
        assertThat(Stored.response(a.id(), 1).answerIds()).isEqualTo(Key.right(qid));
        assertThat(get(a).jsonPath().getLong("seq")).isEqualTo(5);
    }

    @Test
    void anotherAttemptsTokenOrNoTokenOpensNothing() {
        Started mine = start("{\"pack\": \"csto-armenia\", \"objective\": \"membership\", \"length\": 2, \"mode\": \"exam\"}");
        Started theirs = start("{\"pack\": \"csto-armenia\", \"objective\": \"membership\", \"length\": 2, \"mode\": \"exam\"}");
        String qid = theirs.questionIds().get(0);
        Started forged = new Started(theirs.id(), mine.token(), theirs.json(), theirs.body());

        Response read = get(forged);
        Response write = answer(forged, qid, Key.right(qid), 1);
        Response close = submit(forged);
        Response anonymous = given().get("/api/attempts/" + theirs.id());

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.jsonPath().getString("message")).isEqualTo("This token does not open this attempt.");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(close.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(Stored.response(theirs.id(), 1).answer).isNull();
        assertThat(Stored.attempt(theirs.id()).status).isEqualTo(Attempt.IN_PROGRESS);
        assertThat(given().header("Authorization", mine.bearer()).get("/api/attempts/NoSuchAttemptAtAllXyz1").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAnswerThatDoesNotFitTheQuestionIsRefused() {
        Started a = start("{\"pack\": \"csto-armenia\", \"mode\": \"exam\"}");
        String single = a.questionIds().stream().filter(id -> Key.question(id).type() == QuestionType.SINGLE).findFirst().orElseThrow();
        String ordering = a.questionIds().stream().filter(id -> Key.question(id).type() == QuestionType.ORDERING).findFirst()
                .orElseThrow();
        List<String> twoChoices = Key.question(single).choices().stream().limit(2).map(Choice::id).toList();

        Response unknown = answer(a, single, List.of("zzz"), 1);
        Response two = answer(a, single, twoChoices, 2);
        Response partOrder = answer(a, ordering, Key.right(ordering).subList(0, 2), 3);
        Response notInAttempt = answer(a, "no-such-question", List.of("a"), 4);
        Response noSeq = put(a, single, "{\"choices\": [\"a\"]}");

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.jsonPath().getString("message")).isEqualTo("'zzz' is not a choice of question '" + single + "'.");
        assertThat(two.statusCode()).isEqualTo(422);
        assertThat(partOrder.statusCode()).isEqualTo(422);
        assertThat(partOrder.jsonPath().getString("message")).contains("lists every item");
        assertThat(notInAttempt.statusCode()).isEqualTo(404);
        assertThat(noSeq.statusCode()).isEqualTo(400);
        assertThat(Stored.responses(a.id())).allSatisfy(r -> assertThat(r.answer).isNull());
        assertThat(Stored.attempt(a.id()).lastSeq).as("no refused answer used up a sequence number").isZero();
    }

    // ---- submit ----------------------------------------------------------------------------------

    @Test
    void submitScoresWithKeysExplanationsAndEvidenceAndASecondSubmitReturnsTheSame() {
        Started a = start("{\"pack\": \"csto-armenia\", \"objective\": \"membership\", \"length\": 3, \"mode\": \"exam\"}");
        List<String> ids = a.questionIds();
        answer(a, ids.get(0), Key.right(ids.get(0)), 1).then().statusCode(200);
        answer(a, ids.get(1), Key.wrong(ids.get(1)), 2).then().statusCode(200);
        double max = ids.stream().mapToInt(id -> Key.question(id).points()).sum();
        double expected = Key.question(ids.get(0)).points();

        Response first = submit(a).then().statusCode(200).extract().response();
        JsonPath json = first.jsonPath();

        assertThat(json.getDouble("score")).isEqualTo(expected);
        assertThat(json.getDouble("max")).isEqualTo(max);
        assertThat(json.getDouble("percent")).isCloseTo(Math.round(1000.0 * expected / max) / 10.0, within(0.01));
        assertThat(json.getList("objectives.objective", String.class)).containsExactly("membership");
        assertThat(json.getList("questions.id", String.class)).isEqualTo(ids);
        assertThat(json.getList("questions.correct", Boolean.class)).containsExactly(true, false, false);
        assertThat(json.getList("questions.points", Double.class).get(0)).isEqualTo(expected);
        for (int i = 0; i < 3; i++) {
            Question q = Key.question(ids.get(i));
            assertThat(json.getList("questions[" + i + "].key", String.class)).containsExactlyInAnyOrderElementsOf(Key.right(q.id()));
            assertThat(json.getString("questions[" + i + "].explanation")).isEqualTo(q.explanation());
            assertThat(json.getList("questions[" + i + "].evidence.locator", String.class))
                    .containsExactlyElementsOf(q.evidence().stream().map(Evidence::locator).toList());
        }
        Attempt stored = Stored.attempt(a.id());
        assertThat(stored.status).isEqualTo(Attempt.SUBMITTED);
        assertThat(stored.score).isEqualTo(expected);
        assertThat(json.getString("resultUrl")).isEqualTo("/results/" + stored.resultId);

        JsonPath second = submit(a).then().statusCode(200).extract().jsonPath();
        assertThat(second.getDouble("score")).isEqualTo(expected);
        assertThat(second.getString("resultUrl")).isEqualTo(json.getString("resultUrl"));
        assertThat(Stored.attempt(a.id()).submittedAt).isEqualTo(stored.submittedAt);

        Response late = answer(a, ids.get(2), Key.right(ids.get(2)), 3);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.jsonPath().getString("message")).contains("was submitted");
        JsonPath state = get(a).jsonPath();
        assertThat(state.getString("status")).isEqualTo("submitted");
        assertThat(state.getString("resultUrl")).isEqualTo("/results/" + stored.resultId);
    }

    @Test
    void anAnswerPastTheDeadlineIsRefusedAndTheEarlierOnesCount() {
        Started a = start("{\"pack\": \"csto-armenia\", \"objective\": \"membership\", \"length\": 2, \"mode\": \"exam\", "
                + "\"timeLimitMinutes\": 1}");
        List<String> ids = a.questionIds();
        assertThat(a.json().getString("deadline")).isNotNull();
        answer(a, ids.get(0), Key.right(ids.get(0)), 1).then().statusCode(200);

        try (var later = Clocks.ahead(attempts, Duration.ofMinutes(2))) {
            Response late = answer(a, ids.get(1), Key.right(ids.get(1)), 2);
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(late.jsonPath().getString("message")).startsWith("Time is up for this attempt");
            assertThat(get(a).jsonPath().getString("status")).isEqualTo("overdue");

            JsonPath result = submit(a).then().statusCode(200).extract().jsonPath();
            assertThat(result.getList("questions.correct", Boolean.class)).containsExactly(true, false);
            assertThat(result.getDouble("score")).isEqualTo(Key.question(ids.get(0)).points());
        }
        assertThat(Stored.response(a.id(), 2).answer).isNull();
        assertThat(Stored.attempt(a.id()).lastSeq).isEqualTo(1);
    }
}

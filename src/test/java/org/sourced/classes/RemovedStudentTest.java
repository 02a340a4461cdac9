package org.sourced.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.classes.ClassTestSupport.assign;
import static org.sourced.classes.ClassTestSupport.createClass;
import static org.sourced.classes.ClassTestSupport.joinWithNickname;
import static org.sourced.classes.ClassTestSupport.json;
import static org.sourced.classes.ClassTestSupport.person;
import static org.sourced.classes.ClassTestSupport.start;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.quiz.Attempt;

/**
 * Finding 6 of issue 19: an in-progress assigned attempt of a student removed from the class still took GET, PUT and
 * submit with its token. Removing the student now submits that attempt as it stands (docs/classes.md): the answer
 * given before stays, a later answer is refused, and the attempt is closed.
 */
@QuarkusTest
class RemovedStudentTest {

    @Inject
    AccountService accounts;
    @Inject
    ClassService classes;

    @Test
    void removingAStudentSubmitsTheirOpenAttemptAsItStands() throws Exception {
        var teacher = QuarkusTransaction.requiringNew().call(() -> person(accounts, Role.TEACHER));
        var c = createClass(teacher, "Removal class", true);
        long assignment = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "mode", "exam", "length", 2));
        var student = joinWithNickname(c.code(), "Leaver");
        var attempt = start(student, assignment);
        JsonNode state = json(attempt.api().get("/api/attempts/" + attempt.id()).then().statusCode(200).extract().response());
        JsonNode first = state.get("questions").get(0);
        String firstChoice = first.get("choices").get(0).get("id").asText();
        // the draw may put an ordering item first: its answer is every choice, in an order (here the one shown)
        List<String> answer = new java.util.ArrayList<>();
        first.get("choices").forEach(choice -> answer.add(choice.get("id").asText()));
        attempt.api().body(Map.of("choices", "ordering".equals(first.get("type").asText()) ? answer : List.of(firstChoice), "seq", 1))
                .put("/api/attempts/" + attempt.id() + "/responses/" + attempt.questionIds().get(0)).then().statusCode(200);

        classes.removeStudent(new Caller(teacher.id(), false), c.id(), student.id());

        Attempt stored = QuarkusTransaction.requiringNew().call(() -> Attempt.byPublicId(attempt.id()).orElseThrow());
        assertThat(stored.status).isEqualTo(Attempt.SUBMITTED);
        assertThat(stored.submittedAt).isNotNull();
        var later = attempt.api().body(Map.of("choices", List.of(firstChoice), "seq", 2))
                .put("/api/attempts/" + attempt.id() + "/responses/" + attempt.questionIds().get(1));
        assertThat(later.statusCode()).as("an answer after removal: %s", later.asString()).isBetween(400, 499);
        JsonNode after = json(attempt.api().get("/api/attempts/" + attempt.id()).then().statusCode(200).extract().response());
        assertThat(after.get("status").asText()).isEqualTo(Attempt.SUBMITTED);
        assertThat(after.get("responses").get(0).get("choices").get(0).asText()).as("the answer given before removal is kept")
                .isEqualTo(firstChoice);
    }
}

package org.sourced.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sourced.classes.ClassTestSupport.answerAndSubmit;
import static org.sourced.classes.ClassTestSupport.assign;
import static org.sourced.classes.ClassTestSupport.createClass;
import static org.sourced.classes.ClassTestSupport.joinWithNickname;
import static org.sourced.classes.ClassTestSupport.json;
import static org.sourced.classes.ClassTestSupport.start;
import static org.sourced.classes.ClassTestSupport.startAssignment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.classes.ClassTestSupport.Created;
import org.sourced.classes.ClassTestSupport.Person;
import org.sourced.classes.ClassTestSupport.Student;

/** Opening and closing times, late work and attempts allowed, as the assignment says. */
@QuarkusTest
class AssignmentWindowTest {

    @Inject
    AccountService accounts;

    Person teacher;
    Created c;
    Student student;

    @BeforeEach
    void aClassWithAStudent() {
        teacher = ClassTestSupport.person(accounts, Role.TEACHER);
        c = createClass(teacher, "Windows", true);
        student = joinWithNickname(c.code(), "Ani");
    }

    @Test
    void beforeItOpensAStartIsRefused() {
        long id = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "mode", "exam", "length", 2,
                "opens", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        startAssignment(student, id).then().statusCode(403).body("message", containsString("opens at"));
        assertThat(status(id)).isEqualTo("not started");
    }

    @Test
    void afterItClosesAStartIsRefusedWhenLateWorkIsRefused() {
        long id = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "mode", "exam", "length", 2,
                "closes", Instant.now().minus(1, ChronoUnit.HOURS).toString()));
        startAssignment(student, id).then().statusCode(403).body("message", containsString("closed"));
        assertThat(status(id)).isEqualTo("closed");
    }

    @Test
    void afterItClosesAnAttemptIsMarkedLateWhenLateWorkIsAccepted() {
        long id = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "mode", "exam", "length", 2, "late", "flag",
                "opens", Instant.now().minus(2, ChronoUnit.DAYS).toString(), "closes", Instant.now().minus(1, ChronoUnit.HOURS).toString()));
        assertThat(status(id)).isEqualTo("late");
        answerAndSubmit(start(student, id), Map.of(), Map.of());
        assertThat(status(id)).isEqualTo("late");
        JsonNode results = json(teacher.api().get("/api/assignments/" + id + "/results").then().statusCode(200).extract().response());
        JsonNode attempt = results.get("students").get(0).get("attempts").get(0);
        assertThat(attempt.get("late").asBoolean()).isTrue();
        assertThat(attempt.get("status").asText()).isEqualTo("submitted");
    }

    @Test
    void anAttemptBegunBeforeClosingStopsTakingAnswersAtTheClosingTime() {
        Instant closes = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        long id = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "mode", "exam", "length", 2, "timeLimitMinutes", 60,
                "closes", closes.toString()));
        JsonNode started = json(startAssignment(student, id).then().statusCode(201).extract().response());
        assertThat(Instant.parse(started.get("deadline").asText())).isEqualTo(closes);
    }

    @Test
    void onceTheAttemptsAllowedAreUsedAStartIsRefused() {
        long id = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "mode", "exam", "length", 2, "attemptsAllowed", 2));
        answerAndSubmit(start(student, id), Map.of(), Map.of());
        assertThat(status(id)).isEqualTo("submitted");
        start(student, id); // the second, left in progress
        assertThat(status(id)).isEqualTo("in progress");
        startAssignment(student, id).then().statusCode(403).body("message", containsString("all 2 attempts"));
    }

    @Test
    void theAssignmentSetsThePackVersionAndSettingsNotTheStudent() {
        long id = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "objective", "timeline", "mode", "practice", "length", 3));
        student.api().body(Map.of("assignment", id, "mode", "exam")).post("/api/attempts").then().statusCode(422);
        student.api().body(Map.of("assignment", id, "pack", "csto-armenia")).post("/api/attempts").then().statusCode(422);
        JsonNode started = json(startAssignment(student, id).then().statusCode(201).extract().response());
        assertThat(started.get("mode").asText()).isEqualTo("practice");
        assertThat(started.get("questions")).hasSize(3);
        // without the student's credentials there is no one to start it for
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON).body(Map.of("assignment", id))
                .post("/api/attempts").then().statusCode(401);
    }

    private String status(long assignmentId) {
        for (JsonNode a : json(student.api().get("/api/me/assignments").then().statusCode(200).extract().response())) {
            if (a.get("id").asLong() == assignmentId) {
                return a.get("status").asText();
            }
        }
        throw new AssertionError("assignment " + assignmentId + " is not listed");
    }
}

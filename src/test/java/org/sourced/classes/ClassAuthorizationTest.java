package org.sourced.classes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sourced.classes.ClassTestSupport.assign;
import static org.sourced.classes.ClassTestSupport.createClass;
import static org.sourced.classes.ClassTestSupport.joinWithNickname;
import static org.sourced.classes.ClassTestSupport.start;
import static org.sourced.classes.ClassTestSupport.startAssignment;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.accounts.Sessions;
import org.sourced.classes.ClassTestSupport.Created;
import org.sourced.classes.ClassTestSupport.Person;
import org.sourced.classes.ClassTestSupport.Started;
import org.sourced.classes.ClassTestSupport.Student;

/** Who may see what: a student only their own work, a teacher only their classes, the admin all. */
@QuarkusTest
class ClassAuthorizationTest {

    @Inject
    AccountService accounts;
    @Inject
    Sessions sessions;

    Person teacherA;
    Person teacherB;
    Created classA;
    Created classB;
    long assignmentA;
    long assignmentB;

    @BeforeEach
    void twoTeachersWithAClassEach() {
        teacherA = ClassTestSupport.person(accounts, Role.TEACHER);
        teacherB = ClassTestSupport.person(accounts, Role.TEACHER);
        classA = createClass(teacherA, "Class A", true);
        classB = createClass(teacherB, "Class B", true);
        assignmentA = assign(teacherA, classA.id(), Map.of("pack", "csto-armenia", "mode", "exam", "length", 3));
        assignmentB = assign(teacherB, classB.id(), Map.of("pack", "csto-armenia", "mode", "exam", "length", 3));
    }

    @Test
    void aStudentOfClassACannotTakeOrSeeClassBsAssignment() {
        Student student = joinWithNickname(classA.code(), "Ani");
        startAssignment(student, assignmentB).then().statusCode(404).body("message", containsString("not for a class you are in"));
        startAssignment(student, assignmentA).then().statusCode(201);
        // teacher routes are closed to students, whatever the class
        student.api().get("/api/assignments/" + assignmentA + "/results").then().statusCode(403);
        student.api().get("/api/assignments/" + assignmentB + "/statistics").then().statusCode(403);
        student.api().get("/api/assignments/" + assignmentA + "/results.csv").then().statusCode(403);
        // and "my assignments" lists class A's only
        List<Long> mine = student.api().get("/api/me/assignments").then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertThat(mine).containsExactly(assignmentA);
    }

    @Test
    void aStudentCannotOpenAnotherStudentsAttempt() {
        Student ani = joinWithNickname(classA.code(), "Ani");
        Student bob = joinWithNickname(classA.code(), "Bob");
        Started anis = start(ani, assignmentA);
        Started bobs = start(bob, assignmentA);
        // Bob's attempt token does not open Ani's attempt, nor does his account token
        given().header("Authorization", "Bearer " + bobs.token()).get("/api/attempts/" + anis.id()).then().statusCode(403);
        given().header("Authorization", "Bearer " + bob.token()).get("/api/attempts/" + anis.id()).then().statusCode(403);
        // the page of Ani's attempt, signed in as Bob, is refused too
        String bobSession = sessions.open(Account.findById(bob.id()));
        given().redirects().follow(false).cookie("sourced_session", bobSession).get("/attempts/" + anis.id() + "/questions/1")
                .then().statusCode(403);
        String aniSession = sessions.open(Account.findById(ani.id()));
        given().redirects().follow(false).cookie("sourced_session", aniSession).get("/attempts/" + anis.id() + "/questions/1")
                .then().statusCode(200);
    }

    @Test
    void aTeacherCannotSeeAnotherTeachersClassButTheAdminCan() {
        Person admin = ClassTestSupport.person(accounts, Role.ADMIN);
        for (String path : List.of("/api/assignments/" + assignmentA + "/results", "/api/assignments/" + assignmentA + "/statistics",
                "/api/assignments/" + assignmentA + "/results.csv", "/api/assignments/" + assignmentA + "/statistics.csv")) {
            teacherB.api().get(path).then().statusCode(404);
            admin.api().get(path).then().statusCode(200);
            teacherA.api().get(path).then().statusCode(200);
        }
        teacherB.api().body(Map.of("pack", "csto-armenia", "mode", "exam")).post("/api/classes/" + classA.id() + "/assignments")
                .then().statusCode(404);

        String bSession = sessions.open(Account.findById(teacherB.id()));
        String adminSession = sessions.open(Account.findById(admin.id()));
        for (String page : List.of("/classes/" + classA.id(), "/assignments/" + assignmentA, "/classes/" + classA.id() + "/assignments/new",
                "/assignments/" + assignmentA + "/results.csv")) {
            given().redirects().follow(false).cookie("sourced_session", bSession).get(page).then().statusCode(404);
            given().redirects().follow(false).cookie("sourced_session", adminSession).get(page).then().statusCode(200);
        }
        // B's list shows only B's class; the admin's shows both
        String bList = given().cookie("sourced_session", bSession).get("/classes").then().statusCode(200).extract().asString();
        assertThat(bList).contains("Class B").doesNotContain("/classes/" + classA.id() + "\"");
        String adminList = given().cookie("sourced_session", adminSession).get("/classes").then().statusCode(200).extract().asString();
        assertThat(adminList).contains("/classes/" + classA.id() + "\"").contains("/classes/" + classB.id() + "\"");
    }

    @Test
    void withoutCredentialsTheApiAsksForThem() {
        given().get("/api/assignments/" + assignmentA + "/results").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/classes").then().statusCode(401);
        given().redirects().follow(false).get("/classes").then().statusCode(302);
    }

    @Test
    void aJoinCodeOfAnArchivedClassFails() {
        Student early = joinWithNickname(classA.code(), "Early");
        String session = sessions.open(Account.findById(teacherA.id()));
        ClassTestSupport.Browser browser = ClassTestSupport.browser(session, "/classes/" + classA.id());
        browser.post().post("/classes/" + classA.id() + "/archive").then().statusCode(303);

        given().contentType(ContentType.JSON).body(Map.of("code", classA.code(), "nickname", "Late")).post("/api/classes/join")
                .then().statusCode(410).body("message", containsString("archived"));
        given().get("/join/" + classA.code()).then().statusCode(410);
        // nor does an archived class start attempts or show in "my assignments"
        startAssignment(early, assignmentA).then().statusCode(410);
        assertThat(early.api().get("/api/me/assignments").then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
    }

    @Test
    void rotatingTheCodeInvalidatesTheOldOne() {
        String session = sessions.open(Account.findById(teacherA.id()));
        ClassTestSupport.Browser browser = ClassTestSupport.browser(session, "/classes/" + classA.id());
        browser.post().post("/classes/" + classA.id() + "/code").then().statusCode(303);
        String page = given().cookie("sourced_session", session).get("/classes/" + classA.id()).then().statusCode(200).extract().asString();
        String newCode = JoinCodes.normalise(page.replaceAll("(?s).*<code id=\"join-code\">([^<]+)</code>.*", "$1"));
        assertThat(newCode).hasSize(JoinCodes.LENGTH).isNotEqualTo(classA.code());

        given().contentType(ContentType.JSON).body(Map.of("code", classA.code(), "nickname", "Old")).post("/api/classes/join")
                .then().statusCode(404);
        given().get("/join/" + classA.code()).then().statusCode(404);
        joinWithNickname(JoinCodes.display(newCode).toLowerCase(), "New"); // read back whatever the case and dashes
    }

    @Test
    void aRemovedStudentLosesTheClassAndCannotRejoin() {
        Student ani = joinWithNickname(classA.code(), "Ani");
        String session = sessions.open(Account.findById(teacherA.id()));
        ClassTestSupport.Browser browser = ClassTestSupport.browser(session, "/classes/" + classA.id());
        browser.post().post("/classes/" + classA.id() + "/students/" + ani.id() + "/remove").then().statusCode(303);

        startAssignment(ani, assignmentA).then().statusCode(404);
        ani.api().body(Map.of("code", classA.code())).post("/api/classes/join").then().statusCode(403)
                .body("message", containsString("removed"));
    }

    @Test
    void aClassThatNeedsAccountsRefusesAnonymousJoinsAndTakesSignedInStudents() {
        Created accountsOnly = createClass(teacherA, "Accounts only", false);
        given().contentType(ContentType.JSON).body(Map.of("code", accountsOnly.code(), "nickname", "Anon")).post("/api/classes/join")
                .then().statusCode(401);
        Person student = ClassTestSupport.person(accounts, Role.STUDENT);
        String token = student.api().body(Map.of("code", accountsOnly.code())).post("/api/classes/join").then().statusCode(201)
                .body("student.id", org.hamcrest.Matchers.equalTo((int) student.id())).extract().jsonPath().getString("token");
        assertThat(token).startsWith("sp_");
        long assignment = assign(teacherA, accountsOnly.id(), Map.of("pack", "csto-armenia", "mode", "practice", "length", 2));
        startAssignment(new Student(student.id(), token), assignment).then().statusCode(201);
    }
}

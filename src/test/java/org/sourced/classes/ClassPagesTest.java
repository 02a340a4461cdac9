package org.sourced.classes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.classes.ClassTestSupport.answerAndSubmit;
import static org.sourced.classes.ClassTestSupport.key;
import static org.sourced.classes.ClassTestSupport.oneKeyQuestions;
import static org.sourced.classes.ClassTestSupport.start;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.accounts.Sessions;
import org.sourced.classes.ClassTestSupport.Browser;
import org.sourced.classes.ClassTestSupport.Person;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.format.Question;

/** The pages, with CSRF on: a teacher makes a class and an assignment, students join and start, the dashboard draws. */
@QuarkusTest
class ClassPagesTest {

    @Inject
    AccountService accounts;
    @Inject
    Sessions sessions;
    @Inject
    PackCatalog catalog;

    @Test
    void aTeacherCreatesAClassAndAssignsAQuiz() {
        Person teacher = ClassTestSupport.person(accounts, Role.TEACHER);
        String session = sessions.open(Account.findById(teacher.id()));
        Browser browser = ClassTestSupport.browser(session, "/classes");
        assertThat(browser.get().get("/classes").asString()).contains("href=\"/classes\">Classes</a>");

        browser.post().formParam("name", "").formParam("joinWith", "account").post("/classes").then().statusCode(422);
        Response created = browser.post().formParam("name", "9C civics").formParam("joinWith", "account").post("/classes");
        created.then().statusCode(303);
        String classPath = java.net.URI.create(created.header("Location")).getPath();
        assertThat(classPath).matches("/classes/\\d+");
        String classPage = browser.get().get(classPath).then().statusCode(200).extract().asString();
        assertThat(classPage).contains("9C civics").contains("id=\"join-code\"").contains("/join/");

        Browser form = ClassTestSupport.browser(session, classPath + "/assignments/new");
        String now = Instant.now().truncatedTo(ChronoUnit.MINUTES).toString().substring(0, 16);
        Response refused = form.post().formParam("what", "csto-armenia|timeline").formParam("mode", "exam").formParam("length", "3")
                .formParam("opens", now).formParam("closes", now).formParam("late", "refuse").formParam("scoreCounts", "best")
                .post(classPath + "/assignments");
        refused.then().statusCode(422);
        assertThat(refused.asString()).contains("id=\"closes-error\"").contains("must close after it opens");

        Response assigned = form.post().formParam("what", "csto-armenia|timeline").formParam("title", "Timeline check")
                .formParam("mode", "exam").formParam("length", "3").formParam("closes", "2099-01-01T09:00").formParam("late", "flag")
                .formParam("attemptsAllowed", "2").formParam("scoreCounts", "last").formParam("certainty", "on").post(classPath + "/assignments");
        assigned.then().statusCode(303);
        String dashboardPath = java.net.URI.create(assigned.header("Location")).getPath();
        String dashboard = browser.get().get(dashboardPath).then().statusCode(200).extract().asString();
        assertThat(dashboard).contains("Timeline check").contains("1 Jan 2099, 09:00 UTC").contains("late work marked")
                .contains("2 attempts").contains("the last score counts").contains("certainty-based marking");
    }

    @Test
    void aStudentRegistersWithTheCodeThenStartsFromMyAssignments() {
        Person teacher = ClassTestSupport.person(accounts, Role.TEACHER);
        ClassTestSupport.Created c = ClassTestSupport.createClass(teacher, "Registering", false);
        long assignment = ClassTestSupport.assign(teacher, c.id(), Map.of("pack", "csto-armenia", "mode", "exam", "length", 2,
                "title", "Two questions"));

        given().redirects().follow(false).get("/join?code=" + JoinCodes.display(c.code()).toLowerCase()).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/join/" + c.code()));
        Browser anonymous = ClassTestSupport.browser(null, "/join/" + c.code());
        String email = "student-" + UUID.randomUUID() + "@example.org";
        anonymous.post().formParam("how", "register").formParam("name", "Nare").formParam("email", email).formParam("password", "short")
                .post("/join/" + c.code()).then().statusCode(422);
        Response joined = anonymous.post().formParam("how", "register").formParam("name", "Nare").formParam("email", email)
                .formParam("password", ClassTestSupport.PASSWORD).post("/join/" + c.code());
        joined.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/me/assignments"));
        String session = joined.getCookie("sourced_session");
        assertThat(session).isNotBlank();
        assertThat(Account.byEmail(email).orElseThrow().role).isEqualTo("student");

        Browser student = ClassTestSupport.browser(session, "/me/assignments");
        String mine = student.get().get("/me/assignments").asString();
        assertThat(mine).contains("Two questions").contains("not started").contains("href=\"/me/assignments\">My assignments</a>")
                .contains("action=\"/me/assignments/" + assignment + "/start\"");
        Response started = student.post().post("/me/assignments/" + assignment + "/start");
        started.then().statusCode(303);
        String question = java.net.URI.create(started.header("Location")).getPath();
        assertThat(question).matches("/attempts/[A-Za-z0-9_-]+/questions/1");
        student.get().get(question).then().statusCode(200);
        assertThat(student.get().get("/me/assignments").asString()).contains("in progress").contains("Resume");
        // a second start resumes rather than spending another attempt
        Response again = student.post().post("/me/assignments/" + assignment + "/start");
        assertThat(again.header("Location")).contains(question.substring(0, question.indexOf("/questions")));
        // students do not get the teacher's pages or links
        assertThat(mine).doesNotContain("href=\"/classes\"");
        student.get().get("/classes").then().statusCode(403);
        student.get().get("/assignments/" + assignment).then().statusCode(403);
    }

    @Test
    void aStudentJoinsANicknameOnlyClassWithJustANickname() {
        Person teacher = ClassTestSupport.person(accounts, Role.TEACHER);
        ClassTestSupport.Created c = ClassTestSupport.createClass(teacher, "Nicknames", true);
        Browser anonymous = ClassTestSupport.browser(null, "/join/" + c.code());
        assertThat(anonymous.get().get("/join/" + c.code()).asString()).contains("Your nickname").doesNotContain("Password");
        Response joined = anonymous.post().formParam("how", "nickname").formParam("nickname", "Ani").post("/join/" + c.code());
        joined.then().statusCode(303);
        // signed in by the join; nothing assigned yet
        assertThat(given().cookie("sourced_session", joined.getCookie("sourced_session")).get("/me/assignments").then().statusCode(200)
                .extract().asString()).contains("Nothing is assigned to you yet");
        Response taken = anonymous.post().formParam("how", "nickname").formParam("nickname", "ani").post("/join/" + c.code());
        taken.then().statusCode(409);
        assertThat(taken.asString()).contains("id=\"nickname-error\"");
        String teacherSession = sessions.open(Account.findById(teacher.id()));
        assertThat(given().cookie("sourced_session", teacherSession).get("/classes/" + c.id()).asString()).contains("Ani").contains("nickname");
    }

    @Test
    void theDashboardDrawsAccessibleChartsWithTablesAndThePerStudentPageShowsEveryAnswer() {
        Person teacher = ClassTestSupport.person(accounts, Role.TEACHER);
        ClassTestSupport.Created c = ClassTestSupport.createClass(teacher, "Charts <&>", true);
        long assignment = ClassTestSupport.assign(teacher, c.id(), Map.of("pack", "csto-armenia", "objective", "membership", "mode", "exam"));
        Question q = oneKeyQuestions(ClassTestSupport.pack(catalog), "membership", 1).get(0);
        ClassTestSupport.Student ani = ClassTestSupport.joinWithNickname(c.code(), "Ani <script>");
        answerAndSubmit(start(ani, assignment), Map.of(q.id(), key(q)), Map.of());

        String session = sessions.open(Account.findById(teacher.id()));
        String html = given().cookie("sourced_session", session).get("/assignments/" + assignment).then().statusCode(200).extract().asString();
        assertThat(html).contains("<svg").contains("role=\"img\"").contains("aria-labelledby=\"histogram-title histogram-desc\"")
                .contains("<title id=\"histogram-title\">Scores of 1 students</title>").contains("<desc id=\"histogram-desc\">")
                .contains("<title id=\"facility-title\">").contains("<title id=\"mastery-title\">").contains("<title id=\"choices-1-title\">")
                .contains("<caption>Students per score band</caption>").contains("<caption>Statistics per question</caption>")
                .contains("Ani &lt;script&gt;").doesNotContain("Ani <script>").doesNotContain("<script>alert")
                .contains("Charts &lt;&amp;&gt;");
        assertThat(html).doesNotContain("style=\""); // the CSP allows no inline style

        String student = given().cookie("sourced_session", session).get("/assignments/" + assignment + "/students/" + ani.id())
                .then().statusCode(200).extract().asString();
        assertThat(student).contains(q.stem().replace("'", "&#39;").replace("\"", "&quot;")).contains("(right)").contains("not answered");

        Response csv = given().cookie("sourced_session", session).get("/assignments/" + assignment + "/results.csv");
        csv.then().statusCode(200).contentType("text/csv; charset=UTF-8");
        assertThat(csv.asString()).contains("Ani <script>");
    }
}

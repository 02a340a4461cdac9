package org.sourced.classes;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/** Story-like steps for the class tests: teachers by Basic auth, students by their join token, attempts by theirs. */
final class ClassTestSupport {

    static final String PASSWORD = "correct horse battery";
    static final String PACK = "csto-armenia";
    static final ObjectMapper JSON = new ObjectMapper();

    private ClassTestSupport() {
    }

    /** A teacher (or admin) with an email no other test uses. */
    record Person(long id, String email) {
        RequestSpecification api() {
            return given().auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON);
        }
    }

    record Student(long id, String token) {
        RequestSpecification api() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    record Started(String id, String token, List<String> questionIds) {
        RequestSpecification api() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    static Person person(AccountService accounts, Role role) {
        String email = role.key() + "-" + UUID.randomUUID() + "@example.org";
        Account a = accounts.create(email, role.key() + " " + email.substring(0, 12), PASSWORD, role);
        return new Person(a.id, email);
    }

    record Created(long id, String code) {
    }

    static Created createClass(Person teacher, String name, boolean nicknameOnly) {
        JsonNode body = json(teacher.api().body(Map.of("name", name, "nicknameOnly", nicknameOnly)).post("/api/classes")
                .then().log().ifValidationFails().statusCode(201).extract().response());
        return new Created(body.get("id").asLong(), body.get("code").asText());
    }

    static long assign(Person teacher, long classId, Map<String, Object> settings) {
        return json(teacher.api().body(settings).post("/api/classes/" + classId + "/assignments").then().log().ifValidationFails().statusCode(201).extract().response())
                .get("id").asLong();
    }

    static Student joinWithNickname(String code, String nickname) {
        JsonNode body = json(given().contentType(ContentType.JSON).body(Map.of("code", code, "nickname", nickname)).post("/api/classes/join")
                .then().log().ifValidationFails().statusCode(201).extract().response());
        return new Student(body.get("student").get("id").asLong(), body.get("token").asText());
    }

    static Response startAssignment(Student student, long assignmentId) {
        return student.api().body(Map.of("assignment", assignmentId)).post("/api/attempts");
    }

    static Started start(Student student, long assignmentId) {
        JsonNode body = json(startAssignment(student, assignmentId).then().log().ifValidationFails().statusCode(201).extract().response());
        List<String> ids = new ArrayList<>();
        body.get("questions").forEach(q -> ids.add(q.get("id").asText()));
        return new Started(body.get("id").asText(), body.get("token").asText(), ids);
    }

    /** Answers in order (seq 1, 2, ...), null for a question left blank; then submits. */
    static JsonNode answerAndSubmit(Started attempt, Map<String, List<String>> answers, Map<String, Integer> certainty) {
        long seq = 1;
        for (var e : answers.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            Map<String, Object> body = new java.util.HashMap<>(Map.of("choices", e.getValue(), "seq", seq++));
            if (certainty.containsKey(e.getKey())) {
                body.put("certainty", certainty.get(e.getKey()));
            }
            attempt.api().body(body).put("/api/attempts/" + attempt.id() + "/responses/" + e.getKey()).then().log().ifValidationFails().statusCode(200);
        }
        return json(attempt.api().post("/api/attempts/" + attempt.id() + "/submit").then().log().ifValidationFails().statusCode(200).extract().response());
    }

    static PackContent pack(PackCatalog catalog) {
        return catalog.content(catalog.current(PACK).orElseThrow());
    }

    /** The first {@code count} one-key questions of an objective, in pack order. */
    static List<Question> oneKeyQuestions(PackContent pack, String objective, int count) {
        return pack.questions().stream().filter(q -> q.objective().equals(objective))
                .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.CLAIM_CHECK)
                .limit(count).toList();
    }

    static List<String> key(Question q) {
        return List.copyOf(q.correctChoiceIds());
    }

    /** The n-th wrong choice (0-based) of a one-key question. */
    static List<String> wrong(Question q, int n) {
        return List.of(q.choices().stream().filter(c -> !c.correct()).skip(n).findFirst().orElseThrow().id());
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }

    /** A signed-in browser: the session cookie, and the CSRF cookie and field taken from a form page. */
    record Browser(String session, String csrfCookie, String csrf) {
        RequestSpecification get() {
            RequestSpecification spec = given().redirects().follow(false);
            if (session != null) {
                spec = spec.cookie("sourced_session", session);
            }
            return spec;
        }

        /** A form post with the CSRF cookie and field. */
        RequestSpecification post() {
            return get().cookie("csrf-token", csrfCookie).contentType(ContentType.URLENC).formParam("csrf-token", csrf);
        }
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Opens a form page as the given session (or none) and keeps its CSRF token. */
    static Browser browser(String session, String formPage) {
        RequestSpecification spec = given().redirects().follow(false);
        if (session != null) {
            spec = spec.cookie("sourced_session", session);
        }
        Response page = spec.get(formPage);
        page.then().log().ifValidationFails().statusCode(200);
        Matcher m = CSRF_FIELD.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on " + formPage);
        }
        String cookie = page.getCookie("csrf-token");
        if (cookie == null) {
            throw new AssertionError("no csrf-token cookie from " + formPage);
        }
        return new Browser(session, cookie, m.group(1));
    }
}

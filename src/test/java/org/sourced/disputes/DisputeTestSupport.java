package org.sourced.disputes;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.packs.Drafts;
import org.sourced.support.PackFiles;

/** Steps for the dispute tests: a teacher's own copy of the tiny pack, a class on it, students and their attempts. */
final class DisputeTestSupport {

    static final String PASSWORD = "correct horse battery";
    static final ObjectMapper JSON = new ObjectMapper();

    private DisputeTestSupport() {
    }

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

    record Started(String id, String token) {
        RequestSpecification api() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    record Classroom(long id, String code) {
    }

    static Person person(AccountService accounts, Role role) {
        String email = role.key() + "-" + UUID.randomUUID() + "@example.org";
        Account a = accounts.create(email, role.key() + " " + email.substring(0, 12), PASSWORD, role);
        return new Person(a.id, email);
    }

    /** The tiny fixture pack under a fresh id, published by {@code teacher}: they are its author. */
    static String publishTinyAs(Drafts drafts, Person teacher) {
        String packId = "tiny-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files = new LinkedHashMap<>(PackFiles.read(PackFiles.TINY));
        files.put("pack.yaml", files.get("pack.yaml").replaceFirst("(?m)^id: tiny$", "id: " + packId));
        drafts.save(files, teacher.id(), false, "browser");
        drafts.publish(packId, teacher.id(), false);
        return packId;
    }

    static Classroom classOf(Person teacher) {
        JsonNode body = json(teacher.api().body(Map.of("name", "Disputes " + UUID.randomUUID(), "nicknameOnly", true)).post("/api/classes")
                .then().statusCode(201).extract().response());
        return new Classroom(body.get("id").asLong(), body.get("code").asText());
    }

    static long assign(Person teacher, long classId, String packId) {
        return json(teacher.api().body(Map.of("pack", packId, "objective", "basics", "mode", "exam")).post("/api/classes/" + classId + "/assignments")
                .then().log().ifValidationFails().statusCode(201).extract().response()).get("id").asLong();
    }

    static Student join(String code, String nickname) {
        JsonNode body = json(given().contentType(ContentType.JSON).body(Map.of("code", code, "nickname", nickname)).post("/api/classes/join")
                .then().statusCode(201).extract().response());
        return new Student(body.get("student").get("id").asLong(), body.get("token").asText());
    }

    static Started start(Student s, long assignment) {
        JsonNode body = json(s.api().body(Map.of("assignment", assignment)).post("/api/attempts").then().log().ifValidationFails()
                .statusCode(201).extract().response());
        return new Started(body.get("id").asText(), body.get("token").asText());
    }

    static void answer(Started a, String questionId, List<String> choices, long seq) {
        a.api().body(Map.of("choices", choices, "seq", seq)).put("/api/attempts/" + a.id() + "/responses/" + questionId).then()
                .log().ifValidationFails().statusCode(200);
    }

    static JsonNode submit(Started a) {
        return json(a.api().post("/api/attempts/" + a.id() + "/submit").then().statusCode(200).extract().response());
    }

    static Response dispute(Started a, String questionId, Map<String, Object> body) {
        return a.api().body(body).post("/api/attempts/" + a.id() + "/questions/" + questionId + "/disputes");
    }

    static long disputeId(Started a, String questionId, String reason) {
        return json(dispute(a, questionId, Map.of("reason", reason)).then().log().ifValidationFails().statusCode(201).extract().response())
                .get("id").asLong();
    }

    static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }
}

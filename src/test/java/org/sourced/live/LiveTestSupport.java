package org.sourced.live;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/** Story-like steps for the live tests: a teacher by Basic auth, players by the token from join, events read off the stream. */
final class LiveTestSupport {

    static final String PASSWORD = "correct horse battery";
    static final String PACK = "csto-armenia";
    static final ObjectMapper JSON = new ObjectMapper();

    private LiveTestSupport() {
    }

    record Teacher(long id, String email) {
        RequestSpecification api() {
            return given().auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON);
        }
    }

    record Player(long id, String token) {
        RequestSpecification api() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    record Session(long id, String pin) {
    }

    static Teacher teacher(AccountService accounts) {
        String email = "live-" + UUID.randomUUID() + "@example.org";
        Account a = accounts.create(email, "Host " + email.substring(5, 13), PASSWORD, Role.TEACHER);
        return new Teacher(a.id, email);
    }

    static Session start(Teacher t, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(Map.of("pack", PACK));
        body.putAll(settings);
        JsonNode j = json(t.api().body(body).post("/api/live").then().log().ifValidationFails().statusCode(201).extract().response());
        return new Session(j.get("id").asLong(), j.get("pin").asText());
    }

    static Player join(Session s, String nickname) {
        JsonNode j = json(given().contentType(ContentType.JSON).body(Map.of("pin", s.pin(), "nickname", nickname)).post("/api/live/join")
                .then().log().ifValidationFails().statusCode(201).extract().response());
        return new Player(j.get("player").asLong(), j.get("token").asText());
    }

    static JsonNode step(Teacher t, Session s, String step) {
        return json(t.api().post("/api/live/" + s.id() + "/" + step).then().log().ifValidationFails().statusCode(200).extract().response());
    }

    static Response answer(Player p, Session s, int n, List<String> choices) {
        return p.api().body(Map.of("choices", choices)).put("/api/live/" + s.id() + "/answers/" + n);
    }

    static JsonNode me(Player p, Session s) {
        return json(p.api().get("/api/live/" + s.id() + "/me").then().log().ifValidationFails().statusCode(200).extract().response());
    }

    static JsonNode json(Response r) {
        try {
            return JSON.readTree(r.asString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    record Sse(String name, JsonNode data) {
    }

    /** Opens the event stream with these credentials and reads events until {@code count} have come (or 5 s pass). */
    static List<Sse> events(URL base, long sessionId, String authorization, int count) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/live/" + sessionId + "/events"))
                .header("Authorization", authorization).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            r.body().close();
            throw new AssertionError("events: " + r.statusCode());
        }
        List<Sse> out = new ArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                String name = null;
                for (String line; out.size() < count && (line = in.readLine()) != null; ) {
                    if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:") && name != null) {
                        out.add(new Sse(name, JSON.readTree(line.substring(5).strip())));
                        name = null;
                    }
                }
            } catch (Exception e) {
                // the stream was closed under us: what was read is the answer
            }
        });
        try {
            reading.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // fewer events than asked for: the test's assertions say what was missing
        } finally {
            r.body().close();
        }
        return out;
    }

    static String bearer(Player p) {
        return "Bearer " + p.token();
    }

    static String basic(Teacher t) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((t.email() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}

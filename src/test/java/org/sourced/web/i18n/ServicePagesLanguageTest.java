package org.sourced.web.i18n;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.LoginThrottle;
import org.sourced.accounts.Role;
import org.sourced.classes.JoinCodeGuard;

/**
 * What services say on pages speaks the reader's language: the import and export page and an import's result,
 * the admin's backup page, and the errors of services (a wrong join code, an archived class, a stale quiz answer,
 * an import refused). The JSON API answers the same cases in English, word for word, whatever the request's
 * language: scripts match on it.
 */
@QuarkusTest
class ServicePagesLanguageTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String GIFT = """
            ::q1:: Which city is the capital of Armenia? {=Yerevan ~Gyumri}

            ::q2:: Match them. {=a -> b =c -> d =e -> f}
            """;

    @Inject
    AccountService accounts;
    @Inject
    JoinCodeGuard joinCodes;

    private String email;

    @BeforeEach
    void cleanJoinCodeCount() throws ReflectiveOperationException {
        // wrong codes are counted per address; this test's few must not meet other tests' count
        Field f = JoinCodeGuard.class.getDeclaredField("wrongCodes");
        f.setAccessible(true);
        f.set(ClientProxy.unwrap(joinCodes), new LoginThrottle(Clock.systemUTC()));
        email = "svc-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void englishPagesKeepTheirWords() {
        Session teacher = signIn(Role.TEACHER);
        assertThat(teacher.get("/teach/import", null)).contains("Bring questions in from an LMS", "Export a published pack");
        assertThat(teacher.get("/join/NOPE-NOPE-NOPE", null, 404)).contains("No class has the join code &#39;NOPE-NOPE-NOPE&#39;.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void importPagesAreTranslated(String lang) throws IOException {
        Session teacher = signIn(Role.TEACHER);
        String form = teacher.get("/teach/import", lang);
        assertThat(form).contains("<html lang=\"" + lang + "\">", xfer(lang, "importIntro"), xfer(lang, "exportHeading"),
                        xfer(lang, "importPackHint"), xfer(lang, "colDownload"))
                .doesNotContain("Bring questions in from an LMS", "Export a published pack", "Pack id (optional)", "At most ");

        // an import with problems: the page's words translated, the importer's report on the file as it is
        String id = "svc-" + lang + "-" + UUID.randomUUID().toString().substring(0, 8);
        String imported = teacher.upload(lang, "gift", id, "quiz.gift", GIFT.getBytes(StandardCharsets.UTF_8), 200);
        assertThat(imported).contains(xfer(lang, "importedLines"), xfer(lang, "importedOpen"), xfer(lang, "importedFix"))
                .doesNotContain("Line numbers are lines of the file", "What was skipped", "Open the draft", "Import another file")
                .contains("question q1 has no evidence");

        // nothing imported: the reason in the reader's language, above the table of problems
        String empty = teacher.upload(lang, "gift", "", "empty.gift", new byte[0], 422);
        assertThat(empty).contains(xfer(lang, "errFileEmpty"), xfer(lang, "importFailedHeading"))
                .doesNotContain("The file is empty: nothing was imported.", "Why nothing was imported");
        String noFile = teacher.upload(lang, "nope", "Not An Id", null, null, 422);
        assertThat(noFile).contains(xfer(lang, "errChooseFile"))
                .doesNotContain("Choose a file to import.", "Unknown format", "A pack id holds only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void theBackupPageIsTranslated(String lang) throws IOException {
        Session admin = signIn(Role.ADMIN);
        String english = admin.get("/admin/backup", null);
        // the suite runs on an in-memory H2 and again on PostgreSQL (.ci/run): neither has a file to download,
        // and the page says why in words that depend on the database
        boolean postgres = english.contains("pg_dump");
        assertThat(english).contains("Backup", "not the embedded H2 file");
        String page = admin.get("/admin/backup", lang);
        assertThat(page).contains(xfer(lang, "backupTitle"), xfer(lang, postgres ? "backupPostgres" : "backupOther"),
                        xfer(lang, "backupGuide"))
                .doesNotContain("not the embedded H2 file", "<h1>Backup</h1>", "own tools");
        String refused = admin.post("/admin/backup", lang, Map.of(), 409);
        if (postgres) {
            assertThat(refused).contains(xfer(lang, "errBackupNotH2")).doesNotContain("The download here is for the embedded H2 database");
        } else {
            assertThat(refused).contains(xfer(lang, "errBackupInMemory")).doesNotContain("which is gone when it stops");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void aWrongJoinCodeIsA404InTheReadersLanguageAndEnglishInTheApi(String lang) throws IOException {
        String code = "ZZZZ-" + lang.toUpperCase() + "ZZ-ZZZZ";
        String page = new Session().get("/join/" + code, lang, 404);
        assertThat(page).contains(msg(lang, "errorNotFound"), html(cls(lang, "errWrongCode").replace("{code}", code)))
                .doesNotContain("No class has the join code", "Check it with your teacher");

        String message = given().header("Accept-Language", lang).contentType(ContentType.JSON)
                .body(Map.of("code", code, "nickname", "Ani")).post("/api/classes/join")
                .then().statusCode(404).extract().jsonPath().getString("message");
        assertThat(message).isEqualTo("No class has the join code '" + code + "'. Check it with your teacher: codes can be changed.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void anArchivedClassIsA410WithATranslatedTitleAndEnglishInTheApi(String lang) throws IOException {
        Session teacher = signIn(Role.TEACHER);
        RequestSpecification api = given().auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON);
        String name = "Archived " + lang;
        Response created = api.body(Map.of("name", name, "nicknameOnly", true)).post("/api/classes");
        assertThat(created.statusCode()).isEqualTo(201);
        long classId = created.jsonPath().getLong("id");
        String code = created.jsonPath().getString("code");
        teacher.post("/classes/" + classId + "/archive", null, Map.of(), 303);

        String page = new Session().get("/join/" + code, lang, 410);
        assertThat(page).contains(cls(lang, "errArchivedTitle"), html(cls(lang, "errArchivedJoin").replace("{name}", name)))
                .doesNotContain("Class archived", "it takes no new students");

        String message = given().header("Accept-Language", lang).contentType(ContentType.JSON)
                .body(Map.of("code", code, "nickname", "Ani")).post("/api/classes/join")
                .then().statusCode(410).extract().jsonPath().getString("message");
        assertThat(message).isEqualTo("The class '" + name + "' is archived: it takes no new students.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void aStaleQuizAnswerIsA409InTheReadersLanguage(String lang) throws IOException {
        Session student = new Session();
        String packPage = student.get("/packs/csto-armenia", lang);
        Response start = student.form(lang).formParam("csrf-token", field(packPage)).formParam("pack", "csto-armenia")
                .formParam("mode", "exam").formParam("length", "2").post("/attempts");
        assertThat(start.statusCode()).as(start.asString()).isEqualTo(303);
        String question = start.getHeader("Location");
        String q1 = student.get(question, lang);
        String seq = first(q1, "name=\"seq\" value=\"(\\d+)\"");

        Map<String, Object> fields = new java.util.LinkedHashMap<>(answer(q1, false));
        fields.putAll(Map.of("csrf-token", field(q1), "seq", seq, "action", "next"));
        student.post(question, lang, fields, 303);
        // the same page posted again with another answer: refused, and the page says why
        Map<String, Object> other = new java.util.LinkedHashMap<>(answer(q1, true));
        other.putAll(Map.of("csrf-token", field(q1), "seq", seq, "action", "next"));
        String stale = student.post(question, lang, other, 409);
        String expected = msg(lang, "errStaleSeq").replace("{posted}", seq).replace("{accepted}", seq);
        assertThat(stale).contains(html(expected)).doesNotContain("This answer came from an older page");
    }

    @Test
    void aStaleAnswerInTheApiStaysEnglish() {
        Response started = given().header("Accept-Language", "hy").contentType(ContentType.JSON)
                .body(Map.of("pack", "csto-armenia", "mode", "exam")).post("/api/attempts");
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
        String id = started.jsonPath().getString("id");
        String token = started.jsonPath().getString("token");
        String questionId = started.jsonPath().getString("questions[0].id");
        List<String> items = started.jsonPath().getList("questions[0].choices.id", String.class);
        // an ordering question takes every item; any other, one choice
        List<String> choice = "ordering".equals(started.jsonPath().getString("questions[0].type")) ? items : items.subList(0, 1);
        String path = "/api/attempts/" + id + "/responses/" + questionId;
        given().header("Accept-Language", "ru").header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("choices", choice, "seq", 5)).put(path).then().statusCode(200);
        String message = given().header("Accept-Language", "ru").header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("choices", choice, "seq", 4)).put(path)
                .then().statusCode(409).extract().jsonPath().getString("message");
        assertThat(message).isEqualTo("This answer came from an older page (sequence 4, but 5 was already accepted), so it was not stored. "
                + "The current state is shown.");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** A browser: its cookies (session, CSRF, an anonymous attempt's) kept between requests. */
    private static final class Session {
        final CookieFilter cookies = new CookieFilter();

        RequestSpecification request(String lang) {
            RequestSpecification r = given().filter(cookies).redirects().follow(false);
            return lang == null ? r : r.header("Accept-Language", lang);
        }

        RequestSpecification form(String lang) {
            return request(lang).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        }

        String get(String path, String lang) {
            return get(path, lang, 200);
        }

        String get(String path, String lang, int status) {
            Response r = request(lang).get(path);
            assertThat(r.statusCode()).as("GET %s: %s", path, r.asString()).isEqualTo(status);
            return r.asString();
        }

        String post(String path, String lang, Map<String, ?> fields, int status) {
            Map<String, Object> all = new java.util.LinkedHashMap<>(fields);
            all.putIfAbsent("csrf-token", csrf());
            Response r = form(lang).formParams(all).post(path);
            assertThat(r.statusCode()).as("POST %s: %s", path, r.asString()).isEqualTo(status);
            return r.asString();
        }

        String upload(String lang, String format, String pack, String fileName, byte[] file, int status) {
            RequestSpecification r = request(lang).multiPart("csrf-token", csrf()).multiPart("format", format).multiPart("pack", pack);
            if (file != null) {
                r = r.multiPart("file", fileName, file);
            }
            Response response = r.post("/teach/import");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
            return response.asString();
        }

        String csrf() {
            return field(get("/packs/csto-armenia", null));
        }
    }

    private Session signIn(Role role) {
        accounts.create(email, "Person " + email.substring(4, 12), PASSWORD, role);
        Session s = new Session();
        s.post("/login", null, Map.of("email", email, "password", PASSWORD), 303);
        return s;
    }

    /**
     * The form fields that answer the question on this page: its first choice, or its items in the order shown;
     * {@code other}: its second choice, or its items in reverse.
     */
    private static Map<String, Object> answer(String page, boolean other) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        Matcher choice = Pattern.compile("name=\"choice\" value=\"([^\"]+)\"").matcher(page);
        if (choice.find() && (!other || choice.find())) {
            fields.put("choice", choice.group(1));
            return fields;
        }
        Matcher rank = Pattern.compile("name=\"rank-([^\"]+)\"").matcher(page);
        List<String> items = new ArrayList<>();
        while (rank.find()) {
            items.add(rank.group(1));
        }
        assertThat(items).as("a question with choices or items").isNotEmpty();
        for (int i = 0; i < items.size(); i++) {
            fields.put("rank-" + items.get(i), String.valueOf(other ? items.size() - i : i + 1));
        }
        return fields;
    }

    private static String xfer(String lang, String key) throws IOException {
        return html(MessagesTranslationTest.load("xfer", lang).getProperty(key).replaceAll("\\{[^}]*}.*", ""));
    }

    private static String msg(String lang, String key) throws IOException {
        return MessagesTranslationTest.load("msg", lang).getProperty(key);
    }

    private static String cls(String lang, String key) throws IOException {
        return MessagesTranslationTest.load("cls", lang).getProperty(key);
    }

    /** A translation as the page prints it (escaped as Qute escapes). */
    private static String html(String text) {
        assertThat(text).isNotBlank();
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String field(String page) {
        return first(page, "name=\"csrf-token\" value=\"([^\"]+)\"");
    }

    private static String first(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}

package org.sourced.packs.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.accounts.SessionCookie;
import org.sourced.accounts.Sessions;

/** The import page and the browser's export links: roles, CSRF, what the page shows, the same bytes as the API. */
@QuarkusTest
class TransferPagesTest {

    static final String CSRF = "csrf-token";
    static final Pattern CSRF_FIELD = Pattern.compile("<input type=\"hidden\" name=\"" + CSRF + "\" value=\"([^\"]+)\">");
    static final String GIFT = """
            ::q1:: Which city is the capital of Armenia? {=Yerevan ~Gyumri}

            ::q2:: Match them. {=a -> b =c -> d =e -> f}
            """;

    @Inject
    AccountService accounts;
    @Inject
    Sessions sessions;

    People.Person teacher;
    String session;

    @BeforeEach
    void setUp() {
        teacher = People.create(accounts, Role.TEACHER, "Page Teacher");
        session = sessions.open(teacher.account());
    }

    /** A signed-in browser's CSRF pair: the cookie and the form field of the import page. */
    record Csrf(String cookie, String field) {
    }

    static Csrf csrf(String session) {
        return csrf(session, "/teach/import");
    }

    /** From any page a signed-in viewer sees: the layout's sign-out form carries the token too. */
    static Csrf csrf(String session, String path) {
        Response page = given().cookie(SessionCookie.NAME, session).get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = CSRF_FIELD.matcher(page.asString());
        assertThat(m.find()).as("a csrf field").isTrue();
        return new Csrf(page.cookie(CSRF), m.group(1));
    }

    static Response postImport(String session, boolean withCsrf, String format, String pack, String fileName, byte[] file) {
        RequestSpecification request = given().cookie(SessionCookie.NAME, session).redirects().follow(false);
        if (withCsrf) {
            Csrf pair = csrf(session);
            request = request.cookie(CSRF, pair.cookie()).multiPart(CSRF, pair.field());
        }
        return request.multiPart("format", format).multiPart("pack", pack).multiPart("language", "")
                .multiPart("file", fileName, file, "application/octet-stream").post("/teach/import");
    }

    @Test
    void anonymousIsSentToSignIn() {
        Response form = given().redirects().follow(false).get("/teach/import");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.header("Location")).contains("/login?next=%2Fteach%2Fimport");
        Response export = given().redirects().follow(false).get("/teach/packs/csto-armenia/export?format=gift");
        assertThat(export.statusCode()).isEqualTo(302);
        assertThat(export.header("Location")).contains("/login?next=");
        Stored.Counts before = Stored.counts();
        Response post = given().redirects().follow(false).multiPart("format", "gift")
                .multiPart("file", "q.gift", GIFT.getBytes(StandardCharsets.UTF_8)).post("/teach/import");
        assertThat(post.statusCode()).isIn(302, 400);
        assertThat(Stored.counts()).isEqualTo(before);
    }

    @Test
    void aStudentMayNotImportOrExport() {
        People.Person student = People.create(accounts, Role.STUDENT, "Page Student");
        String studentSession = sessions.open(student.account());
        assertThat(given().cookie(SessionCookie.NAME, studentSession).get("/teach/import").statusCode()).isEqualTo(403);
        assertThat(given().cookie(SessionCookie.NAME, studentSession).get("/teach/packs/csto-armenia/export?format=zip")
                .statusCode()).isEqualTo(403);

        Csrf pair = csrf(studentSession, "/");
        Stored.Counts before = Stored.counts();
        Response post = given().cookie(SessionCookie.NAME, studentSession).cookie(CSRF, pair.cookie()).multiPart(CSRF, pair.field())
                .multiPart("format", "gift").multiPart("pack", People.uniqueId("student-page"))
                .multiPart("file", "q.gift", GIFT.getBytes(StandardCharsets.UTF_8)).post("/teach/import");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(Stored.counts()).isEqualTo(before);
    }

    @Test
    void theFormOffersEveryFormatAndExportLinks() {
        String html = given().cookie(SessionCookie.NAME, session).get("/teach/import").asString();
        assertThat(html).contains("enctype=\"multipart/form-data\"", "<option value=\"zip\"", "<option value=\"gift\"",
                "<option value=\"aiken\"", "<option value=\"moodle-xml\"", "<option value=\"qti\"", "type=\"file\"",
                "href=\"/teach/packs/csto-armenia/export?format=moodle-xml\"");
        // the CSRF field comes before the file, so the filter finds it without reading the file first
        assertThat(html.indexOf("name=\"" + CSRF + "\"")).isLessThan(html.indexOf("type=\"file\""));
    }

    @Test
    void anImportShowsWhatItMadeWithLinesAndALinkToTheDraft() {
        String id = People.uniqueId("page");
        Response r = postImport(session, true, "gift", id, "quiz.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        String html = r.asString();
        assertThat(html).contains("href=\"/teach/packs/" + id + "\"", "1 question",
                "question q1 has no evidence: it stays flagged until a source, locator and note are added");
        assertThat(html).containsPattern("<td>3</td><td>[^<]*matching");
        assertThat(Stored.draft(id)).isPresent();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        Stored.Counts before = Stored.counts();
        Response r = postImport(session, false, "gift", People.uniqueId("forged"), "quiz.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Stored.counts()).isEqualTo(before);
    }

    @Test
    void aHostileFileIsRefusedOnThePageAndStoresNothing() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<quiz>&x;</quiz>\n";
        Stored.Counts before = Stored.counts();
        Response r = postImport(session, true, "moodle-xml", "", "quiz.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.asString()).contains("XML documents with a DOCTYPE are refused", "Why nothing was imported");
        assertThat(Stored.counts()).isEqualTo(before);
    }

    @Test
    void aFormWithoutAFileOrWithABadIdSaysWhichField() {
        Response r = postImport(session, true, "gift", "Bad Id", "", new byte[0]);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.asString()).contains("Choose a file to import.", "A pack id holds only");
    }

    @Test
    void anotherTeachersPackIdIsRefused() {
        String id = People.uniqueId("taken");
        assertThat(postImport(session, true, "gift", id, "q.gift", GIFT.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        People.Person other = People.create(accounts, Role.TEACHER, "Other Page Teacher");
        String otherSession = sessions.open(other.account());
        Stored.Counts before = Stored.counts();
        Response r = postImport(otherSession, true, "gift", id, "q.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.asString()).contains("belongs to someone else");
        assertThat(Stored.counts()).isEqualTo(before);
        assertThat(given().cookie(SessionCookie.NAME, otherSession).get("/teach/packs/" + id + "/export?format=zip&draft=true")
                .statusCode()).isEqualTo(403);
        assertThat(given().cookie(SessionCookie.NAME, session).get("/teach/packs/" + id + "/export?format=zip&draft=true")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theExportLinkGivesTheSameBytesAsTheApi() {
        for (String format : new String[] {"zip", "gift", "aiken", "moodle-xml", "qti"}) {
            Response page = given().cookie(SessionCookie.NAME, session).get("/teach/packs/csto-armenia/export?format=" + format);
            assertThat(page.statusCode()).as(format).isEqualTo(200);
            assertThat(page.header("Content-Disposition")).startsWith("attachment; filename=\"csto-armenia-v");
            byte[] api = teacher.api().queryParam("format", format).get("/api/packs/csto-armenia/export").asByteArray();
            assertThat(page.asByteArray()).as(format).isEqualTo(api);
        }
    }
}

package org.sourced.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The admin's backup download, and a restore of it: the zip holds the H2 file, and a database opened
 * from that file has the answer stored before the backup. On PostgreSQL the route refuses with a 409
 * that names pg_dump.
 */
@QuarkusTest
@TestProfile(FileDatabaseProfile.class)
class BackupTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void anonymousVisitorsCannotDownload() {
        int page = given().redirects().follow(false).get("/admin/backup").statusCode();
        assertThat(page).isIn(302, 303, 401, 403);
        int post = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("x", "1")
                .post("/admin/backup").statusCode();
        assertThat(post).isIn(302, 303, 400, 401, 403);
    }

    @Test
    void theDownloadIsAConsistentCopyThatRestores() throws Exception {
        // an attempt with one stored answer
        Response started = given().contentType(ContentType.JSON)
                .body(Map.of("pack", "csto-armenia", "length", 3, "mode", "exam")).post("/api/attempts");
        assertThat(started.statusCode()).isEqualTo(201);
        String attempt = started.path("id");
        String token = started.path("token");
        String question = started.path("questions[0].id");
        String choice = started.path("questions[0].choices[0].id");
        List<String> answer = "ordering".equals(started.path("questions[0].type"))
                ? started.path("questions[0].choices.id") : List.of(choice);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(Map.of("choices", answer, "seq", 1)).put("/api/attempts/" + attempt + "/responses/" + question)
                .then().statusCode(200);

        Map<String, String> cookies = signIn();
        String page = given().cookies(cookies).get("/admin/backup").then().statusCode(200).extract().asString();

        if (!FileDatabaseProfile.onH2()) {
            assertThat(page).contains("pg_dump");
            Response refused = given().cookies(cookies)
                    .contentType(ContentType.URLENC).formParam("csrf-token", csrf(page)).post("/admin/backup");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.asString()).contains("pg_dump");
            return;
        }

        // without the form's CSRF token the post is refused
        int forged = given().cookies(cookies).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf-token", "forged").post("/admin/backup").statusCode();
        assertThat(forged).isEqualTo(400);

        Response download = given().cookies(cookies).contentType(ContentType.URLENC).formParam("csrf-token", csrf(page))
                .post("/admin/backup");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/zip");
        assertThat(download.header("Content-Disposition")).matches("attachment; filename=\"sourced-backup-\\d{8}-\\d{6}\\.zip\"");
        byte[] zip = download.asByteArray();

        // the temporary file is gone from the data dir
        try (Stream<Path> files = Files.list(FileDatabaseProfile.DATA_DIR)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("backup-"));
        }

        // restore: unzip into a new directory and open it as the app would
        Path restored = Files.createTempDirectory(Path.of("target"), "restored-");
        List<String> entries = unzip(zip, restored);
        assertThat(entries).containsExactly(DatabaseBackup.ENTRY);
        String url = "jdbc:h2:file:" + restored.toAbsolutePath().resolve("sourced") + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sourced", "sourced");
             PreparedStatement q = c.prepareStatement(
                     "select r.answer from response r join attempt a on a.id = r.attempt_id where a.public_id = ? and r.question_id = ?")) {
            q.setString(1, attempt);
            q.setString(2, question);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNotBlank().contains(answer.get(0));
                assertThat(rs.next()).isFalse();
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select count(*) from \"flyway_schema_history\" where \"success\"")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThan(0);
            }
        }
    }

    /** The first admin, made on the one-time setup page (this profile starts on an empty database). */
    private static Map<String, String> signIn() {
        Response form = given().get("/setup");
        assertThat(form.statusCode()).as("the setup page of an empty database").isEqualTo(200);
        String csrfCookie = form.cookie("csrf-token");
        Response setup = given().redirects().follow(false).cookie("csrf-token", csrfCookie).contentType(ContentType.URLENC)
                .formParam("csrf-token", csrf(form.asString())).formParam("name", "Backup admin")
                .formParam("email", "backup-admin@example.org").formParam("password", "backup-admin-pass").post("/setup");
        assertThat(setup.statusCode()).isEqualTo(303);
        return Map.of("csrf-token", csrfCookie, "sourced_session", setup.cookie("sourced_session"));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a csrf-token field").isTrue();
        return m.group(1);
    }

    private static List<String> unzip(byte[] zip, Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target.startsWith(dir)).isTrue();
                Files.copy(in, target);
                names.add(e.getName());
            }
        }
        return names;
    }
}

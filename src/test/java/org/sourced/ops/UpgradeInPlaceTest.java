package org.sourced.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.sourced.accounts.Tokens;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.Question;

/**
 * Issue 12 item 3, upgrades in place: a data dir written by the previous release (the first wave's schema, V4,
 * before the live and dispute tables; a submitted attempt and one in progress in it) is migrated by the new
 * version's Flyway at start, and every answer is still there: the old result page shows its score,
 * and the attempt in progress takes its next answer and is submitted.
 */
@QuarkusTest
@TestProfile(UpgradeInPlaceTest.PreviousRelease.class)
@DisabledIfEnvironmentVariable(named = "SOURCED_DB_KIND", matches = "postgresql", disabledReason = "an H2 data dir is what a bundle upgrades")
class UpgradeInPlaceTest {

    static final String PREVIOUS_SCHEMA = "4";
    static final String TOKEN = "upgrade-token-0123456789abcdef";

    public static class PreviousRelease implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PreviousDataDir.class));
        }
    }

    /** Writes the previous release's data dir before the app starts, and points the app at it. */
    public static class PreviousDataDir implements QuarkusTestResourceLifecycleManager {
        static Path dir;
        static String url;
        static Question first;
        static Question second;

        @Override
        public Map<String, String> start() {
            try {
                dir = Files.createTempDirectory("sourced-upgrade");
                url = "jdbc:h2:file:" + dir.resolve("sourced").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
                Flyway.configure().dataSource(url, "sourced", "sourced")
                        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                        .target(PREVIOUS_SCHEMA).load().migrate();
                PackContent pack = shippedPack();
                first = pack.questions().get(0);
                second = pack.questions().get(1);
                try (Connection c = DriverManager.getConnection(url, "sourced", "sourced")) {
                    writePreviousRelease(c, pack);
                }
                // the test profile cleans its database at start; an upgrade must find the old one as it was
                return Map.of("quarkus.datasource.jdbc.url", url, "%test.quarkus.datasource.jdbc.url", url,
                        "quarkus.flyway.clean-at-start", "false", "%test.quarkus.flyway.clean-at-start", "false");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
        }

        static PackContent shippedPack() throws IOException {
            Path root = Path.of("content/packs/csto-armenia");
            Map<String, String> files = new LinkedHashMap<>();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
                }
            }
            return PackReader.read(files, "csto-armenia/").pack().orElseThrow();
        }

        /** What the previous release stored: the pack, a submitted attempt with its result, one in progress. */
        static void writePreviousRelease(Connection c, PackContent pack) throws SQLException {
            Timestamp then = Timestamp.from(Instant.parse("2026-11-20T09:00:00Z"));
            exec(c, "insert into pack_version (id, pack_id, version_no, content_hash, title, summary, language, label, origin, status,"
                    + " lesson_count, question_count, owner_id, created_at) values (1, ?, 1, ?, ?, ?, ?, ?, 'content', 'published', ?, ?, null, ?)",
                    pack.manifest().id(), pack.contentHash(), pack.manifest().title(), pack.manifest().summary(), pack.manifest().language(),
                    pack.manifest().version(), pack.lessons().size(), pack.questions().size(), then);
            long fileId = 1;
            for (Map.Entry<String, String> f : pack.files().entrySet()) {
                exec(c, "insert into pack_file (id, pack_version_id, path, content) values (?, 1, ?, ?)", fileId++, f.getKey(), f.getValue());
            }
            String key = first.choices().stream().filter(ch -> ch.correct()).findFirst().orElseThrow().id();
            attempt(c, 1, "old-submitted-0000000001", "submitted", "old-result-000000000001", 1.0, then);
            response(c, 1, 1, 1, first.id(), key, 1.0, true, then);
            response(c, 2, 1, 2, second.id(), null, null, null, null);
            attempt(c, 2, "old-inprogress-00000000002", "in_progress", null, null, then);
            response(c, 3, 2, 1, first.id(), key, 1.0, true, then);
            response(c, 4, 2, 2, second.id(), null, null, null, null);
        }

        static void attempt(Connection c, long id, String publicId, String status, String resultId, Double score, Timestamp at) throws SQLException {
            exec(c, "insert into attempt (id, public_id, token_hash, result_id, pack_version_id, owner_key, account_id, nickname, mode, status,"
                    + " selection, seed, partial_credit, negative_marking, certainty, question_count, last_seq, started_at, deadline,"
                    + " submitted_at, score, max_score, assignment_id) values (?, ?, ?, ?, 1, 'anon:upgradeupgradeupgrade1', null, null,"
                    + " 'exam', ?, 'all', 42, false, false, false, 2, 1, ?, null, ?, ?, ?, null)",
                    id, publicId, Tokens.hash(TOKEN + id), resultId, status, at, resultId == null ? null : at, score, score == null ? null : 2.0);
        }

        static void response(Connection c, long id, long attempt, int position, String questionId, String answer, Double points,
                             Boolean correct, Timestamp at) throws SQLException {
            exec(c, "insert into response (id, attempt_id, position, question_id, answer, certainty, flagged, answered_at, seq, points,"
                    + " max_points, fraction, correct) values (?, ?, ?, ?, ?, null, false, ?, ?, ?, ?, ?, ?)",
                    id, attempt, position, questionId, answer, at, answer == null ? null : 1L, points, points == null ? null : 1.0,
                    points, correct);
        }

        static void exec(Connection c, String sql, Object... args) throws SQLException {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    st.setObject(i + 1, args[i]);
                }
                st.executeUpdate();
            }
        }
    }

    @Test
    void aPreviousReleasesDataDirIsMigratedAndKeepsEveryAnswer() throws Exception {
        try (Connection c = DriverManager.getConnection(PreviousDataDir.url, "sourced", "sourced")) {
            assertThat(single(c, "select max(cast(\"version\" as int)) from \"flyway_schema_history\" where \"success\""))
                    .as("migrated past the previous release's schema").isGreaterThan(Long.parseLong(PREVIOUS_SCHEMA));
            assertThat(single(c, "select count(*) from response where attempt_id in (1, 2) and answer is not null")).isEqualTo(2);
        }
        String result = given().get("/results/old-result-000000000001").then().statusCode(200).extract().asString();
        assertThat(result).as("the old result page").contains(PreviousDataDir.first.stem().substring(0, 20));

        String id = "old-inprogress-00000000002";
        String second = PreviousDataDir.second.id();
        String choice = PreviousDataDir.second.choices().get(0).id();
        List<String> answer = PreviousDataDir.second.type().key().equals("ordering")
                ? PreviousDataDir.second.choices().stream().map(ch -> ch.id()).toList() : List.of(choice);
        given().auth().oauth2(TOKEN + 2).contentType(ContentType.JSON).body(Map.of("choices", answer, "seq", 2))
                .put("/api/attempts/" + id + "/responses/" + second).then().statusCode(200);
        double max = given().auth().oauth2(TOKEN + 2).contentType(ContentType.JSON).post("/api/attempts/" + id + "/submit").then().statusCode(200)
                .extract().jsonPath().getDouble("max");
        assertThat(max).isEqualTo(PreviousDataDir.first.points() + PreviousDataDir.second.points());
        try (Connection c = DriverManager.getConnection(PreviousDataDir.url, "sourced", "sourced")) {
            assertThat(single(c, "select count(*) from response where attempt_id = 2 and answer is not null")).as("both answers kept").isEqualTo(2);
            assertThat(single(c, "select count(*) from attempt where id = 1 and status = 'submitted' and score = 1.0")).isEqualTo(1);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

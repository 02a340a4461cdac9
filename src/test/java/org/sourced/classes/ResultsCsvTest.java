package org.sourced.classes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.classes.ClassTestSupport.answerAndSubmit;
import static org.sourced.classes.ClassTestSupport.assign;
import static org.sourced.classes.ClassTestSupport.createClass;
import static org.sourced.classes.ClassTestSupport.joinWithNickname;
import static org.sourced.classes.ClassTestSupport.json;
import static org.sourced.classes.ClassTestSupport.key;
import static org.sourced.classes.ClassTestSupport.oneKeyQuestions;
import static org.sourced.classes.ClassTestSupport.start;
import static org.sourced.classes.ClassTestSupport.wrong;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.classes.ClassTestSupport.Person;
import org.sourced.classes.ClassTestSupport.Student;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;

/**
 * Both CSVs on a small case, cell by cell: "@Ani" (nickname) answers q1 right, q2 wrong, q3 right;
 * Zoë Ünal (an account) makes two attempts: q1 right; then q1 and q2 right. Every other question of the
 * objective is left blank (0 points). Totals: Ani 2, Zoë 1 and 2.
 */
@QuarkusTest
class ResultsCsvTest {

    @Inject
    AccountService accounts;
    @Inject
    PackCatalog catalog;

    @Test
    void resultsAndStatisticsCsvCellByCell() throws IOException {
        PackContent pack = ClassTestSupport.pack(catalog);
        List<Question> objective = pack.questions().stream().filter(q -> q.objective().equals("timeline")).toList();
        int max = objective.size();
        List<Question> three = oneKeyQuestions(pack, "timeline", 3);
        Question q1 = three.get(0);
        Question q2 = three.get(1);
        Question q3 = three.get(2);

        Person teacher = ClassTestSupport.person(accounts, Role.TEACHER);
        ClassTestSupport.Created c = createClass(teacher, "CSV", true);
        long assignment = assign(teacher, c.id(), Map.of("pack", "csto-armenia", "objective", "timeline", "mode", "exam"));
        Student ani = joinWithNickname(c.code(), "@Ani");
        String zoeEmail = "zoe-" + java.util.UUID.randomUUID() + "@example.org";
        Account zoeAccount = accounts.create(zoeEmail, "Zoë Ünal", ClassTestSupport.PASSWORD, Role.STUDENT);
        String zoeToken = given().auth().preemptive().basic(zoeEmail, ClassTestSupport.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("code", c.code())).post("/api/classes/join").then().statusCode(201).extract().jsonPath().getString("token");
        Student zoe = new Student(zoeAccount.id, zoeToken);

        answerAndSubmit(start(ani, assignment), ordered(q1.id(), key(q1), q2.id(), wrong(q2, 0), q3.id(), key(q3)), Map.of());
        answerAndSubmit(start(zoe, assignment), ordered(q1.id(), key(q1)), Map.of());
        answerAndSubmit(start(zoe, assignment), ordered(q1.id(), key(q1), q2.id(), key(q2)), Map.of());

        // the attempt ids and start/submit times, to compare with
        JsonNode results = json(teacher.api().get("/api/assignments/" + assignment + "/results").then().statusCode(200).extract().response());
        JsonNode aniAttempt = results.get("students").get(0).get("attempts").get(0);
        JsonNode zoe1 = results.get("students").get(1).get("attempts").get(0);
        JsonNode zoe2 = results.get("students").get(1).get("attempts").get(1);

        byte[] raw = teacher.api().get("/api/assignments/" + assignment + "/results.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"assignment-" + assignment
                        + "-results.csv\"").extract().asByteArray();
        List<CSVRecord> rows = parse(raw);

        List<String> header = new ArrayList<>(List.of("name", "email or nickname", "attempt", "started (UTC)", "submitted (UTC)", "late",
                "score", "max", "percent"));
        objective.forEach(q -> header.add(q.id()));
        assertThat(rows.get(0).toList()).isEqualTo(header);
        assertThat(rows).hasSize(4);

        assertThat(rows.get(1).toList()).isEqualTo(row("'@Ani", "'@Ani", aniAttempt, "2", max, objective, Map.of(q1.id(), "1", q3.id(), "1")));
        assertThat(rows.get(2).toList()).isEqualTo(row("Zoë Ünal", zoeEmail, zoe1, "1", max, objective, Map.of(q1.id(), "1")));
        assertThat(rows.get(3).toList()).isEqualTo(row("Zoë Ünal", zoeEmail, zoe2, "2", max, objective, Map.of(q1.id(), "1", q2.id(), "1")));

        // statistics.csv: q1 F = 3/3 = 1, D undefined (everyone scored 1).
        // q2: x = 0 0 1, y = total − x = 2 1 1: Σx 1, Σx² 1, Σy 4, Σy² 6, Σxy 1; F = 1/3;
        //     D = (3·1 − 1·4) / √((3·1 − 1)(3·6 − 16)) = −1/2.
        // q3: x = 1 0 0, y = 1 1 2: the same sums, so F = 1/3 and D = −0.5.
        byte[] statsRaw = teacher.api().get("/api/assignments/" + assignment + "/statistics.csv").then().statusCode(200).extract().asByteArray();
        List<CSVRecord> stats = parse(statsRaw);
        int choices = objective.stream().mapToInt(q -> q.choices().size()).max().orElseThrow();
        List<String> statsHeader = new ArrayList<>(List.of("question", "stem", "objective", "facility", "discrimination", "n", "answered",
                "mean certainty", "key"));
        for (int i = 1; i <= choices; i++) {
            statsHeader.add("choice " + i);
            statsHeader.add("picked " + i);
        }
        assertThat(stats.get(0).toList()).isEqualTo(statsHeader);
        assertThat(stats).hasSize(1 + objective.size());
        Map<String, CSVRecord> byQuestion = new LinkedHashMap<>();
        stats.subList(1, stats.size()).forEach(r -> byQuestion.put(r.get(0), r));
        assertThat(byQuestion.keySet()).containsExactlyElementsOf(objective.stream().map(Question::id).toList());

        assertThat(byQuestion.get(q1.id()).toList()).isEqualTo(statsRow(q1, "1", "", "3", "3", Map.of(key(q1).get(0), 3L)));
        assertThat(byQuestion.get(q2.id()).toList()).isEqualTo(statsRow(q2, "0.3333", "-0.5", "3", "2",
                Map.of(key(q2).get(0), 1L, wrong(q2, 0).get(0), 1L)));
        assertThat(byQuestion.get(q3.id()).toList()).isEqualTo(statsRow(q3, "0.3333", "-0.5", "3", "1", Map.of(key(q3).get(0), 1L)));
        Question blank = objective.stream().filter(q -> !three.contains(q)).findFirst().orElseThrow();
        assertThat(byQuestion.get(blank.id()).toList()).isEqualTo(statsRow(blank, "0", "", "3", "0", Map.of()));
    }

    /** Checks the BOM and the CRLF line ends, then parses. */
    private static List<CSVRecord> parse(byte[] raw) throws IOException {
        assertThat(raw.length).isGreaterThan(3);
        assertThat(new byte[] {raw[0], raw[1], raw[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(raw, 3, raw.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }

    private static List<String> row(String name, String email, JsonNode attempt, String score, int max, List<Question> objective,
                                    Map<String, String> points) {
        List<String> cells = new ArrayList<>(List.of(name, email, attempt.get("id").asText(), time(attempt.get("started")),
                time(attempt.get("submitted")), "no", score, String.valueOf(max),
                ResultsCsv.number(100.0 * Double.parseDouble(score) / max, 1)));
        objective.forEach(q -> cells.add(points.getOrDefault(q.id(), "0")));
        return cells;
    }

    private static List<String> statsRow(Question q, String facility, String discrimination, String n, String answered, Map<String, Long> picks) {
        List<String> cells = new ArrayList<>(List.of(q.id(), q.stem(), "timeline", facility, discrimination, n, answered, "",
                String.join(" ", key(q))));
        q.choices().forEach(ch -> {
            cells.add(ch.id());
            cells.add(String.valueOf(picks.getOrDefault(ch.id(), 0L)));
        });
        return cells;
    }

    private static String time(JsonNode iso) {
        return ResultsCsv.TIME.format(Instant.parse(iso.asText()));
    }

    private static Map<String, List<String>> ordered(Object... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> answer = (List<String>) pairs[i + 1];
            m.put((String) pairs[i], answer);
        }
        return m;
    }
}

package org.sourced.classes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.jpa.HibernateHints;
import org.sourced.packs.format.Question;

/**
 * The two CSV exports, for spreadsheets: UTF-8 with a byte order mark (so Excel reads the accents),
 * CRLF line ends, a header row, dot decimals, UTC times as {@code yyyy-MM-dd HH:mm:ss}. Text that a
 * spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe. docs/classes.md
 * lists the columns. The results stream: attempts from a scrolled query, their points a chunk at a time,
 * each chunk written out before the next is read.
 */
@ApplicationScoped
public class ResultsCsv {

    static final char BOM = '\uFEFF';
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();
    private static final int FETCH = 500;
    /** Attempts whose points are read in one query. */
    static final int CHUNK = 500;

    @Inject
    ClassService classes;
    @Inject
    Results results;

    public static final List<String> RESULT_COLUMNS = List.of("name", "email or nickname", "attempt", "started (UTC)",
            "submitted (UTC)", "late", "score", "max", "percent");

    /**
     * One row per submitted attempt of a current student, one column per question of the assignment (its
     * points). The attempts stream in name order; their points are read {@value #CHUNK} attempts at a time
     * by attempt id, so neither the database nor this method ever sorts or holds the whole response table.
     */
    @Transactional
    public void writeResults(Assignment s, OutputStream out) throws IOException {
        List<String> questionIds = classes.questionsOf(s).stream().map(Question::id).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < questionIds.size(); i++) {
            column.put(questionIds.get(i), i);
        }
        Instant closes = s.lateAfter();
        try (CSVPrinter csv = printer(out);
             Stream<Object[]> attempts = Results.em().createQuery("select a.id, acc.displayName, acc.email, "
                             + "case when acc.passwordHash is null then true else false end, a.startedAt, a.submittedAt, a.late, a.score, "
                             + "a.maxScore from Attempt a, Account acc "
                             + "where acc.id = a.accountId and a.assignmentId = :s and a.status = 'submitted' "
                             + "and a.accountId in (select e.accountId from Enrollment e where e.classroomId = :c and e.removedAt is null) "
                             + "order by lower(acc.displayName), a.accountId, a.id", Object[].class)
                     .setParameter("s", s.id).setParameter("c", s.classroomId)
                     .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH).setHint(HibernateHints.HINT_READ_ONLY, true)
                     .getResultStream()) {
            List<String> header = new ArrayList<>(RESULT_COLUMNS);
            header.addAll(questionIds);
            csv.printRecord(header);
            Map<Long, String[]> chunk = new LinkedHashMap<>();
            for (Object[] r : (Iterable<Object[]>) attempts::iterator) {
                long attemptId = (Long) r[0];
                String[] record = new String[RESULT_COLUMNS.size() + questionIds.size()];
                Arrays.fill(record, "");
                boolean nickname = (Boolean) r[3];
                Instant submitted = (Instant) r[5];
                double score = (Double) r[7];
                double max = (Double) r[8];
                record[0] = text((String) r[1]);
                record[1] = text(nickname ? (String) r[1] : (String) r[2]);
                record[2] = Long.toString(attemptId);
                record[3] = TIME.format((Instant) r[4]);
                record[4] = TIME.format(submitted);
                record[5] = (Boolean) r[6] || submitted.isAfter(closes) ? "yes" : "no";
                record[6] = number(score, 4);
                record[7] = number(max, 4);
                record[8] = number(max > 0 ? 100.0 * score / max : 0.0, 1);
                chunk.put(attemptId, record);
                if (chunk.size() == CHUNK) {
                    writeChunk(csv, chunk, column);
                }
            }
            writeChunk(csv, chunk, column);
        }
    }

    /** Fills in the points of a chunk of attempts (one query by attempt id), prints them in order and empties the chunk. */
    private static void writeChunk(CSVPrinter csv, Map<Long, String[]> chunk, Map<String, Integer> column) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        Results.em().createQuery("select r.attemptId, r.questionId, r.points from QuestionResponse r where r.attemptId in :ids",
                        Object[].class)
                .setParameter("ids", List.copyOf(chunk.keySet())).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().forEach(r -> {
                    Integer at = column.get((String) r[1]);
                    if (at != null) {
                        Double points = (Double) r[2];
                        chunk.get((Long) r[0])[RESULT_COLUMNS.size() + at] = number(points == null ? 0.0 : points, 4); // unanswered: 0
                    }
                });
        for (String[] record : chunk.values()) {
            csv.printRecord((Object[]) record);
        }
        csv.flush();
        chunk.clear();
    }

    /** One row per question of the assignment: its statistics and how often each choice was picked. */
    @Transactional
    public void writeStatistics(Assignment s, OutputStream out) throws IOException {
        Results.Statistics stats = results.statistics(s);
        int choices = stats.questions().stream().mapToInt(q -> q.choices().size()).max().orElse(0);
        List<String> header = new ArrayList<>(List.of("question", "stem", "objective", "facility", "discrimination", "n", "answered",
                "mean certainty", "key"));
        for (int i = 1; i <= choices; i++) {
            header.add("choice " + i);
            header.add("picked " + i);
        }
        try (CSVPrinter csv = printer(out)) {
            csv.printRecord(header);
            for (Results.QuestionStats q : stats.questions()) {
                List<String> record = new ArrayList<>(List.of(text(q.id()), text(q.stem()), text(q.objective()),
                        q.facility() == null ? "" : number(q.facility(), 4), q.discrimination() == null ? "" : number(q.discrimination(), 4),
                        Long.toString(q.n()), Long.toString(q.answered()), q.meanCertainty() == null ? "" : number(q.meanCertainty(), 2),
                        text(String.join(" ", q.key()))));
                for (Results.ChoiceCount c : q.choices()) {
                    record.add(text(c.id()));
                    record.add(Long.toString(c.picked()));
                }
                csv.printRecord(record);
            }
        }
    }

    private static CSVPrinter printer(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        writer.write(BOM);
        return new CSVPrinter(writer, FORMAT);
    }

    /** A number with at most {@code decimals} places, no trailing zeros, dot decimal: 2, 0.5, -1, 66.7. */
    public static String number(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** Text a spreadsheet would take for a formula gets a leading apostrophe (OWASP's advice for CSV injection). */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}

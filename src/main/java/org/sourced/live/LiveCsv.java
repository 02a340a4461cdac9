package org.sourced.live;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sourced.classes.ResultsCsv;

/**
 * A live session's results as CSV, one row per player: rank, nickname, score, and for each question asked the
 * choices of the vote that counts and its points. The same format as an assignment's results (UTF-8 with a BOM for
 * spreadsheets, CRLF, formula-looking text defused: {@link ResultsCsv#text}).
 */
public final class LiveCsv {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();

    private LiveCsv() {
    }

    public static void write(LiveResults.ResultsJson results, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        List<String> header = new ArrayList<>(List.of("rank", "nickname", "score", "removed"));
        for (LiveResults.QuestionRow q : results.questions()) {
            header.add("q" + q.n() + " " + q.id() + " choices");
            header.add("q" + q.n() + " points");
        }
        csv.printRecord(header);
        for (LiveResults.PlayerRow p : results.players()) {
            List<String> row = new ArrayList<>(List.of(p.removed() ? "" : String.valueOf(p.rank()), ResultsCsv.text(p.nickname()),
                    ResultsCsv.number(p.score(), 2), p.removed() ? "yes" : ""));
            for (LiveResults.QuestionRow q : results.questions()) {
                LiveResults.AnswerRow counted = p.answers().stream().filter(a -> a.n() == q.n() && a.counts()).findFirst().orElse(null);
                row.add(counted == null ? "" : ResultsCsv.text(String.join(" ", counted.choices())));
                row.add(counted == null ? "0" : ResultsCsv.number(counted.points(), 2));
            }
            csv.printRecord(row);
        }
        csv.flush();
    }
}

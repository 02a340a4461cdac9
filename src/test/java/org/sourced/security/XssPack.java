package org.sourced.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionSet;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.ScoringPolicy;
import org.sourced.packs.format.Source;
import org.sourced.packs.format.SourceKind;
import org.sourced.packs.format.Verdict;

/**
 * Packs whose every authored text field carries XSS payloads, written with {@link PackWriter} and read back
 * with {@link PackReader} as any pack is. Payload {@code i} is the objective, source, set, lesson and question
 * {@code i} in every one of their fields. Pack-level fields (title, summary, language, version, licence,
 * authors) have column limits, so they are spread over small "title packs" of a few payloads each.
 */
final class XssPack {

    static final String MAIN = "xss-corpus";

    private XssPack() {
    }

    static List<String> payloads() {
        try (InputStream in = XssPack.class.getResourceAsStream("/security/xss-payloads.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isEmpty() && !l.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pack with every per-item field: payload i in objective, source, set, lesson and question i. */
    static PackContent main(List<String> p) {
        List<Objective> objectives = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<QuestionSet> sets = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            String x = p.get(i);
            objectives.add(new Objective("o-" + i, x));
            sources.add(new Source("s-" + i, SourceKind.values()[i % SourceKind.values().length], x, x, LocalDate.of(2024, 1, 1),
                    "https://example.org/source/" + i + "?q=%3Cscript%3E&amp=1"));
            sets.add(new QuestionSet("set-" + i, x, "t-" + i));
            lessons.add(new Lesson("l-" + i, x, "o-" + i, List.of("s-" + i), lessonBody(x, i), String.format("lessons/%02d-l%d.md", i + 1, i)));
            questions.add(question(i, x));
        }
        Manifest manifest = new Manifest(MAIN, "XSS corpus " + p.get(0), p.get(0), "en", "1", p.get(1), p, objectives, sources, sets,
                ScoringPolicy.DEFAULT);
        return read(PackWriter.write(manifest, lessons, questions, Map.of()));
    }

    /** Packs with one question each whose title, summary, language, version, licence and authors carry payloads. */
    static List<PackContent> titlePacks(List<String> p) {
        List<String> shortOnes = p.stream().filter(x -> x.length() <= 20).toList();
        List<PackContent> packs = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        for (int i = 0; i <= p.size(); i++) {
            boolean full = i == p.size() || String.join(" ", chunk).length() + 1 + p.get(i).length() > 300;
            if (full && !chunk.isEmpty()) {
                int n = packs.size();
                String all = String.join(" ", chunk);
                String version = chunk.stream().filter(x -> x.length() <= 50).findFirst().orElse("1");
                Manifest m = new Manifest(MAIN + "-titles-" + n, all, all, shortOnes.get(n % shortOnes.size()), version, all, chunk,
                        List.of(new Objective("o-0", chunk.get(0))),
                        List.of(new Source("s-0", SourceKind.REPORT, chunk.get(0), chunk.get(0), LocalDate.of(2024, 1, 1), null)),
                        List.of(), ScoringPolicy.DEFAULT);
                packs.add(read(PackWriter.write(m, List.of(), List.of(question(0, chunk.get(0))), Map.of())));
                chunk = new ArrayList<>();
            }
            if (i < p.size()) {
                chunk.add(p.get(i));
            }
        }
        return packs;
    }

    static String lessonBody(String x, int i) {
        return x + "\n\n*" + x + "*\n\n> " + x + "\n\n- " + x + "\n\n[[checkpoint: q-" + i + "]]\n\nAfter the checkpoint: " + x + "\n";
    }

    /** Question i: the type cycles through all of them, every text field is the payload. */
    static Question question(int i, String x) {
        QuestionType type = QuestionType.values()[i % QuestionType.values().length];
        String claim = null;
        Verdict verdict = null;
        List<Choice> choices = switch (type) {
            case SINGLE -> List.of(new Choice("a", x + " (a)", true, x), new Choice("b", x + " (b)", false, x));
            case MULTIPLE -> List.of(new Choice("a", x + " (a)", true, x), new Choice("b", x + " (b)", true, x),
                    new Choice("c", x + " (c)", false, x));
            case TRUE_FALSE -> List.of(new Choice("true", "True", true, x), new Choice("false", "False", false, x));
            case CLAIM_CHECK -> Arrays.stream(Verdict.values()).map(v -> new Choice(v.key(), v.label(), v == Verdict.SUPPORTED, x)).toList();
            case ORDERING -> List.of(new Choice("a", x + " 1", true, null), new Choice("b", x + " 2", true, null),
                    new Choice("c", x + " 3", true, null));
            case EVIDENCE_CHOICE -> List.of(new Choice("a", x + " (a)", true, x, new Evidence("s-" + i, x, x + " (a)")),
                    new Choice("b", x + " (b)", false, x, new Evidence("s-" + i, x, x + " (b)")), new Choice("c", x + " (c)", false, x));
        };
        if (type == QuestionType.CLAIM_CHECK || type == QuestionType.EVIDENCE_CHOICE) {
            claim = x;
            verdict = Verdict.SUPPORTED;
        }
        return new Question("q-" + i, type, x, claim, verdict, choices, x, List.of(new Evidence("s-" + i, x, x)), "o-" + i, 1, 1,
                List.of("t-" + i, x));
    }

    private static PackContent read(Map<String, String> files) {
        PackReader.Result result = PackReader.read(files, "xss/");
        if (!result.ok()) {
            throw new AssertionError("the XSS pack does not read back: " + result.problems());
        }
        return result.pack().orElseThrow();
    }
}

package org.sourced.packs.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Writes a pack's records as the on-disk files {@link PackReader} reads, so a pack made in the browser or
 * imported from an LMS becomes the same kind of thing as one written by hand. Reading what this writes
 * gives back equal records.
 */
public final class PackWriter {

    /**
     * Never anchors and aliases: records share objects (every question without evidence holds the same empty
     * list), which the dumper would otherwise write once as {@code &id001} and then as {@code *id001}.
     */
    private static final Dump DUMP = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
            .setDefaultScalarStyle(ScalarStyle.PLAIN).setWidth(110).setIndent(2).setIndicatorIndent(2)
            .setIndentWithIndicator(true).setDereferenceAliases(true).build());

    private PackWriter() {
    }

    /**
     * The files of a pack: pack.yaml, one file per lesson, and one question file per objective
     * ({@code questions/<objective>.yaml}) unless {@code questionFiles} says where a question lives.
     */
    public static Map<String, String> write(Manifest manifest, List<Lesson> lessons, List<Question> questions,
                                            Map<String, String> questionFiles) {
        Map<String, String> files = new TreeMap<>();
        files.put(PackReader.MANIFEST, manifest(manifest));
        for (Lesson lesson : lessons) {
            files.put(lesson.path(), lesson(lesson));
        }
        Map<String, List<Question>> byFile = new LinkedHashMap<>();
        for (Question q : questions) {
            String file = questionFiles.getOrDefault(q.id(), "questions/" + slug(q.objective()) + ".yaml");
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(q);
        }
        byFile.forEach((file, qs) -> files.put(file, questions(qs)));
        return files;
    }

    public static String manifest(Manifest m) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("id", m.id());
        y.put("title", m.title());
        y.put("summary", m.summary());
        y.put("language", m.language());
        y.put("version", m.version());
        y.put("licence", m.licence());
        y.put("authors", m.authors());
        y.put("objectives", m.objectives().stream().map(o -> ordered("id", o.id(), "title", o.title())).toList());
        List<Object> sources = new ArrayList<>();
        for (Source s : m.sources()) {
            Map<String, Object> src = ordered("id", s.id(), "kind", s.kind() == null ? null : s.kind().key(), "title", s.title(),
                    "publisher", s.publisher(), "published", s.published() == null ? null : s.published().toString());
            putIfPresent(src, "url", s.url());
            if (s.counting() != null) {
                src.put("counting", ordered("unit", s.counting().unit().key(), "count", s.counting().count(), "rule", s.counting().rule()));
            }
            sources.add(src);
        }
        y.put("sources", sources);
        if (!m.sets().isEmpty()) {
            y.put("sets", m.sets().stream().map(s -> ordered("id", s.id(), "title", s.title(), "tag", s.tag())).toList());
        }
        if (!m.scoring().equals(ScoringPolicy.DEFAULT)) {
            y.put("scoring", ordered("partialCredit", m.scoring().partialCredit(), "negativeMarking", m.scoring().negativeMarking(),
                    "certainty", m.scoring().certainty()));
        }
        return DUMP.dumpToString(y);
    }

    public static String lesson(Lesson lesson) {
        Map<String, Object> front = ordered("id", lesson.id(), "title", lesson.title(), "objective", lesson.objective());
        if (!lesson.sources().isEmpty()) {
            front.put("sources", lesson.sources());
        }
        String body = lesson.body().endsWith("\n") ? lesson.body() : lesson.body() + "\n";
        return "---\n" + DUMP.dumpToString(front) + "---\n" + body;
    }

    public static String questions(List<Question> questions) {
        return DUMP.dumpToString(questions.stream().map(PackWriter::question).toList());
    }

    static Map<String, Object> question(Question q) {
        Map<String, Object> y = ordered("id", q.id(), "type", q.type().key());
        if (q.type() != QuestionType.CLAIM_CHECK || !PackReader.DEFAULT_CLAIM_STEM.equals(q.stem())) {
            putIfPresent(y, "stem", q.stem());
        }
        y.put("objective", q.objective());
        y.put("difficulty", q.difficulty());
        if (q.points() != 1) {
            y.put("points", q.points());
        }
        if (!q.tags().isEmpty()) {
            y.put("tags", q.tags());
        }
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                List<Object> choices = new ArrayList<>();
                for (Choice c : q.choices()) {
                    Map<String, Object> choice = ordered("id", c.id(), "text", c.text(), "correct", c.correct());
                    putIfPresent(choice, "feedback", c.feedback());
                    choices.add(choice);
                }
                y.put("choices", choices);
            }
            case TRUE_FALSE -> {
                y.put("answer", q.choice("true").map(Choice::correct).orElse(false));
                putFeedback(y, q);
            }
            case CLAIM_CHECK -> {
                y.put("claim", q.claim());
                y.put("verdict", q.verdict() == null ? null : q.verdict().key());
                putFeedback(y, q);
            }
            case ORDERING -> y.put("items", q.choices().stream().map(c -> ordered("id", c.id(), "text", c.text())).toList());
            case EVIDENCE_CHOICE -> {
                putIfPresent(y, "claim", q.claim());
                List<Object> choices = new ArrayList<>();
                for (Choice c : q.choices()) {
                    Map<String, Object> choice = ordered("id", c.id());
                    if (c.evidence() != null) {
                        choice.put("evidence", evidence(c.evidence()));
                    } else {
                        choice.put("text", c.text());
                    }
                    choice.put("correct", c.correct());
                    putIfPresent(choice, "feedback", c.feedback());
                    choices.add(choice);
                }
                y.put("choices", choices);
            }
        }
        // written even when missing: an empty one reads back as the problem it is, a YAML null would read as "null"
        y.put("explanation", q.explanation() == null ? "" : q.explanation());
        ResponseFeedback response = q.responseFeedback();
        Map<String, Object> onResponse = new LinkedHashMap<>();
        putIfPresent(onResponse, "correct", response.correct());
        putIfPresent(onResponse, "partially-correct", response.partial());
        putIfPresent(onResponse, "incorrect", response.incorrect());
        if (!onResponse.isEmpty()) {
            y.put("response-feedback", onResponse);
        }
        if (!response.hints().isEmpty()) {
            y.put("hints", response.hints());
        }
        y.put("evidence", q.evidence().stream().map(PackWriter::evidence).toList());
        return y;
    }

    private static Map<String, Object> evidence(Evidence e) {
        return ordered("source", e.source(), "locator", e.locator(), "note", e.note());
    }

    private static void putFeedback(Map<String, Object> y, Question q) {
        Map<String, Object> feedback = new LinkedHashMap<>();
        q.choices().forEach(c -> putIfPresent(feedback, c.id(), c.feedback()));
        if (!feedback.isEmpty()) {
            y.put("feedback", feedback);
        }
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            map.put(key, value);
        }
    }

    /** A file-name-safe form of an id: lower-case letters, digits and dashes. */
    public static String slug(String text) {
        String slug = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "questions" : slug;
    }
}

package org.sourced.packs.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.ResponseFeedback;
import org.sourced.packs.format.Counting;
import org.sourced.packs.format.Source;
import org.sourced.packs.format.SourceKind;

/**
 * What Sourced knows about a question that exchange formats have no field for (objective, difficulty,
 * points, the real type, choice ids, evidence and the sources it cites), as key and JSON value pairs.
 * Every format carries the same pairs: GIFT in {@code // [sourced:key] json} comments, Moodle XML in a
 * comment block in the general feedback, QTI in the manifest's LOM. Each question carries the sources it
 * cites, so a question moved to another file in an LMS still brings them.
 */
final class SourcedMetadata {

    /** Marks a claim-check item exported as a single-choice one; a tag, so an LMS keeps it. */
    static final String CLAIM_CHECK_TAG = "claim-check";

    static final String TYPE = "type";
    static final String OBJECTIVE = "objective";
    static final String DIFFICULTY = "difficulty";
    static final String POINTS = "points";
    static final String CHOICE_IDS = "choice-ids";
    static final String EVIDENCE = "evidence";
    /** An evidence-choice item's choices: per choice, in order, its evidence entry or null for a choice of plain text. */
    static final String CHOICE_EVIDENCE = "choice-evidence";
    static final String SOURCE = "source";
    static final String RESPONSE_FEEDBACK = "response-feedback";
    /** About the pack, once per file: summary, licence, authors and objective titles. */
    static final String PACK = "pack";

    private static final Pattern LINE = Pattern.compile("\\[sourced:([a-z-]+)]\\s*(.*)");

    record Entry(String key, String json) {

        /** The text form GIFT comments and the Moodle XML block use. */
        String line() {
            return "[sourced:" + key + "] " + json;
        }
    }

    private SourcedMetadata() {
    }

    static List<Entry> describe(Question q, Manifest manifest) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(TYPE, Json.write(q.type().key())));
        entries.add(new Entry(OBJECTIVE, Json.write(q.objective())));
        entries.add(new Entry(DIFFICULTY, Json.write(q.difficulty())));
        entries.add(new Entry(POINTS, Json.write(q.points())));
        if (q.type() != QuestionType.TRUE_FALSE) {
            entries.add(new Entry(CHOICE_IDS, Json.write(q.choices().stream().map(Choice::id).toList())));
        }
        ResponseFeedback response = q.responseFeedback();
        if (!response.isEmpty()) {
            Map<String, Object> json = new LinkedHashMap<>();
            if (response.correct() != null) {
                json.put("correct", response.correct());
            }
            if (response.partial() != null) {
                json.put("partially-correct", response.partial());
            }
            if (response.incorrect() != null) {
                json.put("incorrect", response.incorrect());
            }
            if (!response.hints().isEmpty()) {
                json.put("hints", response.hints());
            }
            entries.add(new Entry(RESPONSE_FEEDBACK, Json.write(json)));
        }
        Set<String> cited = new LinkedHashSet<>();
        for (Evidence e : q.evidence()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("source", e.source());
            json.put("locator", e.locator());
            json.put("note", e.note());
            entries.add(new Entry(EVIDENCE, Json.write(json)));
            cited.add(e.source());
        }
        if (q.type() == QuestionType.EVIDENCE_CHOICE) {
            List<Object> perChoice = new ArrayList<>();
            for (Choice c : q.choices()) {
                if (c.evidence() == null) {
                    perChoice.add(null);
                } else {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("source", c.evidence().source());
                    json.put("locator", c.evidence().locator());
                    json.put("note", c.evidence().note());
                    perChoice.add(json);
                    cited.add(c.evidence().source());
                }
            }
            entries.add(new Entry(CHOICE_EVIDENCE, Json.write(perChoice)));
        }
        for (String id : cited) {
            manifest.source(id).ifPresent(s -> entries.add(new Entry(SOURCE, Json.write(sourceJson(s)))));
        }
        return entries;
    }

    /** The pack's own entry: what pack.yaml says that no exchange format has a field for. */
    static Entry describePack(Manifest manifest) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", manifest.id());
        json.put("title", manifest.title());
        json.put("summary", manifest.summary());
        json.put("licence", manifest.licence());
        json.put("authors", manifest.authors());
        List<Object> objectives = new ArrayList<>();
        manifest.objectives().forEach(o -> {
            Map<String, Object> objective = new LinkedHashMap<>();
            objective.put("id", o.id());
            objective.put("title", o.title());
            objectives.add(objective);
        });
        json.put("objectives", objectives);
        return new Entry(PACK, Json.write(json));
    }

    /** Applies a pack entry to the collector; a malformed one is reported and changes nothing. */
    static void applyPack(Entry entry, ImportCollector collector, int line, String where) {
        Object value;
        try {
            value = Json.read(entry.json());
        } catch (IllegalArgumentException e) {
            collector.problem(line, where, "metadata [sourced:pack] is not valid JSON (" + e.getMessage() + "); ignored");
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            collector.problem(line, where, "metadata [sourced:pack] must be an object; ignored");
            return;
        }
        List<String> authors = map.get("authors") instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        Map<String, String> titles = new LinkedHashMap<>();
        if (map.get("objectives") instanceof List<?> objectives) {
            for (Object o : objectives) {
                if (o instanceof Map<?, ?> objective && string(objective, "id") != null && Ids.isId(string(objective, "id"))
                        && string(objective, "title") != null) {
                    titles.put(string(objective, "id"), string(objective, "title"));
                } else {
                    collector.problem(line, where, "metadata [sourced:pack] has an objective without an id and a title; it is left out");
                }
            }
        }
        collector.pack(new PackMetadata(string(map, "summary"), string(map, "licence"), authors), titles, line, where);
    }

    private static Map<String, Object> sourceJson(Source s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("kind", s.kind() == null ? null : s.kind().key());
        json.put("title", s.title());
        json.put("publisher", s.publisher());
        json.put("published", s.published() == null ? null : s.published().toString());
        if (s.url() != null) {
            json.put("url", s.url());
        }
        if (s.counting() != null) {
            Map<String, Object> counting = new LinkedHashMap<>();
            counting.put("unit", s.counting().unit().key());
            counting.put("count", s.counting().count());
            counting.put("rule", s.counting().rule());
            json.put("counting", counting);
        }
        return json;
    }

    /** Reads {@code [sourced:key] json}, the text of one metadata line without its comment marker. */
    static Optional<Entry> parseLine(String text) {
        Matcher m = LINE.matcher(text.strip());
        return m.matches() ? Optional.of(new Entry(m.group(1), m.group(2).strip())) : Optional.empty();
    }

    /** Applies one entry to a draft; a bad entry becomes a problem and changes nothing. */
    static void apply(Entry entry, Draft d, ImportCollector collector, int line) {
        Object value;
        try {
            value = Json.read(entry.json());
        } catch (IllegalArgumentException e) {
            collector.problem(line, d.where, "metadata [sourced:" + entry.key() + "] is not valid JSON (" + e.getMessage()
                    + "); ignored");
            return;
        }
        String bad = switch (entry.key()) {
            case TYPE -> {
                Optional<QuestionType> type = value instanceof String s ? QuestionType.fromKey(s) : Optional.empty();
                type.ifPresent(t -> d.metaType = t);
                yield type.isPresent() ? null : "is not a question type";
            }
            case OBJECTIVE -> {
                if (value instanceof String s && Ids.isId(s)) {
                    d.metaObjective = s;
                    yield null;
                }
                yield "is not an objective id";
            }
            case DIFFICULTY -> {
                if (value instanceof Long n && n >= 1 && n <= 3) {
                    d.difficulty = n.intValue();
                    yield null;
                }
                yield "must be 1, 2 or 3";
            }
            case POINTS -> {
                if (value instanceof Long n && n >= 1 && n <= 1000) {
                    d.points = n.intValue();
                    yield null;
                }
                yield "must be a whole number from 1";
            }
            case CHOICE_IDS -> {
                if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                    d.metaChoiceIds = list.stream().map(String.class::cast).toList();
                    yield null;
                }
                yield "must be a list of ids";
            }
            case EVIDENCE -> {
                if (value instanceof Map<?, ?> map && map.get("source") instanceof String source && !source.isBlank()) {
                    d.evidence.add(new Evidence(source, string(map, "locator"), string(map, "note")));
                    yield null;
                }
                yield "must be an object with a \"source\"";
            }
            case CHOICE_EVIDENCE -> {
                List<Evidence> perChoice = new ArrayList<>();
                if (value instanceof List<?> list) {
                    for (Object item : list) {
                        if (item == null) {
                            perChoice.add(null);
                        } else if (item instanceof Map<?, ?> map && string(map, "source") != null && string(map, "locator") != null
                                && string(map, "note") != null) {
                            perChoice.add(new Evidence(string(map, "source"), string(map, "locator"), string(map, "note")));
                        } else {
                            perChoice = null;
                            break;
                        }
                    }
                } else {
                    perChoice = null;
                }
                d.metaChoiceEvidence = perChoice;
                yield perChoice == null ? "must be a list of {source, locator, note} or null, one per choice" : null;
            }
            case RESPONSE_FEEDBACK -> {
                if (value instanceof Map<?, ?> map) {
                    // what the file itself holds (Moodle's feedback elements, QTI modal feedback) wins
                    d.onCorrect = d.onCorrect != null ? d.onCorrect : string(map, "correct");
                    d.onPartial = d.onPartial != null ? d.onPartial : string(map, "partially-correct");
                    d.onIncorrect = d.onIncorrect != null ? d.onIncorrect : string(map, "incorrect");
                    if (d.hints.isEmpty() && map.get("hints") instanceof List<?> hints) {
                        hints.stream().filter(String.class::isInstance).map(String.class::cast).forEach(d.hints::add);
                    }
                    yield null;
                }
                yield "must be an object";
            }
            case SOURCE -> {
                String reason = source(value, collector, line, d.where);
                yield reason;
            }
            case PACK -> {
                applyPack(entry, collector, line, d.where);
                yield null;
            }
            default -> "is not a Sourced metadata key";
        };
        if (bad != null) {
            collector.problem(line, d.where, "metadata [sourced:" + entry.key() + "] " + bad + "; ignored");
        }
    }

    private static String source(Object value, ImportCollector collector, int line, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            return "must be an object";
        }
        String id = string(map, "id");
        if (id == null || !Ids.isId(id)) {
            return "needs an \"id\"";
        }
        Optional<SourceKind> kind = SourceKind.fromKey(string(map, "kind") == null ? "" : string(map, "kind"));
        if (kind.isEmpty()) {
            return "for \"" + id + "\" has an unknown \"kind\"";
        }
        LocalDate published = null;
        if (string(map, "published") != null) {
            try {
                published = LocalDate.parse(string(map, "published"));
            } catch (DateTimeParseException e) {
                return "for \"" + id + "\" has a \"published\" date that is not YYYY-MM-DD";
            }
        }
        Counting counting = null;
        if (map.get("counting") instanceof Map<?, ?> c) {
            Optional<Counting.Unit> unit = Counting.Unit.fromKey(string(c, "unit") == null ? "" : string(c, "unit"));
            if (unit.isEmpty() || !(c.get("count") instanceof Number count) || count.intValue() < 1) {
                return "for \"" + id + "\" has a \"counting\" without a known unit and a positive count";
            }
            counting = new Counting(unit.get(), count.intValue(), string(c, "rule"));
        }
        collector.source(new Source(id, kind.get(), string(map, "title"), string(map, "publisher"), published,
                string(map, "url"), counting), line, where);
        return null;
    }

    private static String string(Map<?, ?> map, String key) {
        return map.get(key) instanceof String s ? s : null;
    }
}

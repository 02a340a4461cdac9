package org.sourced.packs.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads and checks one pack from its files (path inside the pack to text), wherever they came from:
 * a folder, a zip, the database. Plain Java, so the {@code validate} command, the loader and the
 * importers share one set of rules.
 */
public final class PackReader {

    /**
     * The pack, when it has no problem; otherwise every problem found. {@code draft} is what could be read
     * despite the problems (fields may be null), for editors that show problems next to their fields;
     * null when not even pack.yaml could be read.
     */
    public record Result(Optional<PackContent> pack, List<Problem> problems, PackContent draft) {
        public Result(Optional<PackContent> pack, List<Problem> problems) {
            this(pack, problems, pack.orElse(null));
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static final String MANIFEST = "pack.yaml";
    static final Pattern LESSON_FILE = Pattern.compile("lessons/\\d{2}-[a-z0-9-]+\\.md");
    static final Pattern QUESTION_FILE = Pattern.compile("questions/[a-z0-9][a-z0-9-]*\\.ya?ml");
    /** An author's note at the top of the pack (AUDIT.md, README.md): kept with the pack, never shown to students. */
    static final Pattern NOTE_FILE = Pattern.compile("[A-Z][A-Z0-9_-]*\\.md");
    static final String DEFAULT_CLAIM_STEM = "Does the record support this claim?";
    /**
     * A source's link: an absolute web address only. Pages print it as a link's href, where a javascript: or
     * data: address would run script, and no quote, angle bracket or space may break out of the attribute.
     */
    static final Pattern WEB_URL = Pattern.compile("https?://[^\\s\"'<>\\\\^`{|}/?#][^\\s\"'<>\\\\^`{|}]*",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> MANIFEST_KEYS = Set.of("id", "title", "summary", "language", "version", "licence",
            "authors", "objectives", "sources", "sets", "scoring");
    private static final Set<String> MANIFEST_REQUIRED = Set.of("id", "title", "summary", "language", "version", "licence",
            "authors", "objectives", "sources");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "kind", "title", "publisher", "published", "url", "counting");
    private static final Set<String> SOURCE_REQUIRED = Set.of("id", "kind", "title", "publisher", "published");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "objective", "sources");
    private static final Set<String> LESSON_REQUIRED = Set.of("id", "title", "objective");
    private static final Set<String> COMMON_QUESTION_KEYS = Set.of("id", "type", "stem", "objective", "difficulty", "points",
            "explanation", "evidence", "tags", "response-feedback", "hints");
    private static final Set<String> RESPONSE_FEEDBACK_KEYS = Set.of("correct", "partially-correct", "incorrect");
    private static final Set<String> QUESTION_REQUIRED = Set.of("id", "type", "objective", "difficulty", "explanation", "evidence");

    private final String prefix;
    private final Problems problems = new Problems();
    /** Where each question id was first defined, to point a duplicate at the first one. */
    private final Map<String, String> definedAt = new HashMap<>();
    private final List<PendingCheck> pendingChecks = new ArrayList<>();
    private final List<LocatorCheck> locatorChecks = new ArrayList<>();

    /** A reference to check once every file is read: an objective, source or question named somewhere. */
    private record PendingCheck(String file, int line, String kind, String id) {
    }

    /** An evidence locator, checked once pack.yaml's sources say how each one is counted. */
    private record LocatorCheck(String file, int line, String source, String locator) {
    }

    /**
     * The numbered part of a locator: "para. 3", "paras. 2, 6 and 8", "paras. 3-5", "Art. 2 and Art. 4". Group 1 is
     * the unit, group 2 the numbers.
     */
    static final Pattern NUMBERED_LOCATOR = Pattern.compile(
            "(?i)\\b(paras?|arts?)\\.\\s*(\\d+(?:\\s*(?:,|-|\u2013|and)\\s*(?:(?:paras?|arts?)\\.\\s*)?\\d+)*)");

    private PackReader(String prefix) {
        this.prefix = prefix;
    }

    /**
     * @param files  path inside the pack ({@code pack.yaml}, {@code lessons/01-x.md}) to its text
     * @param prefix what to put before each path in problems, such as {@code packs/csto-armenia/}
     */
    public static Result read(Map<String, String> files, String prefix) {
        return new PackReader(prefix).run(files);
    }

    private Result run(Map<String, String> rawFiles) {
        Map<String, String> files = new TreeMap<>();
        rawFiles.forEach((path, text) -> files.put(path, normaliseNewlines(text)));

        String manifestText = files.get(MANIFEST);
        if (manifestText == null) {
            problems.add(prefix + MANIFEST, 1, "the pack has no pack.yaml");
            return new Result(Optional.empty(), problems.list());
        }
        Manifest manifest = readManifest(manifestText);
        List<Lesson> lessons = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String path = file.getKey();
            if (path.equals(MANIFEST) || PackTranslations.isTranslationPath(path)) {
                continue; // translations are read on their own (PackTranslations), but stored and hashed with the pack
            }
            if (LESSON_FILE.matcher(path).matches()) {
                readLesson(path, file.getValue()).ifPresent(lessons::add);
            } else if (QUESTION_FILE.matcher(path).matches()) {
                questions.addAll(readQuestions(path, file.getValue()));
            } else if (NOTE_FILE.matcher(path).matches()) {
                continue;
            } else {
                problems.add(prefix + path, 1, "unexpected file: lessons are lessons/NN-<slug>.md and questions are questions/<topic>.yaml");
            }
        }
        if (manifest != null) {
            checkReferences(manifest, lessons, questions);
            checkLocators(manifest);
        }
        PackContent content = manifest == null ? null : new PackContent(manifest, lessons, questions, files, hash(files));
        if (!problems.isEmpty() || manifest == null) {
            return new Result(Optional.empty(), problems.list(), content);
        }
        return new Result(Optional.of(content), List.of(), content);
    }

    // ---- pack.yaml -------------------------------------------------------------------------------

    private Manifest readManifest(String text) {
        String file = prefix + MANIFEST;
        Optional<Node> root = parseYaml(file, text, 0);
        if (root.isEmpty()) {
            return null;
        }
        Optional<YamlMap> maybeMap = YamlMap.of(root.get(), file, 0, problems, "pack.yaml");
        if (maybeMap.isEmpty()) {
            return null;
        }
        YamlMap map = maybeMap.get();
        map.expectKeys(MANIFEST_REQUIRED, MANIFEST_KEYS, "pack.yaml");
        String id = checkedId(map, file, "id", "pack id");
        List<Objective> objectives = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node node : map.list("objectives")) {
            YamlMap.of(node, file, 0, problems, "an objective").ifPresent(o -> {
                o.expectKeys(Set.of("id", "title"), Set.of("id", "title"), "an objective");
                String oid = checkedId(o, file, "id", "objective id");
                if (oid != null && !seen.add("objective:" + oid)) {
                    problems.add(file, o.lineOf("id"), "duplicate objective id '" + oid + "'");
                }
                objectives.add(new Objective(oid, o.string("title")));
            });
        }
        if (map.has("objectives") && objectives.isEmpty()) {
            problems.add(file, map.lineOf("objectives"), "a pack needs at least one objective");
        }
        List<Source> sources = new ArrayList<>();
        for (Node node : map.list("sources")) {
            YamlMap.of(node, file, 0, problems, "a source").ifPresent(s -> {
                s.expectKeys(SOURCE_REQUIRED, SOURCE_KEYS, "a source");
                String sid = checkedId(s, file, "id", "source id");
                if (sid != null && !seen.add("source:" + sid)) {
                    problems.add(file, s.lineOf("id"), "duplicate source id '" + sid + "'");
                }
                String kindKey = s.string("kind");
                SourceKind kind = kindKey == null ? null : SourceKind.fromKey(kindKey).orElse(null);
                if (kindKey != null && kind == null) {
                    problems.add(file, s.lineOf("kind"), "unknown source kind '" + kindKey
                            + "' (use report, commentary, fact-check, primary or comment)");
                }
                String url = s.string("url");
                if (url != null && !url.isBlank() && !WEB_URL.matcher(url).matches()) {
                    problems.add(file, s.lineOf("url"), "source url '" + url
                            + "' is not a web address: write it in full, starting with https:// or http://");
                }
                Counting counting = s.map("counting", "counting").map(c -> readCounting(file, c)).orElse(null);
                sources.add(new Source(sid, kind, s.string("title"), s.string("publisher"), s.date("published"), url, counting));
            });
        }
        List<QuestionSet> sets = new ArrayList<>();
        for (Node node : map.list("sets")) {
            YamlMap.of(node, file, 0, problems, "a set").ifPresent(s -> {
                s.expectKeys(Set.of("id", "title", "tag"), Set.of("id", "title", "tag"), "a set");
                String sid = checkedId(s, file, "id", "set id");
                if (sid != null && !seen.add("set:" + sid)) {
                    problems.add(file, s.lineOf("id"), "duplicate set id '" + sid + "'");
                }
                String tag = s.string("tag");
                sets.add(new QuestionSet(sid, s.string("title"), tag));
                pendingChecks.add(new PendingCheck(file, s.lineOf("tag"), "set-tag", tag));
            });
        }
        ScoringPolicy scoring = map.map("scoring", "scoring").map(s -> {
            Set<String> keys = Set.of("partialCredit", "negativeMarking", "certainty");
            s.expectKeys(Set.of(), keys, "scoring");
            return new ScoringPolicy(Boolean.TRUE.equals(s.bool("partialCredit")), Boolean.TRUE.equals(s.bool("negativeMarking")),
                    Boolean.TRUE.equals(s.bool("certainty")));
        }).orElse(ScoringPolicy.DEFAULT);
        Manifest manifest = new Manifest(id, map.string("title"), map.string("summary"), map.string("language"), map.string("version"),
                map.string("licence"), map.strings("authors"), objectives, sources, sets, scoring);
        // what the pack_version columns hold: longer, and publishing fails with a database error instead
        maxLength(map, file, "title", manifest.title(), 300);
        maxLength(map, file, "summary", manifest.summary(), 2000);
        maxLength(map, file, "language", manifest.language(), 20);
        maxLength(map, file, "version", manifest.version(), 50);
        return manifest;
    }

    private Counting readCounting(String file, YamlMap c) {
        Set<String> keys = Set.of("unit", "count", "rule");
        c.expectKeys(keys, keys, "counting");
        String unitKey = c.string("unit");
        Counting.Unit unit = unitKey == null ? null : Counting.Unit.fromKey(unitKey).orElse(null);
        if (unitKey != null && unit == null) {
            problems.add(file, c.lineOf("unit"), "unknown counting unit '" + unitKey + "' (use paragraph or article)");
        }
        Integer count = c.integer("count", 1, 100_000);
        String rule = c.string("rule");
        return unit == null || count == null || rule == null ? null : new Counting(unit, count, rule);
    }

    private void maxLength(YamlMap map, String file, String key, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(file, map.lineOf(key), key + " has " + value.length() + " characters; at most " + max + " fit");
        }
    }

    // ---- lessons ---------------------------------------------------------------------------------

    private Optional<Lesson> readLesson(String path, String text) {
        String file = prefix + path;
        if (!text.startsWith("---\n")) {
            problems.add(file, 1, "a lesson starts with front matter: a line '---', the keys id, title, objective, and a closing '---'");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            problems.add(file, 1, "the front matter is not closed by a line '---'");
            return Optional.empty();
        }
        String frontMatter = text.substring(4, end + 1);
        int bodyStart = Math.min(text.length(), end + 5);
        String body = text.substring(bodyStart);
        int bodyFirstLine = lineAt(text, bodyStart);
        // front matter starts on line 2 of the file
        Optional<YamlMap> maybeMap = parseYaml(file, frontMatter, 1)
                .flatMap(node -> YamlMap.of(node, file, 1, problems, "the front matter"));
        if (maybeMap.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = maybeMap.get();
        map.expectKeys(LESSON_REQUIRED, LESSON_KEYS, "a lesson's front matter");
        String id = checkedId(map, file, "id", "lesson id");
        if (id != null && definedAt.put("lesson:" + id, file) != null) {
            problems.add(file, map.lineOf("id"), "duplicate lesson id '" + id + "'");
        }
        String objective = map.string("objective");
        pendingChecks.add(new PendingCheck(file, map.lineOf("objective"), "objective", objective));
        List<String> sources = map.strings("sources");
        for (String source : sources) {
            pendingChecks.add(new PendingCheck(file, map.lineOf("sources"), "source", source));
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            var m = Lesson.CHECKPOINT.matcher(line);
            if (m.matches()) {
                pendingChecks.add(new PendingCheck(file, bodyFirstLine + i, "checkpoint", m.group(1)));
            } else if (line.startsWith("[[")) {
                problems.add(file, bodyFirstLine + i, "malformed checkpoint: write [[checkpoint: question-id]] alone on a line");
            }
        }
        if (body.isBlank()) {
            problems.add(file, bodyFirstLine, "the lesson has no text after its front matter");
        }
        return Optional.of(new Lesson(id, map.string("title"), objective, sources, body, path));
    }

    // ---- questions -------------------------------------------------------------------------------

    private List<Question> readQuestions(String path, String text) {
        String file = prefix + path;
        Optional<Node> root = parseYaml(file, text, 0);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode list)) {
            problems.add(file, YamlMap.lineOf(root.get(), 0), "a question file is a YAML list of questions (each item starts with '- id:')");
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        for (Node node : list.getValue()) {
            YamlMap.of(node, file, 0, problems, "a question").map(q -> readQuestion(file, q)).ifPresent(questions::add);
        }
        return questions;
    }

    private Question readQuestion(String file, YamlMap q) {
        String id = checkedId(q, file, "id", "question id");
        if (id != null) {
            String first = definedAt.putIfAbsent("question:" + id, file + ":" + q.lineOf("id"));
            if (first != null) {
                problems.add(file, q.lineOf("id"), "duplicate question id '" + id + "' (first defined at " + first + ")");
            }
        }
        String typeKey = q.string("type");
        QuestionType type = typeKey == null ? null : QuestionType.fromKey(typeKey).orElse(null);
        if (typeKey != null && type == null) {
            problems.add(file, q.lineOf("type"), "unknown question type '" + typeKey
                    + "' (use single, multiple, true-false, claim-check, ordering or evidence-choice)");
        }
        Set<String> allowed = new HashSet<>(COMMON_QUESTION_KEYS);
        Set<String> required = new HashSet<>(QUESTION_REQUIRED);
        if (type != null) {
            switch (type) {
                case SINGLE, MULTIPLE -> {
                    allowed.add("choices");
                    required.addAll(Set.of("stem", "choices"));
                }
                case TRUE_FALSE -> {
                    allowed.addAll(Set.of("answer", "feedback"));
                    required.addAll(Set.of("stem", "answer"));
                }
                case CLAIM_CHECK -> {
                    allowed.addAll(Set.of("claim", "verdict", "feedback"));
                    required.addAll(Set.of("claim", "verdict"));
                }
                case ORDERING -> {
                    allowed.add("items");
                    required.addAll(Set.of("stem", "items"));
                }
                case EVIDENCE_CHOICE -> {
                    allowed.addAll(Set.of("choices", "claim"));
                    required.addAll(Set.of("stem", "choices"));
                }
            }
            q.expectKeys(required, allowed, "a " + type.key() + " question");
        }
        String objective = q.string("objective");
        pendingChecks.add(new PendingCheck(file, q.lineOf("objective"), "objective", objective));
        Integer difficulty = q.integer("difficulty", 1, 3);
        Integer points = q.has("points") ? q.integer("points", 1, 100) : Integer.valueOf(1);
        List<Evidence> evidence = readEvidence(file, q);
        String stem = q.string("stem");
        String claim = null;
        Verdict verdict = null;
        List<Choice> choices = List.of();
        if (type != null) {
            switch (type) {
                case SINGLE, MULTIPLE -> choices = readChoices(file, q, type);
                case TRUE_FALSE -> choices = readTrueFalse(file, q);
                case CLAIM_CHECK -> {
                    claim = q.string("claim");
                    String verdictKey = q.string("verdict");
                    verdict = verdictKey == null ? null : Verdict.fromKey(verdictKey).orElse(null);
                    if (verdictKey != null && verdict == null) {
                        problems.add(file, q.lineOf("verdict"), "unknown verdict '" + verdictKey
                                + "' (use supported, refuted or not-in-evidence)");
                    }
                    choices = readVerdictChoices(file, q, verdict);
                    if (stem == null) {
                        stem = DEFAULT_CLAIM_STEM;
                    }
                }
                case ORDERING -> choices = readItems(file, q);
                case EVIDENCE_CHOICE -> {
                    claim = q.string("claim");
                    choices = readEvidenceChoices(file, q);
                }
            }
        }
        ResponseFeedback response = q.map("response-feedback", "response-feedback").map(f -> {
            f.expectKeys(Set.of(), RESPONSE_FEEDBACK_KEYS, "response-feedback");
            return new ResponseFeedback(f.string("correct"), f.string("partially-correct"), f.string("incorrect"), List.of());
        }).orElse(ResponseFeedback.NONE);
        response = new ResponseFeedback(response.correct(), response.partial(), response.incorrect(), q.strings("hints"));
        return new Question(id, type, stem, claim, verdict, choices, q.string("explanation"), evidence, objective,
                difficulty == null ? 1 : difficulty, points == null ? 1 : points, q.strings("tags"), response);
    }

    private List<Evidence> readEvidence(String file, YamlMap q) {
        List<Evidence> evidence = new ArrayList<>();
        for (Node node : q.list("evidence")) {
            YamlMap.of(node, file, 0, problems, "an evidence item").ifPresent(e -> {
                Set<String> keys = Set.of("source", "locator", "note");
                e.expectKeys(keys, keys, "an evidence item");
                String source = e.string("source");
                pendingChecks.add(new PendingCheck(file, e.lineOf("source"), "source", source));
                evidence.add(new Evidence(source, e.string("locator"), e.string("note")));
                locatorChecks.add(new LocatorCheck(file, e.lineOf("locator"), source, e.string("locator")));
            });
        }
        if (q.has("evidence") && evidence.isEmpty()) {
            problems.add(file, q.lineOf("evidence"), "a question needs at least one evidence item {source, locator, note}");
        }
        return evidence;
    }

    private List<Choice> readChoices(String file, YamlMap q, QuestionType type) {
        List<Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> keys = Set.of("id", "text", "correct", "feedback");
        for (Node node : q.list("choices")) {
            YamlMap.of(node, file, 0, problems, "a choice").ifPresent(c -> {
                c.expectKeys(Set.of("id", "text", "correct"), keys, "a choice");
                String cid = choiceId(file, c, ids);
                Boolean correct = c.bool("correct");
                choices.add(new Choice(cid, c.string("text"), Boolean.TRUE.equals(correct), c.string("feedback")));
            });
        }
        if (!q.has("choices")) {
            return choices;
        }
        if (choices.size() < 2) {
            problems.add(file, q.lineOf("choices"), "a " + type.key() + " question needs at least two choices");
        }
        long correct = choices.stream().filter(Choice::correct).count();
        if (type == QuestionType.SINGLE && correct != 1) {
            problems.add(file, q.lineOf("choices"), "a single-choice question needs exactly one correct choice, not " + correct);
        }
        if (type == QuestionType.MULTIPLE && correct < 1) {
            problems.add(file, q.lineOf("choices"), "a multiple-answer question needs at least one correct choice");
        }
        return choices;
    }

    /**
     * The choices of an evidence-choice question: each is an evidence entry {@code {source, locator, note}} (its text is
     * the note) or plain {@code text}, such as "it is commentary, not evidence"; never both. Sources and locators are
     * checked as the question's own evidence is.
     */
    private List<Choice> readEvidenceChoices(String file, YamlMap q) {
        List<Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> keys = Set.of("id", "text", "evidence", "correct", "feedback");
        for (Node node : q.list("choices")) {
            YamlMap.of(node, file, 0, problems, "a choice").ifPresent(c -> {
                c.expectKeys(Set.of("id", "correct"), keys, "a choice of an evidence-choice question");
                String cid = choiceId(file, c, ids);
                boolean correct = Boolean.TRUE.equals(c.bool("correct"));
                if (c.has("evidence") && c.has("text")) {
                    problems.add(file, c.lineOf("text"), "choice '" + cid + "' has both text and evidence: an evidence choice's words are its note");
                }
                if (c.has("evidence")) {
                    c.map("evidence", "a choice's evidence").ifPresent(e -> {
                        Set<String> evidenceKeys = Set.of("source", "locator", "note");
                        e.expectKeys(evidenceKeys, evidenceKeys, "a choice's evidence");
                        String source = e.string("source");
                        pendingChecks.add(new PendingCheck(file, e.lineOf("source"), "source", source));
                        locatorChecks.add(new LocatorCheck(file, e.lineOf("locator"), source, e.string("locator")));
                        Evidence evidence = new Evidence(source, e.string("locator"), e.string("note"));
                        choices.add(new Choice(cid, evidence.note(), correct, c.string("feedback"), evidence));
                    });
                } else if (c.has("text")) {
                    choices.add(new Choice(cid, c.string("text"), correct, c.string("feedback")));
                } else {
                    problems.add(file, c.lineOf("id"), "choice '" + cid
                            + "' needs evidence {source, locator, note} or, for a choice such as \"it is commentary, not evidence\", text");
                }
            });
        }
        if (!q.has("choices")) {
            return choices;
        }
        if (choices.size() < 2) {
            problems.add(file, q.lineOf("choices"), "an evidence-choice question needs at least two choices");
        }
        if (choices.stream().noneMatch(c -> c.evidence() != null)) {
            problems.add(file, q.lineOf("choices"), "an evidence-choice question needs at least one choice that is an evidence entry");
        }
        if (choices.stream().noneMatch(Choice::correct)) {
            problems.add(file, q.lineOf("choices"), "an evidence-choice question needs at least one correct choice");
        }
        return choices;
    }

    private List<Choice> readTrueFalse(String file, YamlMap q) {
        Boolean answer = q.bool("answer");
        Map<String, String> feedback = readFeedback(file, q, List.of("true", "false"));
        return List.of(
                new Choice("true", "True", Boolean.TRUE.equals(answer), feedback.get("true")),
                new Choice("false", "False", Boolean.FALSE.equals(answer), feedback.get("false")));
    }

    private List<Choice> readVerdictChoices(String file, YamlMap q, Verdict verdict) {
        List<String> keys = java.util.Arrays.stream(Verdict.values()).map(Verdict::key).toList();
        Map<String, String> feedback = readFeedback(file, q, keys);
        List<Choice> choices = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            choices.add(new Choice(v.key(), v.label(), v == verdict, feedback.get(v.key())));
        }
        return choices;
    }

    private Map<String, String> readFeedback(String file, YamlMap q, List<String> keys) {
        Map<String, String> feedback = new LinkedHashMap<>();
        q.map("feedback", "feedback").ifPresent(f -> {
            f.expectKeys(Set.of(), Set.copyOf(keys), "feedback");
            for (String key : keys) {
                feedback.put(key, f.string(key));
            }
        });
        return feedback;
    }

    private List<Choice> readItems(String file, YamlMap q) {
        List<Choice> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : q.list("items")) {
            YamlMap.of(node, file, 0, problems, "an ordering item").ifPresent(c -> {
                c.expectKeys(Set.of("id", "text"), Set.of("id", "text"), "an ordering item");
                items.add(new Choice(choiceId(file, c, ids), c.string("text"), true, null));
            });
        }
        if (q.has("items") && items.size() < 2) {
            problems.add(file, q.lineOf("items"), "an ordering question needs at least two items");
        }
        return items;
    }

    private String choiceId(String file, YamlMap c, Set<String> seen) {
        String cid = c.string("id");
        if (cid == null) {
            return null;
        }
        if (!Ids.isChoiceId(cid)) {
            problems.add(file, c.lineOf("id"), "choice id '" + cid + "' may hold only letters, digits, '.', '_' and '-'");
        } else if (!seen.add(cid)) {
            problems.add(file, c.lineOf("id"), "duplicate choice id '" + cid + "'");
        }
        return cid;
    }

    // ---- cross references ------------------------------------------------------------------------

    private void checkReferences(Manifest manifest, List<Lesson> lessons, List<Question> questions) {
        Set<String> objectiveIds = ids(manifest.objectives().stream().map(Objective::id).toList());
        Set<String> sourceIds = ids(manifest.sources().stream().map(Source::id).toList());
        Set<String> questionIds = ids(questions.stream().map(Question::id).toList());
        Set<String> tags = new HashSet<>();
        questions.forEach(q -> tags.addAll(q.tags()));
        for (PendingCheck check : pendingChecks) {
            if (check.id() == null) {
                continue;
            }
            switch (check.kind()) {
                case "objective" -> {
                    if (!objectiveIds.contains(check.id())) {
                        problems.add(check.file(), check.line(), "unknown objective '" + check.id() + "' (pack.yaml defines: "
                                + String.join(", ", objectiveIds) + ")");
                    }
                }
                case "source" -> {
                    if (!sourceIds.contains(check.id())) {
                        problems.add(check.file(), check.line(), "unknown source '" + check.id() + "' (not in pack.yaml's sources)");
                    }
                }
                case "checkpoint" -> {
                    if (!questionIds.contains(check.id())) {
                        problems.add(check.file(), check.line(), "checkpoint names unknown question '" + check.id() + "'");
                    }
                }
                case "set-tag" -> {
                    if (!tags.contains(check.id())) {
                        problems.add(check.file(), check.line(), "set tag '" + check.id() + "' selects no question");
                    }
                }
                default -> throw new IllegalStateException(check.kind());
            }
        }
    }

    private void checkLocators(Manifest manifest) {
        for (LocatorCheck check : locatorChecks) {
            Source source = check.source() == null || check.locator() == null ? null : manifest.source(check.source()).orElse(null);
            if (source == null || source.counting() == null) {
                continue;
            }
            Counting counting = source.counting();
            var m = NUMBERED_LOCATOR.matcher(check.locator());
            while (m.find()) {
                Counting.Unit unit = m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("para")
                        ? Counting.Unit.PARAGRAPH : Counting.Unit.ARTICLE;
                if (unit != counting.unit()) {
                    problems.add(check.file(), check.line(), "locator '" + check.locator() + "' counts " + unit.key() + "s, but pack.yaml counts "
                            + source.id() + " in " + counting.unit().key() + "s (" + counting.unit().abbreviation() + " N)");
                    break;
                }
                var numbers = Pattern.compile("\\d+").matcher(m.group(2));
                while (numbers.find()) {
                    int n = Integer.parseInt(numbers.group());
                    if (n < 1 || n > counting.count()) {
                        problems.add(check.file(), check.line(), "locator '" + check.locator() + "' points past " + source.id() + ": pack.yaml counts "
                                + counting.count() + " " + counting.unit().key() + (counting.count() == 1 ? "" : "s") + ", numbered from 1");
                    }
                }
            }
        }
    }

    private static Set<String> ids(List<String> ids) {
        Set<String> set = new java.util.TreeSet<>();
        ids.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        return set;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private String checkedId(YamlMap map, String file, String key, String what) {
        String id = map.string(key);
        if (id != null && !Ids.isId(id)) {
            problems.add(file, map.lineOf(key), what + " '" + id + "' may hold only lower-case letters, digits, '.', '_' and '-'");
        }
        return id;
    }

    private Optional<Node> parseYaml(String file, String text, int lineOffset) {
        try {
            Optional<Node> node = YamlFile.compose(file, text);
            if (node.isEmpty()) {
                problems.add(file, 1 + lineOffset, "the file is empty");
            }
            return node;
        } catch (YamlFile.FailureException e) {
            problems.add(file, e.failure.line() + lineOffset, "malformed YAML: " + e.failure.message());
            return Optional.empty();
        }
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static String normaliseNewlines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The pack's identity: SHA-256 over its paths and texts in path order. */
    static String hash(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

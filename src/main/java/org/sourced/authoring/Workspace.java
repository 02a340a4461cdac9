package org.sourced.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Source;
import org.sourced.web.i18n.UiText;

/**
 * A draft as the editor sees it: its stored files, what the reader made of them (records even where there
 * are problems), and where each question is written. Plain Java; {@link Authoring} loads and saves it.
 */
public final class Workspace {

    /** A problem as the overview lists it: {@code file:line: message}, linked to the page that fixes it. */
    public record ProblemView(String text, String href) {
    }

    private final String packId;
    private final Map<String, String> files;
    private final PackReader.Result read;
    private final QuestionPlaces places;
    /** Worked out once per workspace: the pack page asks for every question (a bank of 4,000 took minutes). */
    private volatile Map<String, List<Problem>> problemsByQuestion;
    private volatile Map<String, Question> questionsById;
    private final Map<String, Boolean> rewritable = new ConcurrentHashMap<>();

    public Workspace(String packId, Map<String, String> files) {
        this.packId = packId;
        this.files = Map.copyOf(files);
        this.read = PackReader.read(files, packId + "/");
        this.places = QuestionPlaces.of(files);
    }

    public String packId() {
        return packId;
    }

    public Map<String, String> files() {
        return files;
    }

    /** Null only when pack.yaml cannot be read at all (a stored draft always has a readable one). */
    public PackContent content() {
        return read.draft();
    }

    public Manifest manifest() {
        return content().manifest();
    }

    public QuestionPlaces places() {
        return places;
    }

    public List<Problem> problems() {
        return read.problems();
    }

    public boolean ok() {
        return read.ok();
    }

    public String title() {
        return content() == null || manifest().title() == null ? packId : manifest().title();
    }

    // ---- lookups ---------------------------------------------------------------------------------

    public Optional<Question> question(String id) {
        if (content() == null || id == null) {
            return Optional.empty();
        }
        if (questionsById == null) {
            Map<String, Question> byId = new HashMap<>();
            content().questions().stream().filter(q -> q.id() != null).forEach(q -> byId.putIfAbsent(q.id(), q));
            questionsById = byId;
        }
        return Optional.ofNullable(questionsById.get(id));
    }

    /**
     * Whether the question editor's form can show and save the question: an editable one of any type but
     * evidence-choice, whose passages the form has no rows for (the file view edits those).
     */
    public boolean formEditable(String questionId) {
        return editable(questionId) && question(questionId).map(q -> q.type() != QuestionType.EVIDENCE_CHOICE).orElse(false);
    }

    /**
     * A short fingerprint of a question as stored: the editor sends back the one it was opened on, so that a save
     * or an autosave over a version it never saw (another tab, a bulk action) is a conflict, not a silent loss.
     */
    public String versionOf(String questionId) {
        return question(questionId).map(q -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(PackWriter.questions(List.of(q)).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }).orElse("");
    }

    /**
     * Whether the question editor (and the evidence pass, and bulk actions) may change this question: it was
     * read with a type and an id the routes can carry, from a file the editor can write back whole.
     */
    public boolean editable(String questionId) {
        Optional<QuestionPlaces.Place> place = questionId == null ? Optional.empty() : places.of(questionId);
        return place.isPresent() && Ids.isId(questionId) && question(questionId).map(q -> q.type() != null).orElse(false)
                && canRewrite(place.get().path());
    }

    public Optional<Lesson> lesson(String id) {
        return content() == null ? Optional.empty() : content().lessons().stream().filter(l -> id.equals(l.id())).findFirst();
    }

    public Set<String> objectiveIds() {
        return ids(manifest().objectives().stream().map(Objective::id).toList());
    }

    public Set<String> sourceIds() {
        return ids(manifest().sources().stream().map(Source::id).toList());
    }

    public Set<String> questionIds() {
        return ids(content().questions().stream().map(Question::id).toList());
    }

    public Set<String> lessonIds() {
        return ids(content().lessons().stream().map(Lesson::id).toList());
    }

    /** Objective id to the first lesson or question that names it. */
    public Map<String, UiText> objectiveUsers() {
        Map<String, UiText> users = new LinkedHashMap<>();
        content().lessons().forEach(l -> users.putIfAbsent(Objects.toString(l.objective()), UiText.teach(t -> t.usedByLesson(l.id()))));
        content().questions().forEach(q -> users.putIfAbsent(Objects.toString(q.objective()), UiText.teach(t -> t.usedByQuestion(q.id()))));
        return users;
    }

    /** Source id to the first lesson or question evidence that cites it. */
    public Map<String, UiText> sourceUsers() {
        Map<String, UiText> users = new LinkedHashMap<>();
        content().lessons().forEach(l -> l.sources().forEach(s -> users.putIfAbsent(s, UiText.teach(t -> t.usedByLesson(l.id())))));
        content().questions().forEach(q -> q.evidence().forEach(e -> users.putIfAbsent(Objects.toString(e.source()),
                UiText.teach(t -> t.usedByQuestion(q.id())))));
        return users;
    }

    // ---- where things are written ----------------------------------------------------------------

    /**
     * Whether the editor may rewrite question file {@code path} from records: only when every entry of it
     * was read as a question with an id and a type, so that writing it back loses nothing.
     */
    public boolean canRewrite(String path) {
        if (!files.containsKey(path)) {
            return true;
        }
        return rewritable.computeIfAbsent(path, p -> {
            long records = content().questions().stream()
                    .filter(q -> q.id() != null && q.type() != null && places.of(q.id()).map(place -> place.path().equals(p)).orElse(false))
                    .count();
            return places.entries(p) >= 0 && records == places.entries(p);
        });
    }

    /** The questions written in {@code path}, in file order. */
    public List<Question> questionsIn(String path) {
        return content().questions().stream()
                .filter(q -> q.id() != null && places.of(q.id()).map(p -> p.path().equals(path)).orElse(false)).toList();
    }

    /** Where a new question goes: beside the others of its objective, else {@code questions/<objective>.yaml}. */
    public String fileForNewQuestion(String objective) {
        for (Question q : content().questions()) {
            if (objective.equals(q.objective()) && q.id() != null) {
                Optional<QuestionPlaces.Place> place = places.of(q.id());
                if (place.isPresent() && canRewrite(place.get().path())) {
                    return place.get().path();
                }
            }
        }
        String base = "questions/" + PackWriter.slug(objective);
        String path = base + ".yaml";
        for (int i = 2; files.containsKey(path) && !canRewrite(path); i++) {
            path = base + "-" + i + ".yaml";
        }
        return path;
    }

    // ---- problems --------------------------------------------------------------------------------

    /** The path inside the pack that a problem names. */
    public String pathOf(Problem p) {
        String prefix = packId + "/";
        return p.file().startsWith(prefix) ? p.file().substring(prefix.length()) : p.file();
    }

    public List<Problem> problemsOfQuestion(String questionId) {
        if (problemsByQuestion == null) {
            Map<String, List<Problem>> byQuestion = new HashMap<>();
            for (Problem p : problems()) {
                String path = pathOf(p);
                if (path.startsWith("questions/")) {
                    places.questionAt(path, p.line()).ifPresent(id -> byQuestion.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
                }
            }
            problemsByQuestion = byQuestion;
        }
        return problemsByQuestion.getOrDefault(questionId, List.of());
    }

    public List<Problem> problemsOfFile(String path) {
        return problems().stream().filter(p -> pathOf(p).equals(path)).toList();
    }

    public List<ProblemView> problemViews() {
        return problems().stream().map(p -> new ProblemView(p.toString(), href(p))).toList();
    }

    /** The editor page where a problem is fixed: a question's or lesson's form, a pack.yaml form, or the file. */
    public String href(Problem p) {
        String base = "/teach/packs/" + packId;
        String path = pathOf(p);
        if (path.equals(PackReader.MANIFEST)) {
            return switch (topLevelKeyAt(files.get(path), p.line())) {
                case "objectives" -> base + "/objectives";
                case "sources" -> base + "/sources";
                case "sets", "" -> fileHref(path);
                default -> base + "#metadata";
            };
        }
        if (path.startsWith("lessons/") && content() != null) {
            for (Lesson l : content().lessons()) {
                if (path.equals(l.path()) && l.id() != null && Ids.isId(l.id())) {
                    return base + "/lessons/" + l.id();
                }
            }
        }
        if (path.startsWith("questions/")) {
            Optional<String> id = places.questionAt(path, p.line());
            if (id.isPresent() && formEditable(id.get())) {
                return base + "/questions/" + id.get();
            }
        }
        return fileHref(path);
    }

    public String fileHref(String path) {
        StringBuilder href = new StringBuilder("/teach/packs/" + packId + "/files");
        for (String segment : path.split("/")) {
            href.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return href.toString();
    }

    /** The top-level key of pack.yaml whose entry spans {@code line}; "" when the file does not parse. */
    static String topLevelKeyAt(String yaml, int line) {
        if (yaml == null) {
            return "";
        }
        try {
            Optional<Node> root = new Compose(LoadSettings.builder().setMaxAliasesForCollections(10).build()).composeString(yaml);
            if (root.isEmpty() || !(root.get() instanceof MappingNode map)) {
                return "";
            }
            String found = "";
            for (NodeTuple t : map.getValue()) {
                int start = t.getKeyNode().getStartMark().map(m -> m.getLine() + 1).orElse(1);
                if (start <= line && t.getKeyNode() instanceof ScalarNode key) {
                    found = key.getValue();
                }
            }
            return found.isEmpty() ? "id" : found;
        } catch (YamlEngineException e) {
            return "";
        }
    }

    private static Set<String> ids(List<String> ids) {
        Set<String> set = new LinkedHashSet<>();
        ids.stream().filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    /** Sorted copy, for pages that list files. */
    public List<String> paths() {
        return List.copyOf(new TreeMap<>(files).keySet());
    }
}

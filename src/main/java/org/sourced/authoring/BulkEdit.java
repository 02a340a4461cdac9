package org.sourced.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Question;
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;
import org.sourced.web.i18n.WorkbenchMessages;

/**
 * One change to many questions of a draft, as the pack page's question list posts it: set the objective, the
 * difficulty or the points, add tags, or cite one source with a locator per question. All or nothing: a value
 * or a question the change cannot take refuses the whole of it. Plain Java; {@link Authoring#bulk} saves it.
 *
 * @param locators one per selected question, in the order the questions are selected
 */
public record BulkEdit(List<String> questionIds, String action, String value, List<String> locators, String note) {

    public static final String OBJECTIVE = "objective";
    public static final String DIFFICULTY = "difficulty";
    public static final String POINTS = "points";
    public static final String TAGS = "tags";
    public static final String CITE = "cite";
    private static final List<String> ACTIONS = List.of(OBJECTIVE, DIFFICULTY, POINTS, TAGS, CITE);
    /** More than a draft page lists at once is not a selection a form makes. */
    static final int MAX_SELECTED = 5000;

    /** What the bulk action changes: the files to write, and what it did in the teacher's words (for the undo). */
    public record Change(Map<String, String> files, UiText what, int questions) {
    }

    /** Either the change or why there is none. */
    public record Outcome(Optional<Change> change, FormErrors errors) {
    }

    public BulkEdit {
        questionIds = List.copyOf(questionIds);
        locators = List.copyOf(locators);
    }

    public static BulkEdit none() {
        return new BulkEdit(List.of(), "", "", List.of(), "");
    }

    public static BulkEdit parse(FormFields f) {
        List<String> ids = f.all("q").stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().limit(MAX_SELECTED + 1L).toList();
        List<String> locators = Arrays.stream(f.raw("locators").split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new BulkEdit(ids, f.text("bulk"), f.text("value"), locators, f.text("note"));
    }

    public boolean selected(String questionId) {
        return questionIds.contains(questionId);
    }

    public String locatorText() {
        return String.join("\n", locators);
    }

    public Outcome apply(Workspace w) {
        FormErrors errors = FormErrors.none();
        if (questionIds.isEmpty() || questionIds.size() > MAX_SELECTED) {
            errors.add("q", UiText.bench(WorkbenchMessages::errBulkNone));
        }
        if (!ACTIONS.contains(action)) {
            errors.add("bulk", UiText.bench(WorkbenchMessages::errBulkAction));
        }
        for (String id : questionIds) {
            if (w.question(id).isEmpty()) {
                errors.add("q", UiText.bench(t -> t.errBulkQuestion(id, UiText.teach(m -> m.errDraftNoQuestion(id)).current())));
            } else if (!w.editable(id)) {
                String path = w.places().of(id).map(QuestionPlaces.Place::path).orElse("?");
                errors.add("q", UiText.bench(t -> t.errBulkQuestion(id, UiText.teach(m -> m.errCannotRewriteFile(id, path)).current())));
            }
        }
        if (errors.isEmpty()) {
            checkValue(w, errors);
        }
        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), errors);
        }
        Map<String, Question> changed = new LinkedHashMap<>();
        for (int i = 0; i < questionIds.size(); i++) {
            Question q = w.question(questionIds.get(i)).orElseThrow();
            changed.put(q.id(), changed(q, i));
        }
        Map<String, String> files = files(w, changed);
        if (CITE.equals(action)) {
            // the reader's own check of each locator (past the source's end), before anything is saved
            Workspace candidate = new Workspace(w.packId(), merged(w.files(), files));
            for (String id : questionIds) {
                ProblemWords.newInPass(w, candidate, id).ifPresent(p -> errors.add("locators",
                        UiText.bench(t -> t.errBulkQuestion(id, ProblemWords.of(p.message()).text().current()))));
            }
            if (!errors.isEmpty()) {
                return new Outcome(Optional.empty(), errors);
            }
        }
        return new Outcome(Optional.of(new Change(files, what(w), questionIds.size())), errors);
    }

    private void checkValue(Workspace w, FormErrors errors) {
        switch (action) {
            case OBJECTIVE -> {
                if (!w.objectiveIds().contains(value)) {
                    errors.add("value", UiText.bench(t -> t.errBulkObjective(value)));
                }
            }
            case DIFFICULTY -> QuestionForm.checkNumber(errors, "value", value, 1, QuestionForm.MAX_DIFFICULTY,
                    UiText.bench(WorkbenchMessages::errBulkDifficulty));
            case POINTS -> QuestionForm.checkNumber(errors, "value", value, 1, QuestionForm.MAX_POINTS,
                    UiText.bench(WorkbenchMessages::errBulkPoints));
            case TAGS -> {
                List<String> tags = QuestionForm.tagList(value);
                if (tags.isEmpty() || tags.stream().anyMatch(tag -> !tag.matches("[\\p{Ll}\\p{Lo}0-9][\\p{Ll}\\p{Lo}0-9-]{0,39}"))) {
                    errors.add("value", UiText.bench(WorkbenchMessages::errBulkTags));
                }
            }
            case CITE -> {
                if (!w.sourceIds().contains(value)) {
                    errors.add("value", UiText.bench(t -> t.errBulkSource(value)));
                }
                if (locators.size() != questionIds.size()) {
                    errors.add("locators", UiText.bench(t -> t.errBulkLocators(questionIds.size(), locators.size())));
                }
                if (note.isEmpty()) {
                    errors.add("note", UiText.bench(WorkbenchMessages::errBulkNote));
                }
            }
            default -> throw new IllegalStateException(action);
        }
    }

    private Question changed(Question q, int index) {
        return switch (action) {
            case OBJECTIVE -> q.withFiling(value, q.difficulty(), q.points(), q.tags());
            case DIFFICULTY -> q.withFiling(q.objective(), Integer.parseInt(value), q.points(), q.tags());
            case POINTS -> q.withFiling(q.objective(), q.difficulty(), Integer.parseInt(value), q.tags());
            case TAGS -> {
                Set<String> tags = new LinkedHashSet<>(q.tags());
                tags.addAll(QuestionForm.tagList(value));
                yield q.withFiling(q.objective(), q.difficulty(), q.points(), List.copyOf(tags));
            }
            case CITE -> {
                List<Evidence> evidence = new ArrayList<>(q.evidence());
                evidence.add(new Evidence(value, locators.get(index), note));
                yield q.withBacking(q.explanation(), evidence);
            }
            default -> throw new IllegalStateException(action);
        };
    }

    /** Each file that holds a changed question, written again whole with the changes. */
    private static Map<String, String> files(Workspace w, Map<String, Question> changed) {
        Map<String, List<String>> idsByPath = new LinkedHashMap<>();
        changed.keySet().forEach(id -> idsByPath.computeIfAbsent(w.places().of(id).orElseThrow().path(), p -> new ArrayList<>()).add(id));
        Map<String, String> files = new LinkedHashMap<>();
        idsByPath.forEach((path, ids) -> {
            List<Question> inFile = new ArrayList<>(w.questionsIn(path));
            inFile.replaceAll(q -> changed.getOrDefault(q.id(), q));
            files.put(path, PackWriter.questions(inFile));
        });
        return files;
    }

    private static Map<String, String> merged(Map<String, String> files, Map<String, String> changed) {
        Map<String, String> all = new HashMap<>(files);
        all.putAll(changed);
        return all;
    }

    /** "Set the objective (Who belongs to the CSTO)", for the notice and the undo button. */
    private UiText what(Workspace w) {
        String shown = switch (action) {
            case OBJECTIVE -> w.manifest().objective(value).map(o -> o.title() == null ? value : o.title()).orElse(value);
            case CITE -> w.manifest().source(value).map(s -> s.title() == null ? value : s.title()).orElse(value);
            default -> value;
        };
        return lang -> {
            WorkbenchMessages t = UiText.Bundles.get(WorkbenchMessages.class, lang);
            String label = switch (action) {
                case OBJECTIVE -> t.bulkObjective();
                case DIFFICULTY -> t.bulkDifficulty();
                case POINTS -> t.bulkPoints();
                case TAGS -> t.bulkTags();
                default -> t.bulkCite();
            };
            return label + " (" + shown + ")";
        };
    }
}

package org.sourced.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Verdict;
import org.sourced.web.FormErrors;
import org.sourced.web.SelectOption;
import org.sourced.web.i18n.TeachMessages;
import org.sourced.web.i18n.UiText;

/**
 * The question editor's form: what the teacher typed (kept as typed, to refill the form), the rules a
 * question must meet before it is written to its file, and the {@link Question} record it makes.
 * Plain Java: the rules mirror {@code PackReader}'s, but name the form field that breaks them.
 *
 * @param choices the choices of single and multiple questions, or the items of an ordering question in
 *                the right order; empty for true-false and claim-check
 * @param feedback per answer: keys {@code true}/{@code false}, or the verdict keys
 */
public record QuestionForm(boolean isNew, QuestionType type, String id, String stem, String claim, String verdict,
                           String answer, Map<String, String> feedback, List<ChoiceRow> choices, String explanation,
                           List<EvidenceRow> evidence, String objective, String difficulty, String points, String tags) {

    /** Rows a form may hold; more is a tampered form, not a question. */
    public static final int MAX_ROWS = 40;
    /** Difficulty runs from 1 (recall) to this; points from 1 to {@link #MAX_POINTS}. */
    public static final int MAX_DIFFICULTY = 3;
    public static final int MAX_POINTS = 100;
    /** Ids that are words in the editor's URLs. */
    static final Set<String> RESERVED_IDS = Set.of("new");

    /** One choice (or ordering item) row; {@code index} numbers its fields. */
    public record ChoiceRow(int index, String prefix, String id, String text, boolean correct, String feedback) {
        public String name(String field) {
            return FormFields.row(prefix, index, field);
        }

        boolean isBlank() {
            return id.isBlank() && text.isBlank() && feedback.isBlank() && !correct;
        }
    }

    public record EvidenceRow(int index, String source, String locator, String note) {
        public String name(String field) {
            return FormFields.row("evidence", index, field);
        }

        boolean isBlank() {
            return source.isBlank() && locator.isBlank() && note.isBlank();
        }
    }

    /** What the form's ids and selects are checked against. */
    public record Context(Set<String> objectiveIds, Set<String> sourceIds, Set<String> questionIds) {
    }

    public QuestionForm {
        feedback = Map.copyOf(feedback);
        choices = List.copyOf(choices);
        evidence = List.copyOf(evidence);
    }

    // ---- making a form ---------------------------------------------------------------------------

    /** An empty form for a new question of {@code type}. */
    public static QuestionForm blank(QuestionType type, String objective) {
        List<ChoiceRow> rows = new ArrayList<>();
        int n = switch (type) {
            case SINGLE, MULTIPLE -> 4;
            case ORDERING -> 3;
            default -> 0;
        };
        for (int i = 0; i < n; i++) {
            rows.add(new ChoiceRow(i, rowPrefix(type), "", "", false, ""));
        }
        return new QuestionForm(true, type, "", "", "", "", "", Map.of(), rows, "",
                List.of(new EvidenceRow(0, "", "", "")), objective == null ? "" : objective, "1", "1", "");
    }

    /** The form filled from a question as stored. */
    public static QuestionForm of(Question q) {
        Map<String, String> feedback = new LinkedHashMap<>();
        List<ChoiceRow> rows = new ArrayList<>();
        String answer = "";
        String verdict = "";
        switch (q.type()) {
            case SINGLE, MULTIPLE, ORDERING -> {
                for (Choice c : q.choices()) {
                    rows.add(new ChoiceRow(rows.size(), rowPrefix(q.type()), nz(c.id()), nz(c.text()), c.correct(), nz(c.feedback())));
                }
            }
            case TRUE_FALSE -> {
                answer = q.choice("true").map(c -> c.correct() ? "true" : "false").orElse("");
                if (q.choices().stream().noneMatch(Choice::correct)) {
                    answer = "";
                }
                q.choices().forEach(c -> feedback.put(c.id(), nz(c.feedback())));
            }
            case CLAIM_CHECK -> {
                verdict = q.verdict() == null ? "" : q.verdict().key();
                q.choices().forEach(c -> feedback.put(c.id(), nz(c.feedback())));
            }
        }
        List<EvidenceRow> evidence = new ArrayList<>();
        for (Evidence e : q.evidence()) {
            evidence.add(new EvidenceRow(evidence.size(), nz(e.source()), nz(e.locator()), nz(e.note())));
        }
        return new QuestionForm(false, q.type(), nz(q.id()), nz(q.stem()), nz(q.claim()), verdict, answer, feedback, rows,
                nz(q.explanation()), evidence, nz(q.objective()), String.valueOf(q.difficulty()), String.valueOf(q.points()),
                String.join(", ", q.tags()));
    }

    /**
     * The form as posted. Rows ticked "remove" are dropped; a choice with text but no id gets the next free
     * letter, so that a teacher need not invent ids. {@code fixedId} is the question's id when it exists
     * already: ids are stable, attempts refer to them.
     */
    public static QuestionForm parse(FormFields f, QuestionType type, String fixedId) {
        boolean isNew = fixedId == null;
        String prefix = rowPrefix(type);
        List<ChoiceRow> rows = new ArrayList<>();
        if (hasRows(type)) {
            int n = f.count(prefix + "Count", MAX_ROWS);
            for (int i = 0; i < n; i++) {
                if (f.checked(FormFields.row(prefix, i, "remove"))) {
                    continue;
                }
                rows.add(new ChoiceRow(rows.size(), prefix, f.text(FormFields.row(prefix, i, "id")),
                        f.text(FormFields.row(prefix, i, "text")), type != QuestionType.ORDERING && f.checked(FormFields.row(prefix, i, "correct")),
                        f.text(FormFields.row(prefix, i, "feedback"))));
            }
            rows = withChoiceIds(rows);
        }
        Map<String, String> feedback = new LinkedHashMap<>();
        for (String key : feedbackKeys(type)) {
            feedback.put(key, f.text("feedback-" + key));
        }
        List<EvidenceRow> evidence = new ArrayList<>();
        int n = f.count("evidenceCount", MAX_ROWS);
        for (int i = 0; i < n; i++) {
            if (!f.checked(FormFields.row("evidence", i, "remove"))) {
                evidence.add(new EvidenceRow(evidence.size(), f.text(FormFields.row("evidence", i, "source")),
                        f.text(FormFields.row("evidence", i, "locator")), f.text(FormFields.row("evidence", i, "note"))));
            }
        }
        return new QuestionForm(isNew, type, isNew ? f.text("id") : fixedId, f.text("stem"), f.text("claim"), f.text("verdict"),
                f.text("answer"), feedback, rows, f.text("explanation"), evidence, f.text("objective"), f.text("difficulty"),
                f.text("points"), f.text("tags"));
    }

    /** The same form with one more empty choice (or item) row: the no-JavaScript "Add a choice" button. */
    public QuestionForm withExtraChoice() {
        if (!hasRows(type) || choices.size() >= MAX_ROWS) {
            return this;
        }
        List<ChoiceRow> rows = new ArrayList<>(choices);
        rows.add(new ChoiceRow(rows.size(), rowPrefix(type), "", "", false, ""));
        return new QuestionForm(isNew, type, id, stem, claim, verdict, answer, feedback, rows, explanation, evidence, objective,
                difficulty, points, tags);
    }

    /** The rows after a row button or a drag ({@link RowAction}), numbered again in their new order; call when the action fits. */
    public QuestionForm withRows(RowAction action) {
        return withChoices(action.apply(choices));
    }

    private QuestionForm withChoices(List<ChoiceRow> rows) {
        List<ChoiceRow> numbered = new ArrayList<>();
        for (ChoiceRow r : rows) {
            numbered.add(new ChoiceRow(numbered.size(), r.prefix(), r.id(), r.text(), r.correct(), r.feedback()));
        }
        return new QuestionForm(isNew, type, id, stem, claim, verdict, answer, feedback, numbered, explanation, evidence, objective,
                difficulty, points, tags);
    }

    public QuestionForm withExtraEvidence() {
        if (evidence.size() >= MAX_ROWS) {
            return this;
        }
        List<EvidenceRow> rows = new ArrayList<>(evidence);
        rows.add(new EvidenceRow(rows.size(), "", "", ""));
        return new QuestionForm(isNew, type, id, stem, claim, verdict, answer, feedback, choices, explanation, rows, objective,
                difficulty, points, tags);
    }

    // ---- rules -----------------------------------------------------------------------------------

    /** Every problem of the form, by field name; empty when the question can be written. */
    public FormErrors validate(Context ctx) {
        FormErrors errors = FormErrors.none();
        if (isNew) {
            if (id.isEmpty()) {
                errors.add("id", UiText.teach(t -> t.errQuestionIdNeeded()));
            } else if (!Ids.isNewId(id)) {
                errors.add("id", UiText.teach(t -> t.errIdForm()));
            } else if (RESERVED_IDS.contains(id)) {
                errors.add("id", UiText.teach(t -> t.errReservedId(id)));
            } else if (ctx.questionIds().contains(id)) {
                errors.add("id", UiText.teach(t -> t.errQuestionExists(id)));
            }
        }
        if (type != QuestionType.CLAIM_CHECK && stem.isEmpty()) {
            errors.add("stem", UiText.teach(t -> t.errStem()));
        }
        switch (type) {
            case SINGLE, MULTIPLE -> checkChoices(errors);
            case ORDERING -> checkItems(errors);
            case TRUE_FALSE -> {
                if (!answer.equals("true") && !answer.equals("false")) {
                    errors.add("answer", UiText.teach(t -> t.errTrueOrFalse()));
                }
            }
            case CLAIM_CHECK -> {
                if (claim.isEmpty()) {
                    errors.add("claim", UiText.teach(t -> t.errClaim()));
                }
                if (Verdict.fromKey(verdict).isEmpty()) {
                    errors.add("verdict", UiText.teach(t -> t.errVerdict()));
                }
            }
        }
        if (explanation.isEmpty()) {
            errors.add("explanation", UiText.teach(t -> t.errExplanation()));
        }
        checkEvidence(errors, ctx);
        if (objective.isEmpty()) {
            errors.add("objective", UiText.teach(t -> t.errQuestionObjective()));
        } else if (!ctx.objectiveIds().contains(objective)) {
            errors.add("objective", UiText.teach(t -> t.errNoObjective(objective)));
        }
        checkNumber(errors, "difficulty", difficulty, 1, MAX_DIFFICULTY, UiText.teach(t -> t.errDifficulty()));
        checkNumber(errors, "points", points, 1, MAX_POINTS, UiText.teach(t -> t.errPoints()));
        return errors;
    }

    private void checkChoices(FormErrors errors) {
        List<ChoiceRow> filled = filledChoices();
        for (ChoiceRow row : filled) {
            if (row.text().isEmpty()) {
                errors.add(row.name("text"), UiText.teach(t -> t.errChoiceText()));
            }
        }
        checkRowIds(errors, filled);
        if (filled.size() < 2) {
            errors.add("choices", UiText.teach(t -> t.errTwoChoices(typeName(t, type))));
            return;
        }
        long correct = filled.stream().filter(ChoiceRow::correct).count();
        if (type == QuestionType.SINGLE && correct != 1) {
            errors.add("choices", UiText.teach(t -> t.errExactlyOne(correct)));
        }
        if (type == QuestionType.MULTIPLE && correct < 1) {
            errors.add("choices", UiText.teach(t -> t.errAtLeastOneCorrect()));
        }
    }

    private void checkItems(FormErrors errors) {
        List<ChoiceRow> filled = filledChoices();
        for (ChoiceRow row : filled) {
            if (row.text().isEmpty()) {
                errors.add(row.name("text"), UiText.teach(t -> t.errItemText()));
            }
        }
        checkRowIds(errors, filled);
        if (filled.size() < 2) {
            errors.add("items", UiText.teach(t -> t.errTwoItems()));
        }
    }

    private static void checkRowIds(FormErrors errors, List<ChoiceRow> rows) {
        Set<String> seen = new HashSet<>();
        for (ChoiceRow row : rows) {
            if (!Ids.isChoiceId(row.id())) {
                errors.add(row.name("id"), UiText.teach(t -> t.errRowIdChars()));
            } else if (!seen.add(row.id())) {
                errors.add(row.name("id"), UiText.teach(t -> t.errRowIdTaken(row.id())));
            }
        }
    }

    private void checkEvidence(FormErrors errors, Context ctx) {
        List<EvidenceRow> filled = filledEvidence();
        if (filled.isEmpty()) {
            errors.add("evidence", UiText.teach(t -> t.errEvidenceNeeded()));
        }
        for (EvidenceRow row : filled) {
            checkEvidence(errors, row, ctx.sourceIds(), row::name);
        }
    }

    /** One evidence item's fields, reported under {@code fieldName.apply("source")} and so on. */
    static void checkEvidence(FormErrors errors, EvidenceRow row, Set<String> sourceIds, Function<String, String> fieldName) {
        if (row.source().isEmpty()) {
            errors.add(fieldName.apply("source"), UiText.teach(t -> t.errEvidenceSource()));
        } else if (!sourceIds.contains(row.source())) {
            errors.add(fieldName.apply("source"), UiText.teach(t -> t.errNoSource(row.source())));
        }
        if (row.locator().isEmpty()) {
            errors.add(fieldName.apply("locator"), UiText.teach(t -> t.errLocator()));
        }
        if (row.note().isEmpty()) {
            errors.add(fieldName.apply("note"), UiText.teach(t -> t.errNote()));
        }
    }

    /** The name of a question type in the reader's language. */
    static String typeName(TeachMessages m, QuestionType type) {
        return switch (type) {
            case SINGLE -> m.typeSingle();
            case MULTIPLE -> m.typeMultiple();
            case TRUE_FALSE -> m.typeTrueFalse();
            case CLAIM_CHECK -> m.typeClaimCheck();
            case ORDERING -> m.typeOrdering();
            case EVIDENCE_CHOICE -> m.typeEvidenceChoice();
        };
    }

    static void checkNumber(FormErrors errors, String field, String value, int min, int max, UiText message) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                errors.add(field, message);
            }
        } catch (NumberFormatException e) {
            errors.add(field, message);
        }
    }

    // ---- the record ------------------------------------------------------------------------------

    /** The question this form describes; call only when {@link #validate} found nothing. */
    public Question toQuestion() {
        List<Choice> out = new ArrayList<>();
        Verdict v = null;
        switch (type) {
            case SINGLE, MULTIPLE -> filledChoices().forEach(r -> out.add(new Choice(r.id(), r.text(), r.correct(), nullIfBlank(r.feedback()))));
            case ORDERING -> filledChoices().forEach(r -> out.add(new Choice(r.id(), r.text(), true, null)));
            case TRUE_FALSE -> {
                out.add(new Choice("true", "True", answer.equals("true"), nullIfBlank(feedback.get("true"))));
                out.add(new Choice("false", "False", answer.equals("false"), nullIfBlank(feedback.get("false"))));
            }
            case CLAIM_CHECK -> {
                v = Verdict.fromKey(verdict).orElseThrow();
                for (Verdict each : Verdict.values()) {
                    out.add(new Choice(each.key(), each.label(), each == v, nullIfBlank(feedback.get(each.key()))));
                }
            }
        }
        List<Evidence> ev = filledEvidence().stream().map(r -> new Evidence(r.source(), r.locator(), r.note())).toList();
        // a claim-check question without a stem takes the reader's default ("Does the record support this claim?")
        String stemOut = type == QuestionType.CLAIM_CHECK && stem.isEmpty() ? null : stem;
        return new Question(id, type, stemOut, type == QuestionType.CLAIM_CHECK ? claim : null, v, out, explanation, ev, objective,
                Integer.parseInt(difficulty), Integer.parseInt(points), tagList());
    }

    public List<String> tagList() {
        return tagList(tags);
    }

    /** Tags as the teacher types them: separated by commas or spaces. */
    static List<String> tagList(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    // ---- for the template ------------------------------------------------------------------------

    public boolean hasChoices() {
        return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE;
    }

    public boolean isOrdering() {
        return type == QuestionType.ORDERING;
    }

    public boolean isTrueFalse() {
        return type == QuestionType.TRUE_FALSE;
    }

    public boolean isClaimCheck() {
        return type == QuestionType.CLAIM_CHECK;
    }

    /** {@code choice} or {@code item}: the field prefix of this question's rows. */
    public String rowPrefix() {
        return rowPrefix(type);
    }

    public List<SelectOption> difficultyOptions() {
        TeachMessages t = UiText.Bundles.current(TeachMessages.class);
        return List.of(new SelectOption("1", t.difficulty1()), new SelectOption("2", t.difficulty2()),
                new SelectOption("3", t.difficulty3()));
    }

    public String feedbackFor(String key) {
        return feedback.getOrDefault(key, "");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private List<ChoiceRow> filledChoices() {
        return choices.stream().filter(r -> !r.isBlank()).toList();
    }

    private List<EvidenceRow> filledEvidence() {
        return evidence.stream().filter(r -> !r.isBlank()).toList();
    }

    private static List<ChoiceRow> withChoiceIds(List<ChoiceRow> rows) {
        Set<String> used = new HashSet<>();
        rows.forEach(r -> used.add(r.id()));
        List<ChoiceRow> out = new ArrayList<>();
        for (ChoiceRow r : rows) {
            if (r.id().isEmpty() && !r.text().isEmpty()) {
                String next = nextId(used);
                used.add(next);
                r = new ChoiceRow(r.index(), r.prefix(), next, r.text(), r.correct(), r.feedback());
            }
            out.add(r);
        }
        return out;
    }

    /** a, b, ... z, then c27, c28, ... */
    static String nextId(Set<String> used) {
        for (char c = 'a'; c <= 'z'; c++) {
            if (!used.contains(String.valueOf(c))) {
                return String.valueOf(c);
            }
        }
        for (int i = 27; ; i++) {
            if (!used.contains("c" + i)) {
                return "c" + i;
            }
        }
    }

    private static boolean hasRows(QuestionType type) {
        return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE || type == QuestionType.ORDERING;
    }

    private static String rowPrefix(QuestionType type) {
        return type == QuestionType.ORDERING ? "item" : "choice";
    }

    static List<String> feedbackKeys(QuestionType type) {
        return switch (type) {
            case TRUE_FALSE -> List.of("true", "false");
            case CLAIM_CHECK -> Arrays.stream(Verdict.values()).map(Verdict::key).toList();
            default -> List.of();
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

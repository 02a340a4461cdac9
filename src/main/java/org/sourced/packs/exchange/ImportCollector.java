package org.sourced.packs.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.ResponseFeedback;
import org.sourced.packs.format.Source;
import org.sourced.packs.format.Verdict;

/**
 * Turns drafts into questions the same way for every format: metadata, ids, type checks, and a problem for
 * everything that does not fit, so that nothing is dropped in silence.
 */
final class ImportCollector {

    static final String DEFAULT_OBJECTIVE = "imported";
    static final int DEFAULT_DIFFICULTY = 2;
    private static final String CLAIM_CHECK = SourcedMetadata.CLAIM_CHECK_TAG;

    private record Placed(Question question, int line, String where) {
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Placed> questions = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    private final Map<String, String> objectiveTitles = new LinkedHashMap<>();
    private PackMetadata pack;

    /** Sourced's pack metadata; the first block a file holds counts, a second one is reported. */
    void pack(PackMetadata metadata, Map<String, String> titles, int line, String where) {
        if (pack != null) {
            problem(line, where, "a second [sourced:pack] block; the first one is kept");
            return;
        }
        pack = metadata;
        objectiveTitles.putAll(titles);
    }

    /** The title of an objective the file names (a category path, a test section); the first one holds. */
    void objectiveTitle(String id, String title) {
        if (title != null && !title.isBlank()) {
            objectiveTitles.putIfAbsent(id, title.strip());
        }
    }

    void problem(int line, String where, String message) {
        problems.add(new ImportProblem(line, where == null ? message : where + ": " + message));
    }

    void problem(Draft d, String message) {
        problem(d.line, d.where, message);
    }

    void source(Source source, int line, String where) {
        Source known = sources.putIfAbsent(source.id(), source);
        if (known != null && !known.equals(source)) {
            problem(line, where, "source \"" + source.id() + "\" is described twice, differently; the first one is kept");
        }
    }

    /** Checks and adds a draft; a draft that cannot become a question is reported and left out. */
    void add(Draft d) {
        List<String> choiceIds = choiceIds(d);
        QuestionType type = d.type;
        Verdict verdict = null;
        boolean markedClaimCheck = d.metaType == QuestionType.CLAIM_CHECK
                || d.tags.stream().anyMatch(CLAIM_CHECK::equalsIgnoreCase);
        if (type == QuestionType.SINGLE && markedClaimCheck) {
            List<String> verdictIds = verdictIds(d, choiceIds);
            if (verdictIds != null) {
                type = QuestionType.CLAIM_CHECK;
                choiceIds = verdictIds;
            } else {
                problem(d, "marked claim-check, but its choices are not the three verdicts (" + verdictLabels()
                        + "); imported as a single-choice question");
            }
        }
        if (type == QuestionType.SINGLE && (d.metaType == QuestionType.TRUE_FALSE || Set.copyOf(choiceIds).equals(Set.of("true", "false")))) {
            List<String> trueFalseIds = trueFalseIds(d, choiceIds);
            if (trueFalseIds != null) {
                type = QuestionType.TRUE_FALSE;
                choiceIds = trueFalseIds;
            }
        }
        if (d.metaType == QuestionType.EVIDENCE_CHOICE && (type == QuestionType.MULTIPLE || type == QuestionType.SINGLE)) {
            if (d.metaChoiceEvidence != null && d.metaChoiceEvidence.size() == d.choices.size()
                    && d.metaChoiceEvidence.stream().anyMatch(java.util.Objects::nonNull)) {
                type = QuestionType.EVIDENCE_CHOICE;
            } else {
                problem(d, "marked evidence-choice, but [sourced:choice-evidence] does not give one entry per choice; imported as a "
                        + (type == QuestionType.SINGLE ? "single-choice" : "multiple-answer") + " question");
            }
        }
        if (!checkChoices(d, type)) {
            return;
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < d.choices.size(); i++) {
            Draft.DraftChoice c = d.choices.get(i);
            Evidence cited = type == QuestionType.EVIDENCE_CHOICE ? d.metaChoiceEvidence.get(i) : null;
            // an evidence choice's words are its note; the text an LMS showed is the passage written out
            choices.add(cited != null ? new Choice(choiceIds.get(i), cited.note(), c.correct(), c.feedback(), cited)
                    : new Choice(choiceIds.get(i), c.text(), type == QuestionType.ORDERING || c.correct(), c.feedback()));
        }
        String stem = Draft.blankToNull(d.text);
        String claim = null;
        if (type == QuestionType.EVIDENCE_CHOICE) {
            ClaimText.Split split = ClaimText.split(d.text);
            if (split.stem() != null && split.claim() != null) {
                stem = split.stem();
                claim = split.claim();
            }
        }
        if (type == QuestionType.CLAIM_CHECK) {
            ClaimText.Split split = ClaimText.split(d.text);
            stem = split.stem();
            claim = split.claim();
            verdict = choices.stream().filter(Choice::correct).findFirst().flatMap(c -> Verdict.fromKey(c.id())).orElse(null);
            if (claim == null) {
                problem(d, "a claim-check question without a claim; skipped");
                return;
            }
        } else if (stem == null) {
            problem(d, "the question has no text; skipped");
            return;
        }
        List<String> tags = new ArrayList<>(d.tags);
        if (type == QuestionType.CLAIM_CHECK) {
            tags.removeIf(CLAIM_CHECK::equalsIgnoreCase);
        }
        String objective = d.metaObjective != null ? d.metaObjective
                : !Slugs.slug(d.category).isEmpty() ? Slugs.slug(d.category) : DEFAULT_OBJECTIVE;
        Question question = new Question(questionId(d), type, stem, claim, verdict, choices,
                Draft.blankToNull(d.explanation), d.evidence, objective,
                d.difficulty == null ? DEFAULT_DIFFICULTY : d.difficulty, d.points == null ? 1 : d.points, tags,
                new ResponseFeedback(d.onCorrect, d.onPartial, d.onIncorrect, d.hints));
        questions.add(new Placed(question, d.line, d.where));
    }

    ImportResult result(String title) {
        for (Placed p : questions) {
            Set<String> reported = new HashSet<>();
            List<Evidence> cited = new ArrayList<>(p.question().evidence());
            p.question().choices().stream().map(Choice::evidence).filter(java.util.Objects::nonNull).forEach(cited::add);
            for (Evidence e : cited) {
                if (!sources.containsKey(e.source()) && reported.add(e.source())) {
                    problem(p.line(), p.where(), "question \"" + p.question().id() + "\": evidence cites source \""
                            + e.source() + "\", which the file does not describe");
                }
            }
        }
        return new ImportResult(Draft.blankToNull(title), questions.stream().map(Placed::question).toList(),
                List.copyOf(sources.values()), problems, objectiveTitles, pack);
    }

    private boolean checkChoices(Draft d, QuestionType type) {
        long correct = d.choices.stream().filter(Draft.DraftChoice::correct).count();
        if (d.choices.size() < 2) {
            problem(d, "a question needs at least 2 choices, this one has " + d.choices.size() + "; skipped");
            return false;
        }
        if ((type == QuestionType.SINGLE || type == QuestionType.TRUE_FALSE || type == QuestionType.CLAIM_CHECK) && correct != 1) {
            problem(d, correct == 0
                    ? "no right answer; skipped"
                    : correct + " right answers in a single-answer question; skipped (give right answers a weight such as %50% to make a multiple-answer question)");
            return false;
        }
        if ((type == QuestionType.MULTIPLE || type == QuestionType.EVIDENCE_CHOICE) && correct == 0) {
            problem(d, "no right answer: no choice has a positive weight; skipped");
            return false;
        }
        return true;
    }

    /** Ids from metadata when they fit, else the file's own, else a, b, c. */
    private List<String> choiceIds(Draft d) {
        int n = d.choices.size();
        if (d.metaChoiceIds != null) {
            if (d.metaChoiceIds.size() == n && d.metaChoiceIds.stream().allMatch(Ids::isChoiceId)
                    && Set.copyOf(d.metaChoiceIds).size() == n) {
                return d.metaChoiceIds;
            }
            problem(d, "metadata [sourced:choice-ids] does not match the " + n + " choices; ignored");
        }
        List<String> own = d.choices.stream().map(Draft.DraftChoice::id).toList();
        if (own.stream().allMatch(Ids::isChoiceId) && new HashSet<>(own).size() == n) {
            return own;
        }
        if (own.stream().allMatch(java.util.Objects::nonNull)) {
            List<String> mapped = own.stream().map(Slugs::fromIdentifier).toList();
            if (mapped.stream().allMatch(Ids::isChoiceId) && new HashSet<>(mapped).size() == n) {
                for (int i = 0; i < n; i++) {
                    if (!own.get(i).equals(mapped.get(i))) {
                        problem(d, "choice id \"" + own.get(i) + "\" is not a pack choice id; it is \"" + mapped.get(i) + "\" here");
                    }
                }
                return mapped;
            }
            problem(d, "the choice identifiers " + own + " cannot be pack choice ids; the choices are a, b, c... here");
        }
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            letters.add(Slugs.letter(i));
        }
        return letters;
    }

    /** The verdict of each choice, by id or by label, or null when the choices are not the three verdicts. */
    private static List<String> verdictIds(Draft d, List<String> ids) {
        if (d.choices.size() != 3) {
            return null;
        }
        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = ids.get(i);
            String text = d.choices.get(i).text().strip();
            String found = Verdict.fromKey(id).map(Verdict::key).orElse(null);
            for (Verdict v : Verdict.values()) {
                if (found == null && (v.label().equalsIgnoreCase(text) || v.key().equalsIgnoreCase(text))) {
                    found = v.key();
                }
            }
            verdicts.add(found);
        }
        return verdicts.contains(null) || Set.copyOf(verdicts).size() != 3 ? null : verdicts;
    }

    private static List<String> trueFalseIds(Draft d, List<String> ids) {
        if (d.choices.size() != 2) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = ids.get(i).toLowerCase(Locale.ROOT);
            String text = d.choices.get(i).text().strip().toLowerCase(Locale.ROOT);
            result.add(id.equals("true") || id.equals("false") ? id : text.equals("true") || text.equals("false") ? text : null);
        }
        return result.contains(null) || Set.copyOf(result).size() != 2 ? null : result;
    }

    private String questionId(Draft d) {
        String base;
        if (d.id != null && Ids.isId(d.id)) {
            base = d.id;
        } else if (d.id != null && !Slugs.fromIdentifier(d.id).isEmpty()) {
            base = Slugs.fromIdentifier(d.id);
            problem(d, "id \"" + d.id + "\" is not a pack id (lower-case letters, digits, . _ -); it is \"" + base
                    + "\" here, and will be on every import of this file");
        } else if (!Slugs.slug(d.title).isEmpty()) {
            base = Slugs.slug(d.title);
        } else {
            base = "q-" + d.ordinal;
        }
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        if (!id.equals(base) && d.id != null) {
            problem(d, "id \"" + base + "\" is used twice; this question is \"" + id + "\"");
        }
        return id;
    }

    private static String verdictLabels() {
        return String.join(", ", java.util.Arrays.stream(Verdict.values()).map(Verdict::label).toList());
    }
}

package org.sourced.disputes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.Verdict;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * What a decision changes in one question, as a plain rule: a <em>clarification</em> rewrites the explanation or
 * evidence and must leave the key and points alone; a <em>correction</em> changes the key or the points (and may
 * rewrite the explanation and evidence too). Every type answers with choice ids, so a key is a list of them: the
 * right choice(s); {@code true} or {@code false}; a verdict ({@code supported}, {@code refuted},
 * {@code not-in-evidence}); for ordering, every item in the right order.
 */
public final class KeyChange {

    /** The change a teacher asks for; null fields stay as they are. */
    public record Change(String summary, List<String> key, Integer points, String explanation, List<Evidence> evidence) {
    }

    /** The changed question, and what changed in a sentence for the erratum (the teacher's own, or made here). */
    public record Applied(Question question, String what, boolean scoringChanged) {
    }

    private KeyChange() {
    }

    /** Applies {@code change} to {@code q}; a 422 when it does not fit the decision or the question. */
    public static Applied apply(Question q, Change change, boolean correction, Set<String> sourceIds) {
        if (change == null) {
            throw refuse(InvalidField.FORM, UiText.dispute(d -> d.errChangeMissing()));
        }
        List<String> parts = new ArrayList<>();
        List<Choice> choices = q.choices();
        Verdict verdict = q.verdict();
        if (change.key() != null && !change.key().equals(key(q))) {
            choices = rekey(q, change.key());
            if (q.type() == org.sourced.packs.format.QuestionType.CLAIM_CHECK) {
                verdict = Verdict.fromKey(change.key().get(0)).orElseThrow();
            }
            parts.add("key " + String.join(" ", key(q)) + " → " + String.join(" ", change.key()));
        }
        int points = q.points();
        if (change.points() != null && change.points() != q.points()) {
            if (change.points() < 1 || change.points() > 100) {
                throw refuse("points", UiText.dispute(d -> d.errPointsRange()));
            }
            points = change.points();
            parts.add("points " + q.points() + " → " + points);
        }
        boolean scoringChanged = !parts.isEmpty();
        if (scoringChanged && !correction) {
            throw refuse("decision", UiText.dispute(d -> d.errClarifyChangesKey()));
        }
        if (!scoringChanged && correction) {
            throw refuse("decision", UiText.dispute(d -> d.errCorrectKeepsKey()));
        }
        String explanation = q.explanation();
        if (change.explanation() != null && !change.explanation().isBlank() && !change.explanation().strip().equals(q.explanation())) {
            explanation = change.explanation().strip();
            parts.add("explanation rewritten");
        }
        List<Evidence> evidence = q.evidence();
        if (change.evidence() != null && !change.evidence().isEmpty() && !change.evidence().equals(q.evidence())) {
            for (Evidence e : change.evidence()) {
                if (e.source() == null || !sourceIds.contains(e.source())) {
                    String source = Objects.toString(e.source());
                    throw refuse("evidence", UiText.dispute(d -> d.errNoSuchSource(source)));
                }
            }
            evidence = change.evidence();
            parts.add("evidence rewritten");
        }
        if (parts.isEmpty()) {
            throw refuse(InvalidField.FORM, UiText.dispute(d -> d.errChangesNothing()));
        }
        Question changed = new Question(q.id(), q.type(), q.stem(), q.claim(), verdict, choices, explanation, evidence, q.objective(),
                q.difficulty(), points, q.tags(), q.responseFeedback());
        String what = change.summary() != null && !change.summary().isBlank() ? change.summary().strip()
                : q.id() + ": " + String.join("; ", parts);
        return new Applied(changed, what, scoringChanged);
    }

    /** The key as choice ids: the right ones, or for ordering the items in order. */
    public static List<String> key(Question q) {
        return q.type() == org.sourced.packs.format.QuestionType.ORDERING ? q.correctOrder() : List.copyOf(q.correctChoiceIds());
    }

    private static List<Choice> rekey(Question q, List<String> key) {
        Set<String> ids = q.choices().stream().map(Choice::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> wanted = new HashSet<>(key);
        String given = String.join(" ", key);
        if (wanted.size() != key.size() || !ids.containsAll(wanted)) {
            throw refuse("key", UiText.dispute(d -> d.errKeyNotChoices(given, String.join(" ", ids))));
        }
        switch (q.type()) {
            case SINGLE, TRUE_FALSE, CLAIM_CHECK -> {
                if (key.size() != 1) {
                    throw refuse("key", UiText.dispute(d -> d.errKeyOne(given)));
                }
                return q.choices().stream().map(c -> withCorrect(c, wanted.contains(c.id()))).toList();
            }
            case MULTIPLE, EVIDENCE_CHOICE -> {
                if (key.isEmpty()) {
                    throw refuse("key", UiText.dispute(d -> d.errKeyOne(given)));
                }
                return q.choices().stream().map(c -> withCorrect(c, wanted.contains(c.id()))).toList();
            }
            case ORDERING -> {
                if (!wanted.equals(ids)) {
                    throw refuse("key", UiText.dispute(d -> d.errKeyOrder(String.join(" ", ids))));
                }
                Map<String, Choice> byId = q.choices().stream().collect(Collectors.toMap(Choice::id, Function.identity()));
                return key.stream().map(byId::get).toList();
            }
            default -> throw refuse("key", UiText.dispute(d -> d.errKeyType(q.type().key())));
        }
    }

    private static Choice withCorrect(Choice c, boolean correct) {
        return c.withCorrect(correct);
    }

    private static UserError refuse(String field, UiText text) {
        return new InvalidField(field, text);
    }
}

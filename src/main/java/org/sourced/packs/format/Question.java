package org.sourced.packs.format;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One question of a pack, normalised so that every type answers with choice ids:
 * <ul>
 *   <li>single, multiple: the choices as written;</li>
 *   <li>true-false: two choices, {@code true} and {@code false};</li>
 *   <li>claim-check: {@code claim} and {@code verdict}; three choices, one per {@link Verdict};</li>
 *   <li>ordering: the choices are the items in the right order;</li>
 *   <li>evidence-choice: the choices as written, each an evidence entry ({@link Choice#evidence()}) or plain text;
 *   {@code claim} optional; one or more correct, answered and scored as a multiple-answer item.</li>
 * </ul>
 */
public record Question(
        String id,
        QuestionType type,
        String stem,
        String claim,
        Verdict verdict,
        List<Choice> choices,
        String explanation,
        List<Evidence> evidence,
        String objective,
        int difficulty,
        int points,
        List<String> tags,
        ResponseFeedback responseFeedback) {

    public Question {
        choices = List.copyOf(choices);
        evidence = List.copyOf(evidence);
        tags = List.copyOf(tags);
        responseFeedback = responseFeedback == null ? ResponseFeedback.NONE : responseFeedback;
    }

    /** A question without response feedback or hints (everything but LMS imports). */
    public Question(String id, QuestionType type, String stem, String claim, Verdict verdict, List<Choice> choices,
                    String explanation, List<Evidence> evidence, String objective, int difficulty, int points,
                    List<String> tags) {
        this(id, type, stem, claim, verdict, choices, explanation, evidence, objective, difficulty, points, tags,
                ResponseFeedback.NONE);
    }

    /** The same question with other response feedback and hints. */
    public Question withResponseFeedback(ResponseFeedback feedback) {
        return new Question(id, type, stem, claim, verdict, choices, explanation, evidence, objective, difficulty, points,
                tags, feedback);
    }

    /** The same question with another explanation of its key and other evidence for it. */
    public Question withBacking(String otherExplanation, List<Evidence> otherEvidence) {
        return new Question(id, type, stem, claim, verdict, choices, otherExplanation, otherEvidence, objective, difficulty, points,
                tags, responseFeedback);
    }

    /** The same question with another objective, difficulty, points and tags (what a bulk action sets). */
    public Question withFiling(String otherObjective, int otherDifficulty, int otherPoints, List<String> otherTags) {
        return new Question(id, type, stem, claim, verdict, choices, explanation, evidence, otherObjective, otherDifficulty,
                otherPoints, otherTags, responseFeedback);
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }

    public Set<String> correctChoiceIds() {
        return choices.stream().filter(Choice::correct).map(Choice::id)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** For ordering items: the choice ids in the right order. */
    public List<String> correctOrder() {
        return choices.stream().map(Choice::id).toList();
    }
}

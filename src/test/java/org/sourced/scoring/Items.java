package org.sourced.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Verdict;

/** Builds questions and answers for scoring tests; only what scoring reads is filled in. */
final class Items {

    private Items() {
    }

    static Question question(QuestionType type, int points, List<Choice> choices) {
        return new Question("q-" + type.key(), type, "stem", null, null, choices, "why", List.of(),
                "objective", 1, points, List.of());
    }

    /** A single-answer item whose first id is the key. */
    static Question single(int points, String key, String... others) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(key, key, true, null));
        for (String id : others) {
            choices.add(new Choice(id, id, false, null));
        }
        return question(QuestionType.SINGLE, points, choices);
    }

    static Question multiple(int points, Set<String> key, String... ids) {
        List<Choice> choices = Arrays.stream(ids).map(id -> new Choice(id, id, key.contains(id), null)).toList();
        return question(QuestionType.MULTIPLE, points, choices);
    }

    static Question trueFalse(int points, boolean answer) {
        return question(QuestionType.TRUE_FALSE, points, List.of(
                new Choice("true", "True", answer, null),
                new Choice("false", "False", !answer, null)));
    }

    static Question claimCheck(int points, Verdict verdict) {
        List<Choice> choices = Arrays.stream(Verdict.values())
                .map(v -> new Choice(v.key(), v.label(), v == verdict, null)).toList();
        return new Question("q-claim", QuestionType.CLAIM_CHECK, null, "a claim", verdict, choices, "why",
                List.of(), "objective", 1, points, List.of());
    }

    /** An ordering item; the ids are given in the right order. */
    static Question ordering(int points, String... itemsInOrder) {
        List<Choice> choices = Arrays.stream(itemsInOrder).map(id -> new Choice(id, id, true, null)).toList();
        return question(QuestionType.ORDERING, points, choices);
    }

    static Answer pick(String... ids) {
        return new Answer(List.of(ids), null);
    }

    static Answer sure(int certainty, String... ids) {
        return new Answer(List.of(ids), certainty);
    }

    /** The answer that earns full credit. */
    static List<String> key(Question q) {
        return q.type() == QuestionType.ORDERING ? q.correctOrder() : List.copyOf(q.correctChoiceIds());
    }
}

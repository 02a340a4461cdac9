package org.sourced.disputes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.sourced.packs.format.Question;
import org.sourced.scoring.Answer;
import org.sourced.scoring.AttemptScore;
import org.sourced.scoring.ItemScore;
import org.sourced.scoring.ScoredItem;
import org.sourced.scoring.Scoring;
import org.sourced.scoring.ScoringRules;

/**
 * An attempt scored again with one question replaced by its corrected version, by the scoring rules themselves
 * ({@link Scoring}): the corrected question is marked afresh from the stored answer, every other item keeps the
 * mark it was given, and the total is added up as at submission (floored at 0).
 */
public final class Rescore {

    /** One stored response: what was answered and how it was marked. */
    public record Stored(String questionId, List<String> answer, Integer certainty, boolean answered, Double points, Double maxPoints,
                         Double fraction, Boolean correct) {
    }

    /** The corrected item's new mark and the attempt's new total. */
    public record Result(ItemScore item, double oldPoints, AttemptScore total) {
    }

    private Rescore() {
    }

    /**
     * @param asked the questions as the attempt asked them (for the objective and maximum of unanswered items)
     */
    public static Result of(Question corrected, List<Stored> responses, Function<String, Question> asked, ScoringRules rules) {
        List<ScoredItem> items = new ArrayList<>();
        ItemScore item = null;
        double oldPoints = 0;
        for (Stored r : responses) {
            if (r.questionId().equals(corrected.id())) {
                Answer answer = r.answered() ? new Answer(r.answer(), r.certainty()) : Answer.unanswered();
                ScoredItem scored = Scoring.scored(corrected, answer, rules);
                // keep the certainty as stored: Scoring.scored would fill a missing one, which the submitted total did not count
                items.add(new ScoredItem(corrected.id(), corrected.objective(), scored.score(), r.certainty()));
                item = scored.score();
                oldPoints = r.answered() && r.points() != null ? r.points() : 0.0;
                continue;
            }
            Question q = asked.apply(r.questionId());
            ItemScore s = r.answered() && r.points() != null
                    ? new ItemScore(r.points(), r.maxPoints(), r.fraction() == null ? 0 : r.fraction(), Boolean.TRUE.equals(r.correct()), true)
                    : Scoring.score(q, Answer.unanswered(), rules);
            items.add(new ScoredItem(q.id(), q.objective(), s, r.certainty()));
        }
        if (item == null) {
            throw new IllegalArgumentException("the attempt did not ask " + corrected.id());
        }
        return new Result(item, oldPoints, Scoring.total(items));
    }
}

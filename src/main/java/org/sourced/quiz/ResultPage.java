package org.sourced.quiz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.sourced.packs.Feedback;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.scoring.AttemptScore;
import org.sourced.scoring.ObjectiveScore;

/** A submitted attempt: the score, by objective, and every question with answer, key, explanation, evidence. */
public record ResultPage(Attempt attempt, PackContent pack, AttemptScore score, List<Item> items, List<ObjectiveRow> objectives,
                         int missed) {

    /** @param answers the picked choices (ids kept, so true/false and verdicts show in the reader's language) */
    public record Item(int position, Question question, List<Choice> answers, boolean answered, double points,
                       double maxPoints, Integer certainty, Feedback feedback) {
    }

    public record ObjectiveRow(String title, ObjectiveScore score) {
    }

    static ResultPage of(AttemptService.State state) {
        AttemptScore score = AttemptService.score(state);
        List<Item> items = new ArrayList<>();
        for (QuestionResponse r : state.responses()) {
            Question q = state.pack().question(r.questionId).orElseThrow();
            List<Choice> answers = r.answerIds().stream().map(id -> q.choice(id).orElse(new Choice(id, id, false, null))).toList();
            double fraction = r.fraction == null ? 0 : r.fraction;
            Feedback feedback = Feedback.of(q, state.pack().manifest(), r.answerIds(), Boolean.TRUE.equals(r.correct), fraction);
            double max = r.maxPoints != null ? r.maxPoints : q.points() * (state.attempt().certainty ? 3 : 1);
            items.add(new Item(r.position, q, answers, r.isAnswered(), r.points == null ? 0 : r.points, max, r.certainty, feedback));
        }
        List<ObjectiveRow> objectives = score.objectives().stream()
                .map(o -> new ObjectiveRow(state.pack().manifest().objective(o.objective()).map(Objective::title).orElse(o.objective()), o))
                .toList();
        return new ResultPage(state.attempt(), state.pack(), score, items, objectives, AttemptService.missed(state).size());
    }

    /** The whole minutes from start to submission (0 before submission). */
    public long minutesTaken() {
        return timeTaken().toMinutes();
    }

    /** The seconds past {@link #minutesTaken()}. */
    public long secondsTaken() {
        return timeTaken().toSecondsPart();
    }

    private Duration timeTaken() {
        return attempt.submittedAt == null ? Duration.ZERO : Duration.between(attempt.startedAt, attempt.submittedAt);
    }
}

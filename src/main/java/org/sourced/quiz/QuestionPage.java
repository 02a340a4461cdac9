package org.sourced.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sourced.packs.Feedback;
import org.sourced.packs.PackLanguages;
import org.sourced.packs.StudentQuestion;
import org.sourced.packs.format.Question;
import org.sourced.web.i18n.Messages;

/** Everything the question page of an attempt shows. The key appears only inside {@code feedback}. */
public record QuestionPage(String attemptId, String packId, String packTitle, String language, int position, int total,
                           StudentQuestion question, List<String> answer, Integer certainty, boolean flagged, Feedback feedback,
                           long nextSeq, String status, boolean practice, boolean certaintyOn, Instant deadline,
                           List<MapItem> map, String notice, List<PackLanguages.Option> languages) {

    /**
     * One square of the question map. {@code label} is its accessible name, in the UI language; it is built in
     * Java because the map repeats it for every question of every page view (docs/benchmarks.md, "Quiz page").
     */
    public record MapItem(int position, boolean answered, boolean flagged, boolean current, String label) {

        /** The square's classes: {@code answered} and {@code flagged} as they apply. */
        public String classes() {
            return (answered ? " answered" : "") + (flagged ? " flagged" : "");
        }
    }

    static QuestionPage of(AttemptService.State state, int position, String notice, Messages messages) {
        QuestionResponse r = state.response(position);
        Question q = state.question(position);
        StudentQuestion shown = StudentQuestion.of(q, AttemptService.presentedOrder(state.attempt().seed, q), state.pack().manifest());
        boolean practice = state.attempt().isPractice();
        Feedback feedback = practice && r.isAnswered()
                ? Feedback.of(q, state.pack().manifest(), r.answerIds(), Boolean.TRUE.equals(r.correct), r.fraction == null ? 0 : r.fraction)
                : null;
        List<MapItem> map = new ArrayList<>();
        for (QuestionResponse each : state.responses()) {
            map.add(new MapItem(each.position, each.isAnswered(), each.flagged, each.position == position,
                    messages.mapItem(each.position, each.isAnswered(), each.flagged)));
        }
        return new QuestionPage(state.attempt().publicId, state.pack().id(), state.pack().manifest().title(),
                state.pack().manifest().language(), position, state.responses().size(), shown, r.answerIds(), r.certainty, r.flagged,
                feedback, state.seq() + 1, state.status(), practice, state.attempt().certainty, state.attempt().deadline, map, notice,
                PackLanguages.options(state.languages(), state.pack().manifest().language()));
    }

    public boolean takesAnswers() {
        return Attempt.IN_PROGRESS.equals(status);
    }

    /** A practice question, once checked, keeps its answer: the feedback has been seen. */
    public boolean locked() {
        return !takesAnswers() || feedback != null;
    }

    public boolean isOverdue() {
        return Attempt.OVERDUE.equals(status);
    }

    /** The stored answer as the form echoes it back, to tell a changed answer from a repeated one. */
    public String shownAnswer() {
        return String.join(",", answer);
    }

    public String fieldPrefix() {
        return "q" + position;
    }

    public boolean hasPrevious() {
        return position > 1;
    }

    public boolean hasNext() {
        return position < total;
    }

    public int answeredCount() {
        return (int) map.stream().filter(MapItem::answered).count();
    }

    public int percentDone() {
        return (int) Math.round(100.0 * position / total);
    }

    public long minutesLeft() {
        if (deadline == null) {
            return -1;
        }
        return Math.max(0, (deadline.getEpochSecond() - Instant.now().getEpochSecond() + 59) / 60);
    }
}

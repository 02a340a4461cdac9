package org.sourced.lessons;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.packs.Feedback;
import org.sourced.packs.StudentQuestion;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.quiz.AnswerForm;
import org.sourced.quiz.draw.Draw;
import org.sourced.scoring.Answer;
import org.sourced.scoring.ItemScore;
import org.sourced.scoring.Scoring;
import org.sourced.scoring.ScoringRules;
import org.sourced.web.i18n.UiLanguage;

/**
 * Grades checkpoint questions inside lessons. Checkpoints are practice for the reader, not a test:
 * nothing is stored, and the key is shown only in the reply to an answer.
 */
@ApplicationScoped
public class Checkpoints {

    /** Checkpoints shuffle ordering items the same way for every reader; the seed only has to be fixed. */
    private static final long CHECKPOINT_SEED = 20_221_123L;

    @Inject
    UiLanguage ui;

    public static StudentQuestion present(Question q) {
        if (q.type() == QuestionType.ORDERING) {
            return StudentQuestion.of(q, Draw.startingOrder(CHECKPOINT_SEED, q.id(), q.correctOrder()));
        }
        return StudentQuestion.of(q);
    }

    public CheckpointResult grade(PackContent pack, Question q, AnswerForm form) {
        List<String> answer;
        try {
            answer = form.answerFor(q);
        } catch (AnswerForm.Invalid e) {
            return new CheckpointResult(List.of(), null, e.localMessage());
        }
        if (answer.isEmpty()) {
            return new CheckpointResult(answer, null, ui.messages().chooseAnswerFirst());
        }
        ItemScore score = Scoring.score(q, new Answer(answer, null), ScoringRules.from(pack.manifest().scoring()));
        return new CheckpointResult(answer, Feedback.of(q, pack.manifest(), answer, score.correct(), score.fraction()), null);
    }
}

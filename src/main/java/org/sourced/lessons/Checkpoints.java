package org.sourced.lessons;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.packs.Feedback;
import org.sourced.packs.StudentQuestion;
import org.sourced.packs.format.Manifest;
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
        return present(q, CHECKPOINT_SEED);
    }

    /**
     * The checkpoint as one student sees it: choices shuffled like a quiz's (quiz.draw), by a seed of the student's
     * own, so the file order of the choices gives nothing away and a reload shows the same order.
     */
    public static StudentQuestion present(Question q, long seed) {
        return present(q, seed, null);
    }

    /** The checkpoint with the sources its evidence choices cite described from {@code manifest}, in the fixed order. */
    public static StudentQuestion present(Question q, Manifest manifest) {
        return present(q, CHECKPOINT_SEED, manifest);
    }

    /** As {@link #present(Question, long)}, the sources its evidence choices cite described from {@code manifest} (may be null). */
    public static StudentQuestion present(Question q, long seed, Manifest manifest) {
        List<String> order = switch (q.type()) {
            case ORDERING -> Draw.startingOrder(seed, q.id(), q.correctOrder());
            case SINGLE, MULTIPLE, EVIDENCE_CHOICE -> Draw.choices(seed, q.id(), q.choices().stream().map(c -> c.id()).toList());
            default -> q.choices().stream().map(c -> c.id()).toList();
        };
        return StudentQuestion.of(q, order, manifest);
    }

    /** The seed of a student's checkpoints: from their learner key when they have a lasting one, else one for everyone. */
    public static long seedFor(java.util.Optional<String> learnerKey) {
        // String.hashCode is fixed by the language specification, so the seed survives restarts
        return learnerKey.map(k -> CHECKPOINT_SEED ^ ((long) k.hashCode() << 16)).orElse(CHECKPOINT_SEED);
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

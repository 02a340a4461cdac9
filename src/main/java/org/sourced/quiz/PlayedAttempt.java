package org.sourced.quiz;

import java.time.Instant;
import java.util.List;

import org.sourced.packs.format.Question;
import org.sourced.scoring.ScoringRules;

/**
 * A quiz a student played somewhere other than the quiz pages (a class's live session), to be kept as one submitted
 * attempt on an assignment, scored by the same rules as any attempt.
 *
 * @param answers one per question asked, in the order asked; a question left unanswered has no choices
 */
public record PlayedAttempt(long accountId, long packVersionId, long assignmentId, ScoringRules rules, Instant started,
                            Instant submitted, List<PlayedAnswer> answers) {

    /** The answer that counts for one question (for a question voted twice, the second vote). */
    public record PlayedAnswer(Question question, List<String> choices, Integer certainty, Instant answeredAt) {
    }
}

package org.sourced.quiz;

import java.util.List;

/**
 * Fired, inside the submitting transaction, when an attempt on an assignment is submitted (once: a second
 * submit fires nothing). The classes feature adds it to the assignment's running statistics.
 *
 * @param score     the attempt's total as stored (floored at 0)
 * @param responses the attempt's responses as scored
 */
public record AttemptSubmitted(long attemptId, long assignmentId, Long accountId, double score, List<QuestionResponse> responses) {
}

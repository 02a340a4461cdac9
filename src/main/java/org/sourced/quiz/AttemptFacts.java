package org.sourced.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sourced.scoring.ScoringRules;

/**
 * The parts of an attempt that never change after it starts. Kept in memory, so recording an answer is
 * two statements (accept the sequence number, update the response) with no read first. Safe across
 * several instances because none of these fields is ever updated.
 */
public record AttemptFacts(long id, String publicId, long packVersionId, Long accountId, String tokenHash, String mode,
                           Instant deadline, ScoringRules rules, List<String> questionIds) {

    private static final int LIMIT = 50_000;
    private static final Map<String, AttemptFacts> BY_PUBLIC_ID = new ConcurrentHashMap<>();

    static AttemptFacts of(Attempt a, List<String> questionIds) {
        return new AttemptFacts(a.id, a.publicId, a.packVersionId, a.accountId, a.tokenHash, a.mode, a.deadline,
                new ScoringRules(a.partialCredit, a.negativeMarking, a.certainty), List.copyOf(questionIds));
    }

    static AttemptFacts cached(String publicId) {
        return BY_PUBLIC_ID.get(publicId);
    }

    /** Drops a deleted attempt's facts ({@link AbandonedAttempts}, {@link AttemptService#eraseRehearsal}). */
    static void forget(String publicId) {
        BY_PUBLIC_ID.remove(publicId);
    }

    static void remember(AttemptFacts facts) {
        if (BY_PUBLIC_ID.size() >= LIMIT) {
            BY_PUBLIC_ID.clear(); // crude but bounded: facts reload from two queries on a miss
        }
        BY_PUBLIC_ID.put(facts.publicId(), facts);
    }

    public boolean isPractice() {
        return Attempt.PRACTICE.equals(mode);
    }

    /** 1-based position of a question in this attempt, or -1. */
    public int positionOf(String questionId) {
        int i = questionIds.indexOf(questionId);
        return i < 0 ? -1 : i + 1;
    }
}

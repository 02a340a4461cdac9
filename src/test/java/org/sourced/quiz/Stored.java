package org.sourced.quiz;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the database holds for an attempt, read in a transaction of its own, to check stored state. */
final class Stored {

    private Stored() {
    }

    static Attempt attempt(String publicId) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.byPublicId(publicId)
                .orElseThrow(() -> new AssertionError("no attempt " + publicId)));
    }

    static List<QuestionResponse> responses(String publicId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionResponse.of(
                Attempt.byPublicId(publicId).orElseThrow(() -> new AssertionError("no attempt " + publicId)).id));
    }

    static QuestionResponse response(String publicId, int position) {
        return responses(publicId).get(position - 1);
    }

    static List<String> questionIds(String publicId) {
        return responses(publicId).stream().map(r -> r.questionId).toList();
    }

    static long attemptCount() {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.count());
    }
}

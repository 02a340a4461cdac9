package org.sourced.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.web.UserError;

/**
 * Turns an API start request into a {@link StartRequest}. Pack attempts are anonymous; assignment
 * attempts (classes) name their assignment and the student's bearer token.
 */
@ApplicationScoped
public class AttemptStarts {

    @Inject
    AttemptService attempts;

    AttemptService.Started start(AttemptApi.StartJson body, String authorization) {
        if (body.assignment() != null) {
            throw UserError.unprocessable("Assignments come with classes; start this attempt with {\"pack\": ...} for now.");
        }
        if (body.pack() == null || body.pack().isBlank()) {
            throw UserError.unprocessable("Name the pack to practise: {\"pack\": \"csto-armenia\"}.");
        }
        if (body.objective() != null && body.set() != null) {
            throw UserError.unprocessable("Choose an objective or a set, not both.");
        }
        String scope = body.objective() != null ? "objective:" + body.objective() : body.set() != null ? "set:" + body.set() : "all";
        StartRequest request = new StartRequest(body.pack(), scope, null, body.length() == null ? 0 : body.length(), body.mode(),
                body.timeLimitMinutes(), body.partialCredit(), body.negativeMarking(), body.certainty(), body.nickname(), null);
        return attempts.start(request, Learner.anonymous(Tokens.linkId()));
    }
}

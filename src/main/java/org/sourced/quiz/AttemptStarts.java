package org.sourced.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.sourced.accounts.Tokens;
import org.sourced.accounts.Viewer;
import org.sourced.web.UserError;

/**
 * Turns an API start request into a {@link StartRequest}. Pack attempts are anonymous; assignment
 * attempts (classes) name their assignment, and the request carries the student's own credentials (their
 * {@code sp_} API token, or HTTP Basic), which the authentication mechanism has already checked.
 */
@ApplicationScoped
public class AttemptStarts {

    @Inject
    AttemptService attempts;
    @Inject
    Instance<AssignmentStarter> assignments;
    @Inject
    Viewer viewer;

    AttemptService.Started start(StartJson body, String authorization, Client client) {
        if (body.assignment() != null) {
            return startAssignment(body);
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
        return attempts.start(request, Learner.anonymous(Tokens.linkId()), client, body.language());
    }

    private AttemptService.Started startAssignment(StartJson body) {
        if (assignments.isUnsatisfied()) {
            throw UserError.unprocessable("This server has no classes; start this attempt with {\"pack\": ...}.");
        }
        if (body.pack() != null || body.objective() != null || body.set() != null || body.length() != null || body.mode() != null
                || body.timeLimitMinutes() != null || body.partialCredit() != null || body.negativeMarking() != null
                || body.certainty() != null) {
            throw UserError.unprocessable("The assignment sets the pack and the quiz settings: send only {\"assignment\": id}.");
        }
        if (!viewer.isSignedIn()) {
            throw new UserError(401, "Sign in", "An assignment is taken as a student: send the token that POST /api/classes/join "
                    + "returned, as 'Authorization: Bearer sp_...'.");
        }
        return assignments.get().start(body.assignment(), viewer.id(), viewer.name());
    }
}

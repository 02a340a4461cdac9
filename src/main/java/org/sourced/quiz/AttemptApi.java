package org.sourced.quiz;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.sourced.packs.Feedback;
import org.sourced.packs.StudentQuestion;
import org.sourced.packs.format.Question;
import org.sourced.scoring.AttemptScore;
import org.sourced.scoring.ObjectiveScore;
import org.sourced.web.UserError;

/**
 * The quiz for scripts and clients. {@code POST /api/attempts} returns a bearer token that authorises
 * every later call on that attempt. Keys appear only in a practice answer's reply and after submit.
 */
@Path("/api/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityScheme(securitySchemeName = "attemptToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token that POST /api/attempts returned for this attempt (not an sp_ API token)")
public class AttemptApi {

    @Inject
    AttemptService attempts;
    @Inject
    AttemptStarts starts;
    @Inject
    CurrentLearner learner;

    /** @param language the language it is taken in (the questions' texts are in it) */
    public record StartedJson(String id, String token, String status, String mode, Instant deadline, List<StudentQuestion> questions,
                              String language) {
    }

    public record AnswerJson(List<String> choices, Integer certainty, Long seq) {
    }

    public record StoredJson(String questionId, List<String> choices, Integer certainty, long seq, FeedbackJson feedback) {
    }

    public record FeedbackJson(boolean correct, double points, double max, List<String> key, String explanation,
                               List<EvidenceJson> evidence) {
    }

    public record EvidenceJson(String source, String title, String publisher, LocalDate published, String kind, String locator,
                               String note) {
    }

    public record ResponseJson(String questionId, List<String> choices, Integer certainty, boolean flagged) {
    }

    public record StateJson(String id, String pack, String status, String mode, Instant deadline, long seq,
                            List<StudentQuestion> questions, List<ResponseJson> responses, String resultUrl, String language) {
    }

    public record ResultJson(String id, double score, double max, double percent, List<ObjectiveScore> objectives,
                             List<QuestionResultJson> questions, String resultUrl) {
    }

    public record QuestionResultJson(String id, boolean correct, double points, double max, List<String> answer, List<String> key,
                                     String explanation, List<EvidenceJson> evidence) {
    }

    @POST
    @Operation(summary = "Start an attempt on a pack (or an assignment); returns the questions, never the keys, and a bearer token",
            description = "For a pack, send {\"pack\": id, ...settings}; no credentials are needed. For an assignment, send only "
                    + "{\"assignment\": id} with the student's own credentials: 'Authorization: Bearer sp_...' (the token that "
                    + "POST /api/classes/join returned) or HTTP Basic. The assignment fixes the pack version and settings, and may "
                    + "refuse the start (403: not open yet, closed, no attempts left; 404: not an assignment of your classes; 410: "
                    + "class archived). Either way, every later call on the attempt (GET, PUT responses, submit) authorises with "
                    + "the attempt token in this reply, 'Authorization: Bearer <token>', not with the student's sp_ token.")
    public Response start(StartJson body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (body == null) {
            throw UserError.badRequest("Send a JSON body such as {\"pack\": \"csto-armenia\", \"mode\": \"practice\"}.");
        }
        AttemptService.Started started = starts.start(body, authorization, learner.client());
        AttemptService.State state = attempts.load(started.attempt().publicId, Access.token(started.token()));
        StartedJson json = new StartedJson(started.attempt().publicId, started.token(), state.status(), started.attempt().mode,
                started.attempt().deadline, questions(state), state.pack().manifest().language());
        return Response.created(URI.create("/api/attempts/" + started.attempt().publicId)).entity(json).build();
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "attemptToken")
    @Operation(summary = "The attempt's state for resuming: status, deadline, questions, stored answers, highest accepted seq")
    public StateJson get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        AttemptService.State state = attempts.load(id, access(authorization));
        List<ResponseJson> responses = state.responses().stream()
                .map(r -> new ResponseJson(r.questionId, r.answerIds(), r.certainty, r.flagged)).toList();
        return new StateJson(id, state.pack().id(), state.status(), state.attempt().mode, state.attempt().deadline, state.seq(),
                questions(state), responses, state.attempt().resultId == null ? null : "/results/" + state.attempt().resultId,
                state.pack().manifest().language());
    }

    @PUT
    @Path("{id}/responses/{questionId}")
    @SecurityRequirement(name = "attemptToken")
    @Operation(summary = "Store an answer; 409 when seq is not larger than the last accepted, 422 for an unknown choice")
    public StoredJson answer(@PathParam("id") String id, @PathParam("questionId") String questionId, AnswerJson body,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (body == null || body.seq() == null || body.choices() == null) {
            throw UserError.badRequest("Send {\"choices\": [ids], \"seq\": n} with n larger than the attempt's last accepted seq.");
        }
        Access access = access(authorization);
        AttemptFacts facts = attempts.factsFor(id, access);
        int position = facts.positionOf(questionId);
        if (position < 0) {
            throw UserError.notFound("Question '" + questionId + "' is not part of this attempt.");
        }
        AttemptService.Recorded recorded = attempts.record(id, access, position, body.choices(), body.certainty(), body.seq());
        FeedbackJson feedback = null;
        if (facts.isPractice() && !recorded.answer().isEmpty()) {
            Question q = attempts.question(facts, questionId);
            Feedback f = Feedback.of(q, attempts.pack(facts).manifest(), recorded.answer(), recorded.score().correct(),
                    recorded.score().fraction());
            feedback = new FeedbackJson(recorded.score().correct(), recorded.score().points(), recorded.score().maxPoints(), key(q),
                    q.explanation(), evidence(f));
        }
        return new StoredJson(questionId, recorded.answer(), recorded.certainty(), recorded.seq(), feedback);
    }

    @POST
    @Path("{id}/submit")
    @SecurityRequirement(name = "attemptToken")
    @Operation(summary = "Score and close the attempt; a second submit returns the same result")
    public ResultJson submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Access access = access(authorization);
        attempts.submit(id, access);
        AttemptService.State state = attempts.load(id, access);
        AttemptScore score = AttemptService.score(state);
        List<QuestionResultJson> questions = state.responses().stream().map(r -> {
            Question q = state.pack().question(r.questionId).orElseThrow();
            Feedback f = Feedback.of(q, state.pack().manifest(), r.answerIds(), Boolean.TRUE.equals(r.correct), 0);
            double max = r.maxPoints != null ? r.maxPoints : q.points() * (state.attempt().certainty ? 3 : 1);
            return new QuestionResultJson(q.id(), Boolean.TRUE.equals(r.correct), r.points == null ? 0 : r.points, max, r.answerIds(),
                    key(q), q.explanation(), evidence(f));
        }).toList();
        return new ResultJson(id, score.score(), score.max(), score.percent(), score.objectives(), questions,
                "/results/" + state.attempt().resultId);
    }

    private static List<StudentQuestion> questions(AttemptService.State state) {
        return state.responses().stream().map(r -> {
            Question q = state.pack().question(r.questionId).orElseThrow();
            return StudentQuestion.of(q, AttemptService.presentedOrder(state.attempt().seed, q), state.pack().manifest());
        }).toList();
    }

    private static List<String> key(Question q) {
        return q.type() == org.sourced.packs.format.QuestionType.ORDERING ? q.correctOrder() : List.copyOf(q.correctChoiceIds());
    }

    private static List<EvidenceJson> evidence(Feedback f) {
        return f.evidence().stream()
                .map(e -> new EvidenceJson(e.sourceId(), e.title(), e.publisher(), e.published(), e.kind(), e.locator(), e.note()))
                .toList();
    }

    static Access access(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UserError(401, "Sign in", "Send the attempt's token as 'Authorization: Bearer <token>'.");
        }
        return Access.token(authorization.substring(7).strip());
    }
}

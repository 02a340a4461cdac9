package org.sourced.classes;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sourced.accounts.Account;
import org.sourced.accounts.Viewer;
import org.sourced.classes.statistics.ScoreSummary;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.quiz.Attempt;
import org.sourced.quiz.QuestionResponse;
import org.sourced.web.UserError;

/**
 * Classes for scripts, with the credentials of the accounts API (HTTP Basic or a personal {@code sp_}
 * token). Teachers see only their own classes (others' are 404), the admin every class; students join
 * and list their assignments, then take them through {@code /api/attempts} with {@code {"assignment": id}}.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassApi {

    public static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ClassService classes;
    @Inject
    Results results;
    @Inject
    ResultsCsv csv;
    @Inject
    Viewer viewer;

    public record NewClassJson(String name, Boolean nicknameOnly) {
    }

    public record ClassJson(long id, String code, String joinUrl) {
    }

    public record NewAssignmentJson(String pack, String objective, Integer length, String mode, Integer timeLimitMinutes, Instant opens,
                                    Instant closes, Integer attemptsAllowed, String scoreCounts, String late, String title,
                                    Boolean partialCredit, Boolean negativeMarking, Boolean certainty) {
    }

    public record CreatedJson(long id) {
    }

    public record JoinJson(String code, String nickname) {
    }

    public record StudentJson(long id, String nickname) {
    }

    public record JoinedJson(StudentJson student, String token, long classId, String className) {
    }

    public record ChoiceJson(String id, long picked, boolean correct) {
    }

    public record QuestionJson(String id, String type, String objective, long n, long answered, double max, Double facility,
                               Double discrimination, Double meanCertainty, List<ChoiceJson> choices) {
    }

    public record ObjectiveJson(String id, String title, double points, double max, Double mastery) {
    }

    public record StatisticsJson(long assignment, long attempts, List<QuestionJson> questions, List<ObjectiveJson> objectives) {
    }

    public record BandJson(int from, int to, int count) {
    }

    public record AttemptJson(long id, Instant started, Instant submitted, String status, boolean late, Double score, Double max,
                              Double percent) {
    }

    public record StudentResultJson(long id, String name, String email, boolean nickname, Double score, List<AttemptJson> attempts) {
    }

    public record ResultsJson(long id, String title, long classId, String pack, int packVersion, String scoreCounts, long enrolled,
                              long completed, Double completion, Double mean, Double median, List<BandJson> histogram,
                              List<StudentResultJson> students) {
    }

    public record AnswerJson(String questionId, List<String> choices, Double points, Double max, Boolean correct, Integer certainty) {
    }

    public record AttemptWorkJson(AttemptJson attempt, List<AnswerJson> answers) {
    }

    public record StudentWorkJson(long id, String name, List<AttemptWorkJson> attempts) {
    }

    public record MyAssignmentJson(long id, String title, String className, String pack, String mode, Integer timeLimitMinutes,
                                   Instant opens, Instant closes, String status, boolean canStart, int attemptsUsed,
                                   Integer attemptsAllowed, Double score) {
    }

    @POST
    @Path("classes")
    @RolesAllowed("teacher")
    @Operation(summary = "Create a class; returns its join code and join link")
    public Response createClass(NewClassJson body, @Context HttpServerRequest http) {
        if (body == null) {
            throw UserError.badRequest("Send {\"name\": \"10B history\", \"nicknameOnly\": false}.");
        }
        Classroom c = classes.create(Caller.of(viewer), body.name(), Boolean.TRUE.equals(body.nicknameOnly()));
        return Response.created(URI.create("/classes/" + c.id)).entity(new ClassJson(c.id, c.joinCode, ClassPages.joinUrl(http, c.joinCode)))
                .build();
    }

    @POST
    @Path("classes/{id}/assignments")
    @RolesAllowed("teacher")
    @Operation(summary = "Assign a quiz to a class, pinned to the pack's current version",
            description = "mode is 'practice' or 'exam'; opens and closes are ISO-8601 instants; late is 'refuse' (default) or "
                    + "'flag'; scoreCounts is 'best' (default), 'last' or 'mean'; length 0 (default) asks every question.")
    public Response assign(@PathParam("id") long classId, NewAssignmentJson body) {
        if (body == null) {
            throw UserError.badRequest("Send {\"pack\": \"csto-armenia\", \"mode\": \"exam\"} and any other settings.");
        }
        Assignment s = classes.assign(Caller.of(viewer), classId, new AssignmentSettings(body.pack(), body.title(), body.objective(),
                body.length(), body.mode(), body.timeLimitMinutes(), body.opens(), body.closes(), body.attemptsAllowed(), body.scoreCounts(),
                body.late(), body.partialCredit(), body.negativeMarking(), body.certainty()));
        return Response.created(URI.create("/api/assignments/" + s.id + "/results")).entity(new CreatedJson(s.id)).build();
    }

    @POST
    @Path("classes/join")
    @Operation(summary = "Join a class with its code; returns the student and an API token for their later calls",
            description = "A nickname-only class takes {\"code\", \"nickname\"} with no credentials and makes a nickname student. "
                    + "Any other class needs the student's own credentials (HTTP Basic or an sp_ token). Use the returned token as "
                    + "'Authorization: Bearer sp_...' for GET /api/me/assignments and POST /api/attempts {\"assignment\": id}. "
                    + "404: no class has this code (it may have been changed); 410: the class is archived.")
    public Response join(JoinJson body) {
        if (body == null || body.code() == null || body.code().isBlank()) {
            throw UserError.badRequest("Send {\"code\": \"K7QM-3XHD-R9PA\", \"nickname\": \"Ani\"}.");
        }
        ClassService.Joined joined = classes.join(body.code(), body.nickname(), viewer.accountId());
        return Response.created(URI.create("/api/me/assignments"))
                .entity(new JoinedJson(new StudentJson(joined.student().id, joined.student().displayName), joined.token(),
                        joined.classroom().id, joined.classroom().name))
                .build();
    }

    @GET
    @Path("me/assignments")
    @RolesAllowed("student")
    @Transactional
    @Operation(summary = "The caller's assignments: status (not started, in progress, submitted, late, closed), due date, attempts")
    public List<MyAssignmentJson> myAssignments() {
        long me = viewer.id();
        List<Assignment> assigned = Assignment.forStudent(me);
        Map<Long, List<Attempt>> attempts = AssignmentAttempts.of(me, assigned.stream().map(a -> a.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.assignmentId));
        Instant now = Instant.now();
        return assigned.stream().map(a -> {
            AssignmentStatus st = AssignmentStatus.of(a, attempts.getOrDefault(a.id, List.of()), now);
            Classroom c = Classroom.findById(a.classroomId);
            return new MyAssignmentJson(a.id, a.title, c.name, a.packId, a.mode, a.timeLimitMinutes, a.opensAt, a.closesAt, st.status(),
                    st.canStart(), st.used(), a.attemptsAllowed, st.score());
        }).toList();
    }

    @GET
    @Path("assignments/{id}/statistics")
    @RolesAllowed("teacher")
    @Transactional
    @Operation(summary = "Per question: facility (0..1), discrimination (-1..1; null where undefined), choices picked; mastery per objective")
    public StatisticsJson statistics(@PathParam("id") long id) {
        Assignment s = classes.assignmentFor(Caller.of(viewer), id);
        Results.Statistics st = results.statistics(s);
        List<QuestionJson> questions = st.questions().stream().map(q -> new QuestionJson(q.id(), q.type(), q.objective(), q.n(), q.answered(),
                q.max(), q.facility(), q.discrimination(), q.meanCertainty(),
                q.choices().stream().map(c -> new ChoiceJson(c.id(), c.picked(), c.correct())).toList())).toList();
        List<ObjectiveJson> objectives = st.objectives().stream()
                .map(o -> new ObjectiveJson(o.id(), o.title(), o.points(), o.max(), o.mastery())).toList();
        return new StatisticsJson(s.id, st.attempts(), questions, objectives);
    }

    @GET
    @Path("assignments/{id}/results")
    @RolesAllowed("teacher")
    @Transactional
    @Operation(summary = "Completion, mean, median and histogram of the scores that count; each current student with every attempt")
    public ResultsJson results(@PathParam("id") long id) {
        Assignment s = classes.assignmentFor(Caller.of(viewer), id);
        Results.Overview o = results.overview(s);
        Map<Long, List<AttemptJson>> byStudent = new LinkedHashMap<>();
        for (Results.AttemptRow r : results.attempts(s, null)) {
            byStudent.computeIfAbsent(r.accountId(), k -> new ArrayList<>()).add(attemptJson(r));
        }
        List<StudentResultJson> students = o.students().stream().map(p -> new StudentResultJson(p.accountId(), p.name(),
                p.nickname() ? null : p.email(), p.nickname(), p.score(), byStudent.getOrDefault(p.accountId(), List.of()))).toList();
        List<BandJson> bands = new ArrayList<>();
        int width = 100 / ScoreSummary.BANDS;
        for (int i = 0; i < ScoreSummary.BANDS; i++) {
            bands.add(new BandJson(i * width, (i + 1) * width, o.scores().histogram()[i]));
        }
        PackVersion v = PackVersion.findById(s.packVersionId);
        return new ResultsJson(s.id, s.title, s.classroomId, s.packId, v.versionNo, s.scoreCounts, o.enrolled(), o.completed(), o.completion(),
                o.scores().mean(), o.scores().median(), bands, students);
    }

    @GET
    @Path("assignments/{id}/students/{student}")
    @RolesAllowed("teacher")
    @Transactional
    @Operation(summary = "One student's attempts on an assignment, with every answer")
    public StudentWorkJson studentWork(@PathParam("id") long id, @PathParam("student") long studentId) {
        Assignment s = classes.assignmentFor(Caller.of(viewer), id);
        if (!Enrollment.isActiveMember(s.classroomId, studentId)) {
            throw UserError.notFound("That student is not in this class.");
        }
        Account student = Account.findById(studentId);
        PackContent pack = classes.contentOf(s);
        List<AttemptWorkJson> attempts = results.attempts(s, studentId).stream().map(r -> new AttemptWorkJson(attemptJson(r),
                QuestionResponse.of(r.id()).stream().map(q -> new AnswerJson(q.questionId, q.answerIds(), q.points,
                        q.maxPoints != null ? q.maxPoints : pack.question(q.questionId).map(Question::points).map(p -> p * (s.certainty ? 3.0 : 1.0)).orElse(null),
                        q.correct, q.certainty)).toList())).toList();
        return new StudentWorkJson(student.id, student.displayName, attempts);
    }

    @GET
    @Path("assignments/{id}/results.csv")
    @RolesAllowed("teacher")
    @Produces(CSV)
    @Operation(summary = "Results as CSV (UTF-8 with BOM, CRLF): a row per submitted attempt, a column per question (docs/classes.md)")
    public Response resultsCsv(@PathParam("id") long id) {
        Assignment s = classes.assignmentFor(Caller.of(viewer), id);
        StreamingOutput body = out -> csv.writeResults(s, out);
        return download(body, "assignment-" + s.id + "-results.csv");
    }

    @GET
    @Path("assignments/{id}/statistics.csv")
    @RolesAllowed("teacher")
    @Produces(CSV)
    @Operation(summary = "Question statistics as CSV (UTF-8 with BOM, CRLF): a row per question, picks per choice (docs/classes.md)")
    public Response statisticsCsv(@PathParam("id") long id) {
        Assignment s = classes.assignmentFor(Caller.of(viewer), id);
        StreamingOutput body = out -> csv.writeStatistics(s, out);
        return download(body, "assignment-" + s.id + "-statistics.csv");
    }

    static Response download(StreamingOutput body, String filename) {
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private static AttemptJson attemptJson(Results.AttemptRow r) {
        return new AttemptJson(r.id(), r.startedAt(), r.submittedAt(), r.status(), r.late(), r.score(), r.max(), r.percent());
    }
}

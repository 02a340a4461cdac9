package org.sourced.classes;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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

import org.jboss.resteasy.reactive.RestForm;
import org.sourced.accounts.Account;
import org.sourced.accounts.Viewer;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.quiz.QuestionResponse;
import org.sourced.web.FormErrors;
import org.sourced.web.SelectOption;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** The teacher's pages: classes, a class, assigning a quiz, an assignment's dashboard, one student's work. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("teacher")
public class ClassPages {

    static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    ClassService classes;
    @Inject
    Results results;
    @Inject
    PackCatalog catalog;
    @Inject
    ResultsCsv csv;
    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classes(List<ClassRow> classes, String name, String joinWith, FormErrors errors);

        static native TemplateInstance classroom(Classroom classroom, String code, String joinUrl, List<Enrollment.Member> students,
                                                 List<Assignment> assignments, boolean mine);

        static native TemplateInstance newAssignment(Classroom classroom, List<SelectOption> whats, AssignmentForm form, FormErrors errors);

        static native TemplateInstance dashboard(DashboardView view);

        static native TemplateInstance student(Assignment assignment, Classroom classroom, Account student, boolean nickname,
                                               List<AttemptWork> attempts);
    }

    public record ClassRow(Classroom classroom, String code, long students, long assignments, String teacher) {
    }

    /** The new-assignment form as typed, to fill it again after an error. */
    public record AssignmentForm(String what, String title, String length, String mode, String timeLimitMinutes, String opens,
                                 String closes, String late, String attemptsAllowed, String scoreCounts, String partialCredit,
                                 String negativeMarking, String certainty) {
        static AssignmentForm blank() {
            return new AssignmentForm("", "", "0", "exam", "", "", "", "refuse", "", "best", "", "", "");
        }
    }

    /** One attempt with its answers, for the per-student page. */
    public record AttemptWork(Results.AttemptRow row, List<AnswerRow> answers) {
    }

    public record AnswerRow(int position, String questionId, String stem, String answer, Double points, Double max, Boolean correct,
                            Integer certainty) {
    }

    @GET
    @Path("classes")
    public TemplateInstance list() {
        return Templates.classes(rows(), "", "account", FormErrors.none());
    }

    @POST
    @Path("classes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String joinWith) {
        try {
            Classroom c = classes.create(Caller.of(viewer), name, "nickname".equals(joinWith));
            return seeOther("/classes/" + c.id);
        } catch (InvalidField e) {
            return page(e.status(), Templates.classes(rows(), name, joinWith, FormErrors.of(e.field(), e.text())));
        }
    }

    @Transactional
    List<ClassRow> rows() {
        Caller caller = Caller.of(viewer);
        List<Classroom> mine = classes.classesOf(caller);
        List<Long> teacherIds = mine.stream().map(c -> c.teacherId).distinct().toList();
        Map<Long, String> teachers = !caller.admin() || teacherIds.isEmpty() ? Map.of()
                : Account.<Account>list("id in ?1", teacherIds).stream().collect(Collectors.toMap(a -> a.id, a -> a.displayName));
        return mine.stream().map(c -> new ClassRow(c, JoinCodes.display(c.joinCode), Enrollment.activeCount(c.id),
                Assignment.count("classroomId", c.id), teachers.getOrDefault(c.teacherId, ""))).toList();
    }

    @GET
    @Path("classes/{id}")
    @Transactional
    public TemplateInstance classroom(@PathParam("id") long id, @Context HttpServerRequest http) {
        Classroom c = classes.classFor(Caller.of(viewer), id);
        return Templates.classroom(c, JoinCodes.display(c.joinCode), joinUrl(http, c.joinCode), Enrollment.membersOf(c.id),
                Assignment.ofClass(c.id), c.teacherId == viewer.id());
    }

    @POST
    @Path("classes/{id}/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(@PathParam("id") long id) {
        classes.rotateCode(Caller.of(viewer), id);
        return seeOther("/classes/" + id);
    }

    @POST
    @Path("classes/{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") long id) {
        classes.archive(Caller.of(viewer), id);
        return seeOther("/classes/" + id);
    }

    @POST
    @Path("classes/{id}/students/{student}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id, @PathParam("student") long student) {
        classes.removeStudent(Caller.of(viewer), id, student);
        return seeOther("/classes/" + id);
    }

    @GET
    @Path("classes/{id}/assignments/new")
    public TemplateInstance newAssignment(@PathParam("id") long id) {
        Classroom c = classes.classFor(Caller.of(viewer), id);
        return Templates.newAssignment(c, whats(), AssignmentForm.blank(), FormErrors.none());
    }

    @POST
    @Path("classes/{id}/assignments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") long id, @RestForm String what, @RestForm String title, @RestForm String length,
                           @RestForm String mode, @RestForm String timeLimitMinutes, @RestForm String opens, @RestForm String closes,
                           @RestForm String late, @RestForm String attemptsAllowed, @RestForm String scoreCounts,
                           @RestForm String partialCredit, @RestForm String negativeMarking, @RestForm String certainty) {
        Caller caller = Caller.of(viewer);
        Classroom c = classes.classFor(caller, id);
        AssignmentForm form = new AssignmentForm(what, title, length, mode, timeLimitMinutes, opens, closes, late, attemptsAllowed,
                scoreCounts, partialCredit, negativeMarking, certainty);
        try {
            String pack = what == null ? "" : what.contains("|") ? what.substring(0, what.indexOf('|')) : what;
            String objective = what != null && what.contains("|") ? what.substring(what.indexOf('|') + 1) : null;
            AssignmentSettings settings = new AssignmentSettings(pack, title, objective, integer("length", length), mode,
                    integer("timeLimitMinutes", timeLimitMinutes), instant("opens", opens), instant("closes", closes),
                    integer("attemptsAllowed", attemptsAllowed), scoreCounts, late, tristate(partialCredit), tristate(negativeMarking),
                    tristate(certainty));
            Assignment s = classes.assign(caller, id, settings);
            return seeOther("/assignments/" + s.id);
        } catch (InvalidField e) {
            return page(e.status(), Templates.newAssignment(c, whats(), form, FormErrors.of(e.field(), e.text())));
        } catch (UserError e) {
            return page(e.status(), Templates.newAssignment(c, whats(), form, FormErrors.of("form", e.text())));
        }
    }

    @GET
    @Path("assignments/{id}")
    @Transactional
    public TemplateInstance dashboard(@PathParam("id") long id) {
        Assignment s = classes.assignmentFor(Caller.of(viewer), id);
        Classroom c = Classroom.findById(s.classroomId);
        PackVersion v = PackVersion.findById(s.packVersionId);
        Results.Overview overview = results.overview(s);
        long counted = overview.students().stream().mapToLong(Results.StudentRow::submitted).sum();
        return Templates.dashboard(DashboardView.of(s, c, v.title, v.versionNo, overview, results.statistics(s, counted)));
    }

    @GET
    @Path("assignments/{id}/students/{student}")
    @Transactional
    public TemplateInstance student(@PathParam("id") long id, @PathParam("student") long studentId) {
        Assignment s = classes.assignmentFor(Caller.of(viewer), id);
        if (!Enrollment.isActiveMember(s.classroomId, studentId)) {
            throw UserError.notFound(UiText.cls(t -> t.errNotInClass()));
        }
        Account student = Account.findById(studentId);
        PackContent pack = classes.contentOf(s);
        List<AttemptWork> work = new ArrayList<>();
        for (Results.AttemptRow row : results.attempts(s, studentId)) {
            List<AnswerRow> answers = QuestionResponse.of(row.id()).stream().map(r -> {
                Question q = pack.question(r.questionId).orElse(null);
                Function<String, String> text = cid -> q == null ? cid : q.choice(cid).map(org.sourced.packs.format.EvidenceText::brief).orElse(cid);
                String answer = r.answerIds().stream().map(text).collect(Collectors.joining("; "));
                return new AnswerRow(r.position, r.questionId, q == null ? r.questionId : q.stem(), answer, r.points, r.maxPoints,
                        r.correct, r.certainty);
            }).toList();
            work.add(new AttemptWork(row, answers));
        }
        return Templates.student(s, Classroom.findById(s.classroomId), student, ClassService.isNickname(student), work);
    }

    /** The results CSV for a signed-in teacher's browser (the API's copy takes only Basic or a token). */
    @GET
    @Path("assignments/{id}/results.csv")
    @Produces(ClassApi.CSV)
    public Response resultsCsv(@PathParam("id") long id) {
        Assignment s = classes.assignmentFor(Caller.of(viewer), id);
        return ClassApi.download(out -> csv.writeResults(s, out), "assignment-" + s.id + "-results.csv");
    }

    @GET
    @Path("assignments/{id}/statistics.csv")
    @Produces(ClassApi.CSV)
    public Response statisticsCsv(@PathParam("id") long id) {
        Assignment s = classes.assignmentFor(Caller.of(viewer), id);
        return ClassApi.download(out -> csv.writeStatistics(s, out), "assignment-" + s.id + "-statistics.csv");
    }

    /** Every published pack, whole or one objective at a time. */
    List<SelectOption> whats() {
        List<SelectOption> options = new ArrayList<>();
        for (PackVersion v : catalog.listing()) {
            PackContent pack = catalog.content(v);
            options.add(new SelectOption(v.packId, v.title + " (whole pack, " + v.questionCount + " questions)"));
            pack.manifest().objectives().forEach(o -> options.add(new SelectOption(v.packId + "|" + o.id(), v.title + ": " + o.title() + " ("
                    + pack.questions().stream().filter(q -> o.id().equals(q.objective())).count() + " questions)")));
        }
        return options;
    }

    static String joinUrl(HttpServerRequest http, String code) {
        return http.scheme() + "://" + http.authority() + "/join/" + code;
    }

    static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField(field, UiText.cls(t -> t.errNotWholeNumber(value)));
        }
    }

    /** A {@code datetime-local} value, read as UTC (every time on the site is UTC). */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, UiText.cls(t -> t.errNotDateTime(value)));
        }
    }

    static Boolean tristate(String value) {
        return "on".equals(value) ? Boolean.TRUE : "off".equals(value) ? Boolean.FALSE : null;
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}

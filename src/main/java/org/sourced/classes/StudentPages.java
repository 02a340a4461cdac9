package org.sourced.classes;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.sourced.accounts.Account;
import org.sourced.accounts.AccountPages;
import org.sourced.accounts.Sessions;
import org.sourced.accounts.Viewer;
import org.sourced.quiz.Attempt;
import org.sourced.quiz.AttemptService;
import org.sourced.web.FormErrors;
import org.sourced.web.UserError;

/** The student's side: joining a class with its code or link, and "My assignments". */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StudentPages {

    @Inject
    ClassService classes;
    @Inject
    AssignmentAttempts assignmentAttempts;
    @Inject
    Sessions sessions;
    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance code(String code, FormErrors errors);

        static native TemplateInstance join(Classroom classroom, String code, String nickname, String email, String name, FormErrors errors);

        static native TemplateInstance assignments(List<MyAssignment> assignments);
    }

    /** One line of "My assignments". */
    public record MyAssignment(Assignment assignment, String className, AssignmentStatus state) {
    }

    /** The form where a student types a code; with {@code ?code=} it goes straight to that class's join page. */
    @GET
    @Path("join")
    public Response codeForm(@QueryParam("code") String code) {
        if (code != null && !code.isBlank()) {
            String normal = JoinCodes.normalise(code);
            if (normal.isEmpty()) {
                return ClassPages.page(422, Templates.code(code, FormErrors.of("code", "A join code has letters and digits, such as K7QM-3XHD-R9PA.")));
            }
            return ClassPages.seeOther("/join/" + normal);
        }
        return ClassPages.page(200, Templates.code("", FormErrors.none()));
    }

    @GET
    @Path("join/{code}")
    public TemplateInstance joinForm(@PathParam("code") String code) {
        Classroom c = classes.openClassByCode(code);
        return Templates.join(c, c.joinCode, "", "", "", FormErrors.none());
    }

    /** Joins as the signed-in account, with a nickname, or by registering a student account ({@code how}). */
    @POST
    @Path("join/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@PathParam("code") String code, @RestForm String how, @RestForm String nickname, @RestForm String email,
                         @RestForm String name, @RestForm String password, @Context HttpServerRequest http) {
        Classroom c = classes.openClassByCode(code);
        try {
            if (viewer.isSignedIn()) {
                classes.joinAs(code, viewer.id());
                return ClassPages.seeOther("/me/assignments");
            }
            Account student = "nickname".equals(how) ? classes.joinWithNickname(code, nickname) : classes.register(code, email, name, password);
            return Response.seeOther(URI.create("/me/assignments")).cookie(AccountPages.sessionCookie(sessions.open(student), http)).build();
        } catch (InvalidField e) {
            return ClassPages.page(e.status(), Templates.join(c, c.joinCode, nickname, email, name, FormErrors.of(e.field(), e.text())));
        } catch (UserError e) {
            if (e.status() != 422 && e.status() != 409) {
                throw e;
            }
            String m = e.getMessage();
            String field = m.contains("email") ? "email" : m.contains("password") ? "password" : m.contains("name") ? "name" : "form";
            return ClassPages.page(e.status(), Templates.join(c, c.joinCode, nickname, email, name, FormErrors.of(field, e.text())));
        }
    }

    @GET
    @Path("me/assignments")
    @RolesAllowed("student")
    public TemplateInstance assignments() {
        return Templates.assignments(mine());
    }

    List<MyAssignment> mine() {
        long me = viewer.id();
        List<Assignment> assigned = Assignment.forStudent(me);
        if (assigned.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Attempt>> attempts = AssignmentAttempts.of(me, assigned.stream().map(a -> a.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.assignmentId));
        Map<Long, String> classNames = Classroom.<Classroom>list("id in ?1", assigned.stream().map(a -> a.classroomId).distinct().toList())
                .stream().collect(Collectors.toMap(c -> c.id, c -> c.name));
        Instant now = Instant.now();
        List<MyAssignment> rows = new ArrayList<>();
        for (Assignment a : assigned) {
            rows.add(new MyAssignment(a, classNames.get(a.classroomId), AssignmentStatus.of(a, attempts.getOrDefault(a.id, List.of()), now)));
        }
        return rows;
    }

    /** Starts (or resumes, when one is in progress) an attempt on an assignment, then shows its first question. */
    @POST
    @Path("me/assignments/{id}/start")
    @RolesAllowed("student")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") long id) {
        List<Attempt> open = AssignmentAttempts.of(viewer.id(), List.of(id)).stream().filter(a -> !a.isSubmitted()).toList();
        if (!open.isEmpty()) {
            return ClassPages.seeOther("/attempts/" + open.get(open.size() - 1).publicId);
        }
        AttemptService.Started started = assignmentAttempts.start(id, viewer.id(), viewer.name());
        return ClassPages.seeOther("/attempts/" + started.attempt().publicId + "/questions/1");
    }
}

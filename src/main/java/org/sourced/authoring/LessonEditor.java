package org.sourced.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.sourced.lessons.CheckpointResult;
import org.sourced.lessons.Checkpoints;
import org.sourced.lessons.LessonPart;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.Source;
import org.sourced.quiz.AnswerForm;
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;
import org.sourced.web.Markdown;
import org.sourced.web.SafeHtml;
import org.sourced.web.SelectOption;
import org.sourced.web.UserError;

/** Writing a lesson of a draft (with a live Markdown preview) and reading it as a student would. */
@Path("/teach/packs/{packId}/lessons")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("teacher")
public class LessonEditor {

    @Inject
    Authoring authoring;
    @Inject
    Checkpoints checkpoints;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(String packId, String packTitle, LessonForm form, List<SelectOption> objectives,
                                            List<SelectOption> sources, FormErrors errors, List<Problem> problems, SafeHtml preview,
                                            boolean saved);

        static native TemplateInstance preview(String packId, String lessonId, String packTitle, String language, Lesson lesson,
                                               List<LessonPart> parts, List<Source> sources);

        static native TemplateInstance preview$checkpoint(String packId, String lessonId, String language, LessonPart part);
    }

    @GET
    @Path("new")
    public TemplateInstance newLesson(@PathParam("packId") String packId) {
        Workspace w = authoring.workspace(packId);
        String objective = w.manifest().objectives().isEmpty() ? "" : w.manifest().objectives().get(0).id();
        return editPage(w, LessonForm.blank(objective), FormErrors.none(), List.of(), null, false);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("packId") String packId, MultivaluedMap<String, String> fields) {
        return submit(authoring.workspace(packId), null, fields);
    }

    @GET
    @Path("{lessonId}")
    public TemplateInstance lesson(@PathParam("packId") String packId, @PathParam("lessonId") String lessonId,
                                   @QueryParam("saved") boolean saved) {
        Workspace w = authoring.workspace(packId);
        Lesson lesson = lessonOf(w, lessonId);
        return editPage(w, LessonForm.of(lesson), FormErrors.none(), w.problemsOfFile(lesson.path()), null, saved);
    }

    @POST
    @Path("{lessonId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("packId") String packId, @PathParam("lessonId") String lessonId,
                         MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        lessonOf(w, lessonId);
        return submit(w, lessonId, fields);
    }

    private Response submit(Workspace w, String lessonId, MultivaluedMap<String, String> fields) {
        LessonForm form = LessonForm.parse(new FormFields(fields), lessonId);
        Lesson existing = lessonId == null ? null : lessonOf(w, lessonId);
        List<Problem> problems = existing == null ? List.of() : w.problemsOfFile(existing.path());
        if ("preview".equals(fields.getFirst("action"))) {
            return TeachPages.page(200, editPage(w, form, FormErrors.none(), problems, Markdown.preview(form.body()), false));
        }
        FormErrors errors = form.validate(new LessonForm.Context(w.objectiveIds(), w.sourceIds(), w.lessonIds(), w.questionIds()));
        String path = existing != null ? existing.path() : LessonForm.newPath(form.id(), w.files().keySet());
        if (path == null) {
            errors.add("id", UiText.teach(t -> t.errTooManyLessons()));
        } else if (existing == null && w.files().containsKey(path)) {
            errors.add("id", UiText.teach(t -> t.errFileExists(path)));
        }
        if (!errors.isEmpty()) {
            return TeachPages.page(422, editPage(w, form, errors, problems, null, false));
        }
        authoring.save(w, Map.of(path, PackWriter.lesson(form.toLesson(path))), List.of());
        return TeachPages.seeOther("/teach/packs/" + w.packId() + "/lessons/" + form.id() + "?saved=true");
    }

    @POST
    @Path("{lessonId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("packId") String packId, @PathParam("lessonId") String lessonId) {
        Workspace w = authoring.workspace(packId);
        Lesson lesson = lessonOf(w, lessonId);
        authoring.save(w, Map.of(), List.of(lesson.path()));
        return TeachPages.seeOther("/teach/packs/" + packId + "?notice=saved");
    }

    private TemplateInstance editPage(Workspace w, LessonForm form, FormErrors errors, List<Problem> problems, SafeHtml preview,
                                      boolean saved) {
        List<SelectOption> objectives = w.manifest().objectives().stream().filter(o -> o.id() != null)
                .map(o -> new SelectOption(o.id(), o.title() == null ? o.id() : o.title())).toList();
        List<SelectOption> sources = w.manifest().sources().stream().filter(s -> s.id() != null)
                .map(s -> new SelectOption(s.id(), (s.title() == null ? s.id() : s.title())
                        + (s.publisher() == null ? "" : ", " + s.publisher()))).toList();
        return Templates.edit(w.packId(), w.title(), form, objectives, sources, errors, problems, preview, saved);
    }

    // ---- preview as a student --------------------------------------------------------------------

    @GET
    @Path("{lessonId}/preview")
    public TemplateInstance preview(@PathParam("packId") String packId, @PathParam("lessonId") String lessonId) {
        Workspace w = authoring.workspace(packId);
        return previewPage(w, lessonOf(w, lessonId), null, null);
    }

    /** Answers a checkpoint of the preview: the key shows only now, as it does for a student. */
    @POST
    @Path("{lessonId}/preview/checkpoints/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkpoint(@PathParam("packId") String packId, @PathParam("lessonId") String lessonId,
                               @PathParam("questionId") String questionId, @HeaderParam("HX-Request") String htmx,
                               MultivaluedMap<String, String> form) {
        Workspace w = authoring.workspace(packId);
        Lesson lesson = lessonOf(w, lessonId);
        if (!lesson.checkpointIds().contains(questionId)) {
            throw UserError.notFound(UiText.msg(m -> m.errNoCheckpoint(lessonId, questionId)));
        }
        Question q = w.question(questionId).filter(Previewable::question)
                .orElseThrow(() -> UserError.conflict(UiText.teach(t -> t.errQuestionIncomplete(questionId))));
        CheckpointResult result = checkpoints.grade(w.content(), q, new AnswerForm(form));
        int status = result.error() == null ? 200 : 422;
        TemplateInstance page = htmx != null
                ? Templates.preview$checkpoint(packId, lessonId, w.manifest().language() == null ? "en" : w.manifest().language(),
                        new LessonPart(null, Checkpoints.present(q), result))
                : previewPage(w, lesson, questionId, result);
        return TeachPages.page(status, page);
    }

    private TemplateInstance previewPage(Workspace w, Lesson lesson, String answeredId, CheckpointResult answered) {
        List<LessonPart> parts = new ArrayList<>();
        for (Lesson.Part part : lesson.parts()) {
            if (part.checkpoint() == null) {
                parts.add(new LessonPart(Markdown.preview(part.markdown()), null, null));
                continue;
            }
            Optional<Question> q = w.question(part.checkpoint()).filter(Previewable::question);
            if (q.isEmpty()) {
                parts.add(new LessonPart(Markdown.preview("*(Checkpoint '" + part.checkpoint()
                        + "' will show here once that question exists and is complete.)*"), null, null));
            } else {
                parts.add(new LessonPart(null, Checkpoints.present(q.get()),
                        part.checkpoint().equals(answeredId) ? answered : null));
            }
        }
        List<Source> sources = lesson.sources().stream().map(id -> w.manifest().source(id)).flatMap(Optional::stream).toList();
        String language = w.manifest().language() == null ? "en" : w.manifest().language();
        return Templates.preview(w.packId(), lesson.id(), w.title(), language, lesson, parts, sources);
    }

    private static Lesson lessonOf(Workspace w, String lessonId) {
        return w.lesson(lessonId).orElseThrow(() -> UserError.notFound(UiText.teach(t -> t.errDraftNoLesson(lessonId))));
    }
}

package org.sourced.lessons;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackLanguages;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.quiz.AnswerForm;
import org.sourced.packs.format.Source;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** A lesson: its Markdown rendered and sanitised, its checkpoints answered in place, its sources listed. */
/* at the root like disputes.DisputePages, whose checkpoint dispute routes share this prefix: a class path of its own
   would claim every /packs/{packId}/lessons/... request and leave theirs unmatched */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LessonPages {

    @Inject
    PackCatalog catalog;
    @Inject
    Checkpoints checkpoints;
    @Inject
    org.sourced.quiz.CurrentLearner learner;
    @Inject
    PackLanguages languages;

    @CheckedTemplate
    static class Templates {
        /** @param language the pack's language, on the lesson text (the page's own words are in the UI language) */
        static native TemplateInstance lesson(String packId, String lessonId, PackVersion version, PackContent pack, Lesson lesson, List<LessonPart> parts,
                                              List<Source> sources, Lesson previous, Lesson next, String language,
                                              List<PackLanguages.Option> languages);

        static native TemplateInstance lesson$checkpoint(String packId, String lessonId, LessonPart part, String language);
    }

    @GET
    @Path("packs/{packId}/lessons/{lessonId}")
    public TemplateInstance lesson(@PathParam("packId") String packId, @PathParam("lessonId") String lessonId) {
        return render(packId, lessonId, Map.of());
    }

    /**
     * Answers a checkpoint in place. With htmx the reply is the checkpoint alone; without JavaScript it is
     * the whole lesson again, scrolled to the checkpoint by the form's #fragment.
     */
    @POST
    @Path("packs/{packId}/lessons/{lessonId}/checkpoints/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkpoint(@PathParam("packId") String packId, @PathParam("lessonId") String lessonId,
                               @PathParam("questionId") String questionId, @HeaderParam("HX-Request") String htmx,
                               MultivaluedMap<String, String> form) {
        PackVersion version = catalog.current(packId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoPack(packId))));
        PackContent pack = catalog.content(version, languages.chosen(version));
        Lesson lesson = pack.lesson(lessonId)
                .orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoLesson(packId, lessonId))));
        if (!lesson.checkpointIds().contains(questionId)) {
            throw UserError.notFound(UiText.msg(m -> m.errNoCheckpoint(lessonId, questionId)));
        }
        Question q = pack.question(questionId).orElseThrow();
        CheckpointResult result = checkpoints.grade(pack, q, new AnswerForm(form));
        int status = result.error() == null ? 200 : 422;
        TemplateInstance page = htmx != null
                ? Templates.lesson$checkpoint(packId, lessonId, new LessonPart(null, Checkpoints.present(q, seed(), pack.manifest()), result), pack.manifest().language())
                : render(packId, lessonId, Map.of(questionId, result));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private long seed() {
        return Checkpoints.seedFor(learner.lastingKey());
    }

    TemplateInstance render(String packId, String lessonId, Map<String, CheckpointResult> answered) {
        PackVersion version = catalog.current(packId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoPack(packId))));
        PackContent pack = catalog.content(version, languages.chosen(version));
        Lesson lesson = pack.lesson(lessonId)
                .orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoLesson(packId, lessonId))));
        List<LessonPart> parts = LessonPart.of(pack, lesson, answered, seed());
        List<Source> sources = lesson.sources().stream().map(id -> pack.manifest().source(id)).flatMap(java.util.Optional::stream)
                .toList();
        int index = pack.lessons().indexOf(lesson);
        Lesson previous = index > 0 ? pack.lessons().get(index - 1) : null;
        Lesson next = index + 1 < pack.lessons().size() ? pack.lessons().get(index + 1) : null;
        String language = pack.manifest().language();
        return Templates.lesson(packId, lessonId, version, pack, lesson, parts, sources, previous, next, language,
                PackLanguages.options(catalog.languages(version), language));
    }
}

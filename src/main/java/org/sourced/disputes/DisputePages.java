package org.sourced.disputes;

import java.net.URI;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.sourced.accounts.Viewer;
import org.sourced.live.LivePages;
import org.sourced.quiz.Access;
import org.sourced.quiz.CurrentLearner;
import org.sourced.web.FormErrors;
import org.sourced.web.SelectOption;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * Disputes as pages, without JavaScript: the learner's filing form (also inline on the result page) and their list of
 * disputes and regrades, and the public errata of a pack ({@link DisputeQueuePages} has the author's side). Each
 * method binds the form, calls one service method and redirects.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DisputePages {

    @Inject
    DisputeService disputes;
    @Inject
    RegradeService regrades;
    @Inject
    Errata errata;
    @Inject
    CurrentLearner learner;
    @Inject
    Viewer viewer;
    @Inject
    DisputeConfig config;

    /** What the learner wrote, to show again beside a problem. */
    public record FilingForm(String reason, String source, String locator) {
        static final FilingForm EMPTY = new FilingForm("", "", "");
    }

    /** Where the filing form sits: the page it came from (the breadcrumb's link and words) and where it posts. */
    public record Place(String back, String backLabel, String action, String language) {

        static Place result(String resultId, String questionId) {
            return new Place("/results/" + resultId, UiText.msg(m -> m.resultTitle()).current(),
                    "/results/" + resultId + "/questions/" + questionId + "/disputes", null);
        }

        static Place attempt(String attemptId, int position, String questionId) {
            return new Place("/attempts/" + attemptId + "/questions/" + position, UiText.dispute(d -> d.formBackToQuestion(position)).current(),
                    "/attempts/" + attemptId + "/questions/" + questionId + "/disputes", null);
        }

        static Place checkpoint(String packId, String lessonId, String questionId, String language) {
            String lesson = "/packs/" + packId + "/lessons/" + lessonId;
            return new Place(lesson + "#cp-" + questionId, UiText.dispute(d -> d.formBackToLesson()).current(),
                    lesson + "/checkpoints/" + questionId + "/disputes", language);
        }

        static Place live(long sessionId, int n) {
            return new Place("/live/" + sessionId + "/play", UiText.dispute(d -> d.formBackToLive()).current(),
                    "/live/" + sessionId + "/questions/" + n + "/disputes", null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance file(DisputeService.Target target, Place place, List<SelectOption> sources, FilingForm form,
                                            FormErrors errors, int reasonMax);

        static native TemplateInstance mine(List<DisputeService.Mine> disputes, List<RegradeService.Regraded> regrades, String notice);

        static native TemplateInstance errata(Errata.Page page);
    }

    // ---- the learner ----------------------------------------------------------------------------------------

    @GET
    @Path("results/{resultId}/questions/{questionId}/dispute")
    public TemplateInstance fileForm(@PathParam("resultId") String resultId, @PathParam("questionId") String questionId) {
        DisputeService.Target target = disputes.onResult(resultId, learner.get(), questionId);
        return form(target, Place.result(resultId, questionId), FilingForm.EMPTY, FormErrors.none());
    }

    @POST
    @Path("results/{resultId}/questions/{questionId}/disputes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@PathParam("resultId") String resultId, @PathParam("questionId") String questionId, @RestForm String reason,
                         @RestForm String source, @RestForm String locator) {
        try {
            disputes.fileOnResult(resultId, learner.get(), questionId, new DisputeService.Filing(reason, source, locator));
        } catch (InvalidField e) {
            return refile(resultId, questionId, new FilingForm(reason, source, locator), FormErrors.of(e.field(), e.text()), e.status());
        } catch (UserError e) {
            if (e.status() != 409) {
                throw e; // not yours, no such result or question, too many (with Retry-After): the error page says so
            }
            // the key is not shown yet: said beside the form, which keeps what was written
            return refile(resultId, questionId, new FilingForm(reason, source, locator), FormErrors.of(InvalidField.FORM, e.text()), e.status());
        }
        return seeOther("/me/disputes?notice=filed");
    }

    /** The same form for a practice question whose answer was checked (the link under its feedback). */
    @GET
    @Path("attempts/{id}/questions/{questionId}/dispute")
    public TemplateInstance fileOnAttemptForm(@PathParam("id") String id, @PathParam("questionId") String questionId) {
        DisputeService.Target target = disputes.onAttempt(id, Access.link(learner.get()), questionId);
        return form(target, Place.attempt(id, target.position(), questionId), FilingForm.EMPTY, FormErrors.none());
    }

    @POST
    @Path("attempts/{id}/questions/{questionId}/disputes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fileOnAttempt(@PathParam("id") String id, @PathParam("questionId") String questionId, @RestForm String reason,
                                  @RestForm String source, @RestForm String locator) {
        try {
            disputes.fileOnAttempt(id, Access.link(learner.get()), questionId, new DisputeService.Filing(reason, source, locator));
        } catch (InvalidField e) {
            DisputeService.Target target = disputes.onAttempt(id, Access.link(learner.get()), questionId);
            return page(e.status(), form(target, Place.attempt(id, target.position(), questionId), new FilingForm(reason, source, locator),
                    FormErrors.of(e.field(), e.text())));
        }
        return seeOther("/me/disputes?notice=filed");
    }

    private Response refile(String resultId, String questionId, FilingForm form, FormErrors errors, int status) {
        DisputeService.Target target = disputes.onResult(resultId, learner.get(), questionId);
        return page(status, form(target, Place.result(resultId, questionId), form, errors));
    }

    /** The same form for a lesson's checkpoint (the link under its feedback), in the language the lesson was read in. */
    @GET
    @Path("packs/{packId}/lessons/{lessonId}/checkpoints/{questionId}/dispute")
    public TemplateInstance fileOnCheckpointForm(@PathParam("packId") String packId, @PathParam("lessonId") String lessonId,
                                                 @PathParam("questionId") String questionId, @QueryParam("lang") String lang) {
        DisputeService.Target target = disputes.onCheckpoint(packId, lessonId, questionId, lang);
        return form(target, Place.checkpoint(packId, lessonId, questionId, target.language()), FilingForm.EMPTY, FormErrors.none());
    }

    @POST
    @Path("packs/{packId}/lessons/{lessonId}/checkpoints/{questionId}/disputes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fileOnCheckpoint(@PathParam("packId") String packId, @PathParam("lessonId") String lessonId,
                                     @PathParam("questionId") String questionId, @RestForm String lang, @RestForm String reason,
                                     @RestForm String source, @RestForm String locator) {
        try {
            disputes.fileOnCheckpoint(packId, lessonId, questionId, learner.get(), new DisputeService.Filing(reason, source, locator));
        } catch (InvalidField e) {
            DisputeService.Target target = disputes.onCheckpoint(packId, lessonId, questionId, lang);
            return page(e.status(), form(target, Place.checkpoint(packId, lessonId, questionId, target.language()),
                    new FilingForm(reason, source, locator), FormErrors.of(e.field(), e.text())));
        }
        return seeOther("/me/disputes?notice=filed");
    }

    /** The same form for a live question whose key was revealed (the link under the phone's feedback). */
    @GET
    @Path("live/{id}/questions/{n}/dispute")
    public TemplateInstance fileOnLiveForm(@PathParam("id") long id, @PathParam("n") int n, @CookieParam(LivePages.PLAYER_COOKIE) String token) {
        DisputeService.Target target = disputes.onLive(id, token, n);
        return form(target, Place.live(id, n), FilingForm.EMPTY, FormErrors.none());
    }

    /** Files it and sends the player back to the game, which goes on meanwhile. */
    @POST
    @Path("live/{id}/questions/{n}/disputes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fileOnLive(@PathParam("id") long id, @PathParam("n") int n, @CookieParam(LivePages.PLAYER_COOKIE) String token,
                               @RestForm String reason, @RestForm String source, @RestForm String locator) {
        try {
            disputes.fileOnLive(id, token, n, learner.get(), new DisputeService.Filing(reason, source, locator));
        } catch (InvalidField e) {
            DisputeService.Target target = disputes.onLive(id, token, n);
            return page(e.status(), form(target, Place.live(id, n), new FilingForm(reason, source, locator), FormErrors.of(e.field(), e.text())));
        }
        return seeOther("/live/" + id + "/play?notice=disputed");
    }

    private TemplateInstance form(DisputeService.Target target, Place place, FilingForm form, FormErrors errors) {
        return Templates.file(target, place, sources(target), form, errors, config.reasonMax());
    }

    private static List<SelectOption> sources(DisputeService.Target target) {
        return target.sources().stream().map(s -> new SelectOption(s.id(), s.title())).toList();
    }

    @GET
    @Path("me/disputes")
    public TemplateInstance mine(@QueryParam("notice") String notice) {
        String text = "filed".equals(notice) ? UiText.dispute(d -> d.filed()).current() : null;
        return Templates.mine(disputes.mine(learner.get()), regrades.of(learner.get()), text);
    }

    // ---- everyone -------------------------------------------------------------------------------------------

    @GET
    @Path("packs/{id}/errata")
    public TemplateInstance errata(@PathParam("id") String packId) {
        return Templates.errata(errata.page(packId));
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}

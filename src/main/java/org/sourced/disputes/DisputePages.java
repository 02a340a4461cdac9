package org.sourced.disputes;

import java.net.URI;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance file(DisputeService.Target target, List<SelectOption> sources, FilingForm form, FormErrors errors,
                                            int reasonMax);

        static native TemplateInstance mine(List<DisputeService.Mine> disputes, List<RegradeService.Regraded> regrades, String notice);

        static native TemplateInstance errata(Errata.Page page);
    }

    // ---- the learner ----------------------------------------------------------------------------------------

    @GET
    @Path("results/{resultId}/questions/{questionId}/dispute")
    public TemplateInstance fileForm(@PathParam("resultId") String resultId, @PathParam("questionId") String questionId) {
        DisputeService.Target target = disputes.onResult(resultId, learner.get(), questionId);
        return Templates.file(target, sources(target), FilingForm.EMPTY, FormErrors.none(), config.reasonMax());
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
        return Templates.file(target, sources(target), FilingForm.EMPTY, FormErrors.none(), config.reasonMax());
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
            return page(e.status(), Templates.file(target, sources(target), new FilingForm(reason, source, locator),
                    FormErrors.of(e.field(), e.text()), config.reasonMax()));
        }
        return seeOther("/me/disputes?notice=filed");
    }

    private Response refile(String resultId, String questionId, FilingForm form, FormErrors errors, int status) {
        DisputeService.Target target = disputes.onResult(resultId, learner.get(), questionId);
        return page(status, Templates.file(target, sources(target), form, errors, config.reasonMax()));
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

package org.sourced.disputes;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;

/**
 * The author's side of disputes as pages, without JavaScript: a pack's queue with a decision form per open dispute,
 * and the regrade of a corrected question (a dry run first, then a confirming post). Under {@code /teach} beside the
 * editor, for teachers; the services check that the pack is the viewer's (or that the viewer is the admin).
 */
@Path("/teach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("teacher")
public class DisputeQueuePages {

    @Inject
    DisputeService disputes;
    @Inject
    RegradeService regrades;
    @Inject
    Viewer viewer;

    /** What the author wrote in one dispute's decision form. */
    public record DecisionForm(long dispute, String decision, String reply, String key, String points, String explanation,
                               String summary) {
        static DecisionForm blank(long dispute) {
            return new DecisionForm(dispute, "reject", "", "", "", "", "");
        }

        /** A field's id, unique on a page with a form per dispute. */
        public String id(String field) {
            return "d" + dispute + "-" + field;
        }
    }

    /** The decision form that failed, if any: it shows again with its values and problems; every other form is blank. */
    public record Failed(DecisionForm form, FormErrors errors) {
        static final Failed NONE = new Failed(null, FormErrors.none());

        public DecisionForm form(long dispute) {
            return form != null && form.dispute() == dispute ? form : DecisionForm.blank(dispute);
        }

        public FormErrors errors(long dispute) {
            return form != null && form.dispute() == dispute ? errors : FormErrors.none();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(DisputeService.Queue queue, Failed failed, String notice);

        static native TemplateInstance regrade(DisputeService.Queue queue, String question, RegradeService.Outcome outcome);
    }

    // ---- the author -----------------------------------------------------------------------------------------

    @GET
    @Path("packs/{id}/disputes")
    public TemplateInstance queue(@PathParam("id") String packId, @QueryParam("notice") String notice, @QueryParam("n") Integer n,
                                  @QueryParam("attempts") Integer attempts, @QueryParam("students") Integer students,
                                  @QueryParam("checked") Integer checked) {
        return Templates.queue(disputes.queue(packId, viewer.id(), viewer.isAdmin()), Failed.NONE,
                notice(notice, n, attempts, students, checked));
    }

    @POST
    @Path("disputes/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @RestForm String pack, @RestForm String decision, @RestForm String reply,
                           @RestForm String key, @RestForm String points, @RestForm String explanation, @RestForm String summary) {
        DecisionForm form = new DecisionForm(id, decision, reply, key, points, explanation, summary);
        DisputeService.Decided decided;
        try {
            decided = disputes.decide(id, new DisputeService.Decision(decision, reply, change(form)), viewer.id(), viewer.isAdmin());
        } catch (InvalidField e) {
            if (pack == null || pack.isBlank()) {
                throw e;
            }
            return page(e.status(), Templates.queue(disputes.queue(pack, viewer.id(), viewer.isAdmin()),
                    new Failed(form, FormErrors.of(e.field(), e.text())), null));
        }
        String packId = decided.dispute().packId;
        return seeOther("/teach/packs/" + packId + "/disputes" + (decided.erratum() == null ? "?notice=rejected"
                : "?notice=erratum&n=" + decided.erratum().number));
    }

    /** The change a decision form asks for; null when it asks for none (a rejection, or a form left empty). */
    static KeyChange.Change change(DecisionForm f) {
        List<String> key = blank(f.key()) ? null : Arrays.stream(f.key().strip().split("[\\s,]+")).toList();
        Integer points = null;
        if (!blank(f.points())) {
            try {
                points = Integer.valueOf(f.points().strip());
            } catch (NumberFormatException e) {
                throw new InvalidField("points", UiText.dispute(d -> d.errPointsRange()));
            }
        }
        String explanation = blank(f.explanation()) ? null : f.explanation();
        String summary = blank(f.summary()) ? null : f.summary();
        if (key == null && points == null && explanation == null) {
            return null;
        }
        return new KeyChange.Change(summary, key, points, explanation, null);
    }

    /** A dry run: what a regrade under the question's latest correction would change. Nothing is stored. */
    @GET
    @Path("packs/{id}/regrade")
    public TemplateInstance preview(@PathParam("id") String packId, @QueryParam("question") String question) {
        RegradeService.Outcome outcome = regrades.regrade(packId, question, true, viewer.id(), viewer.isAdmin());
        return Templates.regrade(disputes.queue(packId, viewer.id(), viewer.isAdmin()), question, outcome);
    }

    @POST
    @Path("packs/{id}/regrade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response regrade(@PathParam("id") String packId, @RestForm String question) {
        RegradeService.Outcome o = regrades.regrade(packId, question, false, viewer.id(), viewer.isAdmin());
        return seeOther("/teach/packs/" + packId + "/disputes?notice=regraded&n=" + o.erratum() + "&checked=" + o.checked() + "&attempts="
                + o.attempts() + "&students=" + o.students());
    }

    private static String notice(String notice, Integer n, Integer attempts, Integer students, Integer checked) {
        if (notice == null) {
            return null;
        }
        return switch (notice) {
            case "rejected" -> UiText.dispute(d -> d.decidedRejected()).current();
            case "erratum" -> n == null ? null : UiText.dispute(d -> d.decidedErratum(n)).current();
            case "regraded" -> n == null || attempts == null || students == null || checked == null ? null
                    : UiText.dispute(d -> d.regradeDone(n) + ". " + d.regradeCounts(checked, attempts, students)).current();
            default -> null;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}

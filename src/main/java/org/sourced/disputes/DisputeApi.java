package org.sourced.disputes;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sourced.accounts.Viewer;
import org.sourced.packs.PackErrata;
import org.sourced.packs.format.Evidence;
import org.sourced.web.UserError;

/**
 * Disputes for scripts: the author's decision. The records here are the JSON of all three dispute APIs
 * ({@link AttemptDisputeApi} for learners, {@link PackDisputeApi} for the queue and regrades). docs/disputes.md has the rules.
 */
@Path("/api/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputeApi {

    @Inject
    DisputeService disputes;
    @Inject
    Viewer viewer;

    public record FilingJson(String reason, String source, String locator) {
    }

    public record FiledJson(long id) {
    }

    public record DisputeJson(long id, String pack, int version, String question, String status, String reason, String source,
                              String locator, String reply, Integer erratum, Instant created, Instant decided) {
    }

    public record ChangeJson(String summary, List<String> key, Integer points, String explanation, List<Evidence> evidence) {
    }

    public record DecisionJson(String decision, String reply, ChangeJson change) {
    }

    public record DecidedJson(long id, String status, PackErrata.Entry erratum) {
    }

    public record RegradeJson(String question, Boolean dryRun) {
    }

    public record RegradedJson(int erratum, boolean dryRun, int checked, int attempts, int students, List<RegradeService.Change> changes) {
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed("teacher")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "apiToken")
    @Operation(summary = "Reject, clarify or correct (the pack's author or an admin)",
            description = "Body {decision: reject|clarify|correct, reply, change?}. change is {summary?, key?: [choice ids], points?, "
                    + "explanation?, evidence?: [{source, locator, note}]}. clarify and correct publish a new version of the pack "
                    + "with an erratum.")
    public DecidedJson decide(@PathParam("id") long id, DecisionJson body) {
        if (body == null) {
            throw UserError.badRequest("Send {\"decision\": \"reject\", \"reply\": \"...\"}.");
        }
        ChangeJson c = body.change();
        KeyChange.Change change = c == null ? null : new KeyChange.Change(c.summary(), c.key(), c.points(), c.explanation(), c.evidence());
        DisputeService.Decided decided = disputes.decide(id, new DisputeService.Decision(body.decision(), body.reply(), change),
                viewer.id(), viewer.isAdmin());
        return new DecidedJson(decided.dispute().id, decided.dispute().status,
                decided.erratum() == null ? null : erratum(decided.erratum()));
    }

    static DisputeJson json(Dispute d) {
        Erratum e = d.erratumId == null ? null : Erratum.findById(d.erratumId);
        return new DisputeJson(d.id, d.packId, versionNo(d.packVersionId), d.questionId, d.status, d.reason, d.sourceId, d.locator, d.reply,
                e == null ? null : e.number, d.createdAt, d.decidedAt);
    }

    static PackErrata.Entry erratum(Erratum e) {
        return new PackErrata.Entry(e.number, e.kind, e.questionId, e.what, e.why, e.createdAt, versionNo(e.packVersionId), e.disputeId);
    }

    static int versionNo(long versionId) {
        org.sourced.packs.PackVersion v = org.sourced.packs.PackVersion.findById(versionId);
        return v == null ? 0 : v.versionNo;
    }
}

package org.sourced.disputes;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sourced.accounts.Viewer;
import org.sourced.web.UserError;

/** A pack's disputes and regrades, for its author or an admin (HTTP Basic or a personal API token). */
@Path("/api/packs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PackDisputeApi {

    @Inject
    DisputeService disputes;
    @Inject
    RegradeService regrades;
    @Inject
    Viewer viewer;

    @GET
    @Path("{id}/disputes")
    @RolesAllowed("teacher")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "apiToken")
    @Operation(summary = "Every dispute of a pack, open ones first (its author or an admin)")
    public List<DisputeApi.DisputeJson> ofPack(@PathParam("id") String packId) {
        return disputes.ofPack(packId, viewer.id(), viewer.isAdmin()).stream().map(DisputeApi::json).toList();
    }

    @POST
    @Path("{id}/regrade")
    @RolesAllowed("teacher")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "apiToken")
    @Operation(summary = "Regrade earlier attempts under a question's latest correction; dryRun (default true) only counts",
            description = "Body {question, dryRun}. Replies {attempts, students, changes: [...]}: attempts whose score changes, the "
                    + "distinct students among them, and each change. A second regrade under the same erratum changes nothing.")
    public DisputeApi.RegradedJson regrade(@PathParam("id") String packId, DisputeApi.RegradeJson body) {
        if (body == null) {
            throw UserError.badRequest("Send {\"question\": id, \"dryRun\": true}.");
        }
        boolean dryRun = body.dryRun() == null || body.dryRun();
        RegradeService.Outcome o = regrades.regrade(packId, body.question(), dryRun, viewer.id(), viewer.isAdmin());
        return new DisputeApi.RegradedJson(o.erratum(), o.dryRun(), o.checked(), o.attempts(), o.students(), o.changes());
    }
}

package org.sourced.disputes;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sourced.quiz.Access;
import org.sourced.web.UserError;

/** Disputes by learners, with their attempt's own token (as every other call on an attempt). */
@Path("/api/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttemptDisputeApi {

    @Inject
    DisputeService disputes;

    @POST
    @Path("{id}/questions/{questionId}/disputes")
    @SecurityRequirement(name = "attemptToken")
    @Operation(summary = "Dispute the key of a question whose key the attempt has shown (practice answer checked, or attempt submitted)",
            description = "Body {reason, source?, locator?}: source is one of the pack's source ids. 429 with Retry-After when "
                    + "this learner or address has filed too many lately.")
    public Response file(@PathParam("id") String id, @PathParam("questionId") String questionId, DisputeApi.FilingJson body,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (body == null) {
            throw UserError.badRequest("Send {\"reason\": \"...\", \"source\": id, \"locator\": \"...\"}.");
        }
        Dispute d = disputes.fileOnAttempt(id, token(authorization), questionId,
                new DisputeService.Filing(body.reason(), body.source(), body.locator()));
        return Response.created(URI.create("/api/attempts/" + id + "/disputes")).entity(new DisputeApi.FiledJson(d.id)).build();
    }

    @GET
    @Path("{id}/disputes")
    @SecurityRequirement(name = "attemptToken")
    @Operation(summary = "The disputes this attempt's learner filed on it, with the author's replies")
    public List<DisputeApi.DisputeJson> mine(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return disputes.mineOnAttempt(id, token(authorization)).stream().map(DisputeApi::json).toList();
    }

    static Access token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UserError(401, "Sign in", "Send the attempt's token as 'Authorization: Bearer <token>'.");
        }
        return Access.token(authorization.substring(7).strip());
    }
}

package org.sourced.live;

import java.net.URI;
import java.util.List;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.sourced.accounts.Viewer;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * The live classroom for scripts and clients (docs/live.md). The host is a teacher with the API's credentials (HTTP
 * Basic or an {@code sp_} token); a player is whoever holds the {@code lv_} token that {@code POST /api/live/join}
 * returned. Keys appear only in the {@code reveal} event and the host's results.
 */
@Path("/api/live")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityScheme(securitySchemeName = "playerToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The lv_ token that POST /api/live/join returned")
public class LiveApi {

    @Inject
    LiveService live;
    @Inject
    LiveResults results;
    @Inject
    Viewer viewer;

    public record NewSessionJson(String pack, String objective, String set, Integer length, Integer seconds, Boolean speedPoints,
                                 Boolean peerInstruction, Long classId) {
    }

    public record CreatedJson(long id, String pin, String hostUrl, String joinUrl) {
    }

    public record JoinJson(String pin, String nickname) {
    }

    public record JoinedJson(long player, String token) {
    }

    public record AnswerJson(List<String> choices, Integer certainty) {
    }

    public record AcceptedJson(boolean accepted) {
    }

    public record ExtraTimeJson(Double factor) {
    }

    @POST
    @RolesAllowed("teacher")
    @Operation(summary = "Start a live session from a published pack (whole, an objective or a set), or for one of your classes",
            description = "seconds per question 5-300 (default 20); length 0 (default) asks every question; speedPoints default true; "
                    + "peerInstruction default false; with classId only the class's students may join, by account.")
    public Response create(NewSessionJson body, @Context HttpServerRequest http) {
        if (body == null) {
            throw UserError.badRequest("Send {\"pack\": \"csto-armenia\"} and any other settings.");
        }
        LiveSession s = live.create(host(), new LiveService.Settings(body.pack(), body.objective(), body.set(), body.length(), body.seconds(),
                body.speedPoints(), body.peerInstruction(), body.classId()));
        return Response.created(URI.create("/live/" + s.id + "/host"))
                .entity(new CreatedJson(s.id, s.pin, origin(http) + "/live/" + s.id + "/host", joinUrl(http, s.pin))).build();
    }

    @POST
    @Path("join")
    @Operation(summary = "Join a live session with its PIN and a nickname; returns the player's token",
            description = "404: no session has this PIN; 409: the nickname is taken; 410: the session is over. A class's session "
                    + "takes only its students, signed in (Basic or their sp_ token); the nickname is then optional.")
    public Response join(JoinJson body) {
        if (body == null) {
            throw UserError.badRequest("Send {\"pin\": \"123456\", \"nickname\": \"Ani\"}.");
        }
        LiveService.Joined j = live.join(body.pin(), body.nickname(), viewer.accountId());
        return Response.status(201).entity(new JoinedJson(j.player().id, j.token())).build();
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The session's events (server-sent): lobby, question, closed, reveal, leaderboard, ended",
            description = "For the host (teacher credentials) or a player (Bearer lv_ token). The first events describe the session "
                    + "as it stands; the host also gets 'answered' counts. No key is sent before its reveal.")
    public void events(@PathParam("id") long id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context Sse sse,
                       @Context SseEventSink sink) {
        String token = playerToken(authorization);
        if (token != null) {
            LivePlayer p = live.player(token, id);
            live.subscribe(id, sse, sink, false, p.id);
        } else if (viewer.isSignedIn()) {
            live.sessionFor(host(), id);
            live.subscribe(id, sse, sink, true, null);
        } else {
            throw new UserError(401, "Sign in", UiText.live(m -> m.errLiveNoToken()));
        }
    }

    @GET
    @Path("{id}/me")
    @Operation(summary = "The session as this player sees it now: the open question, their answer, their countdown, score and rank")
    public LiveEvents.PlayerState me(@PathParam("id") long id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return live.me(playerToken(authorization), id);
    }

    @PUT
    @Path("{id}/answers/{n}")
    @Operation(summary = "Answer question n (player)", description = "409: closed, too late, or not the current question; 422: an "
            + "unknown choice. Posting the same answer again is accepted and stored once; a different second answer is a 409.")
    public AcceptedJson answer(@PathParam("id") long id, @PathParam("n") int n, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               AnswerJson body) {
        if (body == null) {
            throw UserError.badRequest("Send {\"choices\": [\"a\"]}.");
        }
        live.answer(playerToken(authorization), id, n, body.choices(), body.certainty());
        return new AcceptedJson(true);
    }

    @POST
    @Path("{id}/{step}")
    @RolesAllowed("teacher")
    @Operation(summary = "A host step: next, close, reveal or end",
            description = "next opens the next question (or the peer-instruction revote; after the last reveal it ends the session); "
                    + "close closes the open question early; reveal shows the key, the distribution, the evidence and the leaderboard; "
                    + "end ends the session. 409: the step does not fit the session's state; 410: the session is over.")
    public LiveService.Step step(@PathParam("id") long id, @PathParam("step") String step) {
        return live.step(host(), id, LiveService.Action.of(step));
    }

    @POST
    @Path("{id}/players/{player}/remove")
    @RolesAllowed("teacher")
    @Operation(summary = "Remove a player: their token stops working")
    public Response remove(@PathParam("id") long id, @PathParam("player") long player) {
        live.removePlayer(host(), id, player);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/players/{player}/extra-time")
    @RolesAllowed("teacher")
    @Operation(summary = "Give a player ×1.5 or ×2 the seconds from the next question on (×1 takes it back)")
    public Response extraTime(@PathParam("id") long id, @PathParam("player") long player, ExtraTimeJson body) {
        live.extraTime(host(), id, player, body == null || body.factor() == null ? 0 : body.factor());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/results")
    @RolesAllowed("teacher")
    @Operation(summary = "Every player's score and answers, and each question's statistics (host)")
    public LiveResults.ResultsJson results(@PathParam("id") long id) {
        return results.results(live.sessionFor(host(), id));
    }

    private LiveService.Host host() {
        return new LiveService.Host(viewer.id(), viewer.isAdmin());
    }

    static String playerToken(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer " + LiveService.TOKEN_PREFIX, 0,
                7 + LiveService.TOKEN_PREFIX.length())) {
            return authorization.substring(7).strip();
        }
        return null;
    }

    static String origin(HttpServerRequest http) {
        return http.scheme() + "://" + http.authority();
    }

    static String joinUrl(HttpServerRequest http, String pin) {
        return origin(http) + "/play?pin=" + pin;
    }
}

package org.sourced.live;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.resteasy.reactive.RestForm;
import org.sourced.accounts.Viewer;
import org.sourced.classes.Caller;
import org.sourced.classes.ClassService;
import org.sourced.classes.Classroom;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.PackContent;
import org.sourced.web.FormErrors;
import org.sourced.web.SelectOption;
import org.sourced.web.UserError;
import org.sourced.web.i18n.LiveMessages;
import org.sourced.web.i18n.UiText;

/**
 * The live classroom in the browser: the teacher's start form and projector screen, the player's join form and
 * phone. Every page works without JavaScript (forms that post, pages that reload themselves while waiting); with it,
 * htmx's SSE extension reloads the changing part of the page on each event of {@code /live/{id}/events}. A player is
 * known by the {@code lv_} token of their join, kept in an HttpOnly cookie scoped to the session's pages.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LivePages {

    /** The cookie that carries a player's token; its path is the session's pages, so each session has its own. */
    public static final String PLAYER_COOKIE = "live-player";
    /** Set at the join of a phone without JavaScript: its page is then reloaded every 2 s while it waits. */
    static final String RELOAD_COOKIE = "live-reload";
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    LiveService live;
    @Inject
    LiveViews views;
    @Inject
    LiveResults results;
    @Inject
    PackCatalog catalog;
    @Inject
    ClassService classes;
    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<SelectOption> whats, List<SelectOption> classes, StartForm form, FormErrors errors);

        static native TemplateInstance host(LiveViews.HostView view, Joining join, String notice, boolean partial);

        static native TemplateInstance host$panel(LiveViews.HostView view, Joining join, String notice, boolean partial);

        static native TemplateInstance results(LiveResults.ResultsJson results);

        static native TemplateInstance join(String pin, String nickname, FormErrors errors);

        /** @param notice what went wrong with the last post, @param sent what the last post did (a dispute filed) */
        static native TemplateInstance play(LiveViews.PlayView view, String notice, String sent, boolean partial);

        static native TemplateInstance play$panel(LiveViews.PlayView view, String notice, String sent, boolean partial);
    }

    /** The start form as typed, to fill it again after an error. */
    public record StartForm(String what, String length, String seconds, boolean speedPoints, boolean peerInstruction, String classId) {
    }

    /** Where players join: the address, and its QR code. */
    public record Joining(String url, JoinQr qr) {
    }

    // ---- The teacher -----------------------------------------------------------------------------------

    @GET
    @Path("live/new")
    @RolesAllowed("teacher")
    public TemplateInstance startForm(@QueryParam("class") Long classId) {
        StartForm blank = new StartForm("", "0", "", true, false, classId == null ? "" : String.valueOf(classId));
        return Templates.start(whats(), classOptions(), blank, FormErrors.none());
    }

    @POST
    @Path("live")
    @RolesAllowed("teacher")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String what, @RestForm String length, @RestForm String seconds, @RestForm String speedPoints,
                          @RestForm String peerInstruction, @RestForm String classId) {
        StartForm form = new StartForm(what, length, seconds, "true".equals(speedPoints), "true".equals(peerInstruction), classId);
        FormErrors errors = FormErrors.none();
        Integer len = integer(length, "length", errors);
        Integer secs = integer(seconds, "seconds", errors);
        Integer cls = integer(classId, "classId", errors);
        if (!errors.isEmpty()) {
            return page(422, Templates.start(whats(), classOptions(), form, errors));
        }
        String w = what == null ? "" : what.strip();
        int bar = w.indexOf('|');
        String pack = bar < 0 ? w : w.substring(0, bar);
        String scope = bar < 0 ? "" : w.substring(bar + 1);
        try {
            LiveSession s = live.create(host(), new LiveService.Settings(pack, scope.startsWith("objective:") ? scope.substring(10) : null,
                    scope.startsWith("set:") ? scope.substring(4) : null, len, secs, form.speedPoints(), form.peerInstruction(),
                    cls == null ? null : cls.longValue()));
            return seeOther("/live/" + s.id + "/host");
        } catch (UserError e) {
            return page(e.status(), Templates.start(whats(), classOptions(), form, FormErrors.of("form", e.text())));
        }
    }

    @GET
    @Path("live/{id}/host")
    @RolesAllowed("teacher")
    public TemplateInstance host(@PathParam("id") long id, @Context HttpServerRequest http) {
        LiveViews.HostView v = views.host(host(), id);
        return Templates.host(v, joining(http, v), null, false);
    }

    /** The changing part of the host's screen, for htmx to swap in on an event. */
    @GET
    @Path("live/{id}/host/panel")
    @RolesAllowed("teacher")
    public TemplateInstance hostPanel(@PathParam("id") long id, @Context HttpServerRequest http) {
        LiveViews.HostView v = views.host(host(), id);
        return Templates.host$panel(v, joining(http, v), null, true);
    }

    /** The host's steps: next (question or revote), close, reveal, end; a step that does not fit now says why (409). */
    @POST
    @Path("live/{id}/host/{step}")
    @RolesAllowed("teacher")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") long id, @PathParam("step") String step, @Context HttpServerRequest http) {
        try {
            live.step(host(), id, LiveService.Action.of(step));
            return seeOther("/live/" + id + "/host");
        } catch (UserError e) {
            if (e.status() == 404) {
                throw e;
            }
            LiveViews.HostView v = views.host(host(), id);
            return page(e.status(), Templates.host(v, joining(http, v), e.localMessage(), false));
        }
    }

    @POST
    @Path("live/{id}/players/{player}/remove")
    @RolesAllowed("teacher")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id, @PathParam("player") long player) {
        live.removePlayer(host(), id, player);
        return seeOther("/live/" + id + "/host");
    }

    @POST
    @Path("live/{id}/players/{player}/extra-time")
    @RolesAllowed("teacher")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extraTime(@PathParam("id") long id, @PathParam("player") long player, @RestForm String factor) {
        double f;
        try {
            f = factor == null ? 0 : Double.parseDouble(factor.strip());
        } catch (NumberFormatException e) {
            f = 0;
        }
        live.extraTime(host(), id, player, f);
        return seeOther("/live/" + id + "/host");
    }

    /** Every player's score and each question's statistics, for the host (the API's {@code results} as a page). */
    @GET
    @Path("live/{id}/results")
    @RolesAllowed("teacher")
    public TemplateInstance results(@PathParam("id") long id) {
        return Templates.results(results.results(live.sessionFor(host(), id)));
    }

    @GET
    @Path("live/{id}/results.csv")
    @RolesAllowed("teacher")
    @Produces(CSV)
    public Response resultsCsv(@PathParam("id") long id) {
        LiveResults.ResultsJson r = results.results(live.sessionFor(host(), id));
        StreamingOutput body = out -> LiveCsv.write(r, out);
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"live-" + id + "-results.csv\"").build();
    }

    /** The session's events for the pages: the host's ({@code ?as=host}, by their sign-in) or a player's (by the cookie). */
    @GET
    @Path("live/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") long id, @QueryParam("as") String as, @QueryParam("seen") String seen,
                       @CookieParam(PLAYER_COOKIE) String token, @Context Sse sse, @Context SseEventSink sink) {
        if ("host".equals(as)) {
            if (!viewer.isTeacher()) {
                throw UserError.forbidden(UiText.live(LiveMessages::errNotHost));
            }
            live.sessionFor(host(), id);
            live.subscribe(id, sse, sink, true, null, seen);
        } else {
            LivePlayer p = live.player(token, id);
            live.subscribe(id, sse, sink, false, p.id, seen);
        }
    }

    // ---- The players ------------------------------------------------------------------------------------

    @GET
    @Path("play")
    public TemplateInstance joinForm(@QueryParam("pin") String pin) {
        return Templates.join(pin == null ? "" : pin.strip(), "", FormErrors.none());
    }

    @POST
    @Path("play")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestForm String pin, @RestForm String nickname, @RestForm String script, @Context HttpServerRequest http) {
        try {
            LiveService.Joined j = live.join(pin, nickname, viewer.accountId());
            long id = j.session().id;
            Response.ResponseBuilder reply = Response.seeOther(URI.create("/live/" + id + "/play"))
                    .cookie(sessionCookie(PLAYER_COOKIE, j.token(), id, http));
            if (!"on".equals(script)) {
                reply.cookie(sessionCookie(RELOAD_COOKIE, "2", id, http));
            }
            return reply.build();
        } catch (UserError e) {
            // the PIN's problems (shape, none, over) belong to the PIN field; the rest to the nickname, or the form
            String field = e.status() == 403 ? "form" : e.getMessage().contains("PIN") || e.status() == 404 || e.status() == 410 ? "pin"
                    : "nickname";
            return page(e.status(), Templates.join(pin, nickname, FormErrors.of(field, e.text())));
        }
    }

    @GET
    @Path("live/{id}/play")
    public Response play(@PathParam("id") long id, @CookieParam(PLAYER_COOKIE) String token, @CookieParam(RELOAD_COOKIE) String reload,
                         @QueryParam("notice") String notice) {
        if (token == null || token.isBlank()) {
            return seeOther("/play");
        }
        LiveViews.PlayView v = views.play(token, id);
        Response.ResponseBuilder reply = Response.ok(Templates.play(v, null, sent(notice), false), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (reload != null && v.waiting()) {
            // the Refresh header rather than a meta refresh: the page itself stays free of a timed reload (axe's meta-refresh
            // rule), and only a phone that said it has no JavaScript gets it; the form of an open question never reloads.
            // It reloads the plain page, so that a notice shown once (a dispute sent) does not come back with every reload.
            reply.header("Refresh", "2; url=/live/" + id + "/play");
        }
        return reply.build();
    }

    /** The changing part of the phone, for htmx to swap in on an event. */
    @GET
    @Path("live/{id}/play/panel")
    public TemplateInstance playPanel(@PathParam("id") long id, @CookieParam(PLAYER_COOKIE) String token) {
        return Templates.play$panel(views.play(token, id), null, null, true);
    }

    /** A plain form's answer; a late, second or unknown answer shows the phone again with the reason (409, 410, 422). */
    @POST
    @Path("live/{id}/answers/{n}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @PathParam("n") int n, @CookieParam(PLAYER_COOKIE) String token,
                           @RestForm("choice") List<String> choice, @RestForm String certainty) {
        if (token == null || token.isBlank()) {
            return seeOther("/play");
        }
        try {
            live.answer(token, id, n, choice, certaintyOf(certainty));
            return seeOther("/live/" + id + "/play");
        } catch (UserError e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return page(e.status(), Templates.play(views.play(token, id), e.localMessage(), null, false));
        }
    }

    // ---- Helpers ----------------------------------------------------------------------------------------

    /** The notice of a redirect back to the phone: a dispute filed from it (disputes.DisputePages). */
    private static String sent(String notice) {
        return "disputed".equals(notice) ? UiText.dispute(d -> d.filedLive()).current() : null;
    }

    /** A cookie of the player's, for this session's pages only. */
    private static NewCookie sessionCookie(String name, String value, long id, HttpServerRequest http) {
        return new NewCookie.Builder(name).value(value).path("/live/" + id).httpOnly(true).secure("https".equals(http.scheme()))
                .sameSite(NewCookie.SameSite.LAX).maxAge(12 * 3600).build();
    }

    private LiveService.Host host() {
        return new LiveService.Host(viewer.id(), viewer.isAdmin());
    }

    private Joining joining(HttpServerRequest http, LiveViews.HostView v) {
        String url = LiveApi.joinUrl(http, v.pin());
        return new Joining(url, v.lobby() ? JoinQr.of(url, UiText.live(m -> m.qrTitle(url)).current()) : null);
    }

    /** Every published pack whole, each objective and each set. */
    private List<SelectOption> whats() {
        LiveMessages t = UiText.Bundles.current(LiveMessages.class);
        List<SelectOption> options = new ArrayList<>();
        for (PackVersion v : catalog.listing()) {
            PackContent pack = catalog.content(v);
            options.add(new SelectOption(v.packId, t.startWhole(v.title, v.questionCount)));
            pack.manifest().objectives().forEach(o -> options.add(new SelectOption(v.packId + "|objective:" + o.id(),
                    t.startObjective(v.title, o.title(), pack.questions().stream().filter(q -> o.id().equals(q.objective())).count()))));
            pack.manifest().sets().forEach(s -> options.add(new SelectOption(v.packId + "|set:" + s.id(),
                    t.startSet(v.title, s.title(), pack.questions().stream().filter(q -> q.tags().contains(s.tag())).count()))));
        }
        return options;
    }

    private List<SelectOption> classOptions() {
        List<SelectOption> options = new ArrayList<>();
        for (Classroom c : classes.classesOf(Caller.of(viewer))) {
            if (!c.isArchived()) {
                options.add(new SelectOption(String.valueOf(c.id), c.name));
            }
        }
        return options;
    }

    private static Integer integer(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, UiText.live(m -> m.errLiveWholeNumber(value)));
            return null;
        }
    }

    private static Integer certaintyOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return 0; // refused by the service's own check, with its message
        }
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}

package org.sourced.web;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sourced.web.i18n.Messages;
import org.sourced.web.i18n.SecurityMessages;
import org.sourced.web.i18n.UiLanguage;
import org.sourced.web.i18n.UiText;

/**
 * Errors in the layout for people and as JSON for scripts. Each message says what went wrong; a 500
 * never shows a stack trace, only an id to find it in the log. Pages speak the reader's language; the
 * JSON stays English (scripts match on it); a {@link UserError}'s message is a sentence of the bundle (docs/i18n.md).
 */
public class ErrorPages {

    @Inject
    UiLanguage ui;
    @Inject
    CurrentVertxRequest request;
    @Inject
    DatabaseGateFilter gate;

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance notFound(String message);

        static native TemplateInstance problem(int status, String title, String message);

        static native TemplateInstance serverError(String incident);
    }

    /** The JSON body of an API error. */
    public record ApiError(int status, String message) {
    }

    /** No resource matches the address (a missing pack or lesson is a {@link UserError} instead). */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (isApi(uri)) {
            // RESTEasy's own message ("Unable to find matching target resource method") means nothing to a reader
            String message = e.getMessage() == null || e.getMessage().startsWith("HTTP 404")
                    || e.getMessage().startsWith("Unable to find matching target resource method") ? "There is nothing at this address."
                    : e.getMessage();
            return json(404, message);
        }
        // the exception's own message is RESTEasy's ("Unable to find matching target resource method"), not for readers
        keepCsrfToken();
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound(ui.messages().errorNothingHere())).build();
    }

    @ServerExceptionMapper
    public Response clientError(UserError e, UriInfo uri) {
        Response.ResponseBuilder reply = isApi(uri) ? Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.status(), e.getMessage()))
                : Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .entity(Templates.problem(e.status(), title(ui.messages(), e.status(), e.localTitle()), e.localMessage()));
        if (e instanceof TooManyRequests wait) {
            reply.header("Retry-After", wait.retryAfterSeconds());
        }
        return reply.build();
    }

    /**
     * A JSON body with a field the route does not take ({@code quarkus.jackson.fail-on-unknown-properties}): 400 naming
     * the field, so a misspelt setting is not silently ignored and no body can smuggle megabytes in an unread field.
     */
    @ServerExceptionMapper
    public Response unknownField(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
        String field = e.getPropertyName() == null ? "?" : e.getPropertyName();
        return json(400, UiText.sec(m -> m.errUnknownField(field)).english());
    }

    /** JSON that does not parse or does not fit the route's shape (a string for a number): 400 with the parser's words. */
    @ServerExceptionMapper
    public Response badJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return json(400, UiText.sec(m -> m.errBadJson(e.getOriginalMessage())).english());
    }

    @ServerExceptionMapper
    public Response unparsableJson(com.fasterxml.jackson.core.JsonParseException e) {
        return json(400, UiText.sec(m -> m.errBadJson(e.getOriginalMessage())).english());
    }

    /** The JSON reader wraps a body that breaks off (end of input) in a bare 400: say what the parser said. */
    @ServerExceptionMapper
    public Response webError(WebApplicationException e) {
        if (e.getResponse().getStatus() == 400 && e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return json(400, UiText.sec(m -> m.errBadJson(json.getOriginalMessage())).english());
        }
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        if (isApi(uri)) {
            return json(403, "Your account may not open this page.");
        }
        Messages m = ui.messages();
        keepCsrfToken();
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(403, m.errorNotAllowed(), m.errorNotAllowedMessage())).build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return w.getResponse();
        }
        Optional<Outage> outage = Outage.of(e);
        if (outage.isPresent()) {
            Outage seen = outage.get().given(DatabaseGateFilter.usableBytesInDataDir());
            if (!(e instanceof DatabaseGate.Refused)) {
                gate.suspect(seen);
            }
            return unavailable(seen, e, uri);
        }
        String incident = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Log.errorf(e, "Incident %s on %s", incident, uri.getPath());
        if (isApi(uri)) {
            return json(500, "Something went wrong on the server (incident " + incident + ").");
        }
        return Response.status(500).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.serverError(incident)).build();
    }

    /**
     * The database is unreachable or the disk full: a 503 that says which, at once (the pool gives up within its
     * acquisition timeout), with Retry-After. One log line without a stack trace, as an outage repeats it on
     * every request; the transaction was rolled back, so what was sent is not stored, and the page says so.
     */
    private Response unavailable(Outage outage, Throwable e, UriInfo uri) {
        RoutingContext rc = request.getCurrent();
        String method = rc == null ? "GET" : rc.request().method().name();
        boolean reading = method.equals("GET") || method.equals("HEAD");
        if (!(e instanceof DatabaseGate.Refused)) { // the gate logs when it closes and opens, not each refusal
            Log.warnf("%s on %s %s: %s", outage == Outage.DISK_FULL ? "Disk full" : "Database unreachable", method,
                    uri.getPath(), rootMessage(e));
        }
        UiText text = switch (outage) {
            case DATABASE_DOWN -> reading ? UiText.sec(SecurityMessages::errDatabaseDownPage) : UiText.sec(SecurityMessages::errDatabaseDown);
            case DISK_FULL -> reading ? UiText.sec(SecurityMessages::errDiskFullPage) : UiText.sec(SecurityMessages::errDiskFull);
        };
        Response.ResponseBuilder reply = Response.status(503).header("Retry-After", outage == Outage.DISK_FULL ? 60 : 5);
        if (isApi(uri)) {
            return reply.type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(503, text.english())).build();
        }
        keepCsrfToken();
        return reply.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(503, UiText.sec(SecurityMessages::errUnavailable).current(), text.current())).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 50 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The heading of an error page, by status; a status without its own words keeps the error's title. */
    static String title(Messages m, int status, String fallback) {
        return switch (status) {
            case 400 -> m.errorBadRequest();
            case 401 -> m.errorNotSignedIn();
            case 403 -> m.errorNotAllowed();
            case 404 -> m.errorNotFound();
            case 409 -> m.errorOutOfDate();
            case 422 -> m.errorCannotUse();
            case 429 -> m.errorTooManyTries();
            default -> fallback;
        };
    }

    /**
     * A 403 from a role check, or a 404 where no route matched, comes before the CSRF filter has run. When the
     * browser already holds a token cookie, the page reuses it, so the layout keeps its sign-out and language
     * forms; without one, {@link Forms} finds no token and the layout leaves those forms out.
     */
    private void keepCsrfToken() {
        RoutingContext rc = request.getCurrent();
        if (rc != null && rc.get("csrf_token") == null) {
            Cookie cookie = rc.request().getCookie("csrf-token"); // quarkus.rest-csrf.cookie-name
            if (cookie != null && !cookie.getValue().isBlank()) {
                rc.put("csrf_token", cookie.getValue());
            }
        }
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, message)).build();
    }
}

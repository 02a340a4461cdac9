package org.sourced.web;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors in the layout for people and as JSON for scripts. Each message says what went wrong; a 500
 * never shows a stack trace, only an id to find it in the log.
 */
public class ErrorPages {

    @Inject
    CurrentVertxRequest request;

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance notFound(String message);

        static native TemplateInstance problem(int status, String title, String message);

        static native TemplateInstance serverError(String incident);
    }

    /** The JSON body of an API error. */
    public record ApiError(int status, String message) {
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String message = e.getMessage() == null || e.getMessage().startsWith("HTTP 404") ? "There is nothing at this address."
                : e.getMessage();
        if (isApi(uri)) {
            return json(404, message);
        }
        keepCsrfToken();
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound(message)).build();
    }

    @ServerExceptionMapper
    public Response clientError(UserError e, UriInfo uri) {
        if (isApi(uri)) {
            return json(e.status(), e.getMessage());
        }
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(e.status(), e.title(), e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        String message = "Your account may not open this page.";
        if (isApi(uri)) {
            return json(403, message);
        }
        keepCsrfToken();
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(403, "Not allowed", message)).build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return w.getResponse();
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
     * A 403 from a role check, or a 404 where no route matched, comes before the CSRF filter has run, yet the
     * layout prints a signed-in viewer's sign-out form with its token: give it the browser's token.
     */
    private void keepCsrfToken() {
        RoutingContext rc = request.getCurrent();
        if (rc != null && rc.get("csrf_token") == null) {
            Cookie cookie = rc.request().getCookie("csrf-token"); // quarkus.rest-csrf.cookie-name
            rc.put("csrf_token", cookie == null ? "" : cookie.getValue());
        }
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, message)).build();
    }
}

package org.sourced.web;

import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sourced.web.i18n.UiLanguage;
import org.sourced.web.i18n.UiText;

/**
 * Caps request bodies per route, before the body is read (issue 19, item 3): the JSON API at
 * {@code sourced.limits.body.api-bytes}, pages at {@code sourced.limits.body.form-bytes}. Uploads (a route that
 * consumes multipart or any type) and the authoring pages under {@code /teach/} (a form there carries a whole
 * pack file) keep {@code quarkus.http.limits.max-body-size} and the import's own checks. A body over the cap is
 * refused with 413 and a sentence that gives both sizes. The cap reads {@code Content-Length}; a chunked body
 * without one is bounded by {@code quarkus.http.limits.max-body-size} only (docs/security.md).
 */
public class BodyLimits {

    /** A provider: filters are made at static init, before the runtime configuration exists. */
    @Inject
    Provider<BodyLimitsConfig> config;
    @Inject
    UiLanguage ui;

    /** Before the CSRF checks: nothing of an oversize body is read. */
    @ServerRequestFilter(priority = Priorities.USER - 200)
    public Response cap(ContainerRequestContext request, ResourceInfo resource) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || CsrfGuard.SAFE_METHODS.contains(request.getMethod())) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return null; // the HTTP server refuses a malformed length itself
        }
        String path = request.getUriInfo().getPath();
        long max = capFor(path, resource);
        if (max <= 0 || bytes <= max) {
            return null;
        }
        UiText text = UiText.sec(m -> m.errBodyTooLarge(bytes, max));
        if (path.startsWith("/api/")) {
            return ErrorPages.json(413, text.english());
        }
        TemplateInstance page = ErrorPages.Templates.problem(413, ui.messages().errorBadRequest(), text.current());
        return Response.status(413).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    /** The cap of a route, or 0 for one left to the server-wide limit (uploads, authoring). */
    long capFor(String path, ResourceInfo resource) {
        if (path.startsWith("/teach/") || takesUploads(resource)) {
            return 0;
        }
        return path.startsWith("/api/") ? config.get().apiBytes() : config.get().formBytes();
    }

    private static boolean takesUploads(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes != null && Arrays.stream(consumes.value())
                .anyMatch(t -> t.startsWith(MediaType.MULTIPART_FORM_DATA) || t.equals(MediaType.WILDCARD)
                        || t.equals(MediaType.APPLICATION_OCTET_STREAM));
    }
}

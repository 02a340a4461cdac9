package org.sourced.web;

import java.util.Map;
import java.util.Set;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.sourced.web.i18n.UiLanguage;
import org.sourced.web.i18n.UiText;

/**
 * CSRF for every state-changing request a browser's cookies could authorise, whatever its body.
 * <p>
 * quarkus-rest-csrf checks the token of form and multipart bodies, and of any request that sends it in the
 * {@code X-CSRF-TOKEN} header; with {@code require-form-url-encoded=false} (the JSON API needs it) it lets every
 * other post through unchecked. A post with no {@code Content-Type} (an empty {@code fetch}, {@code x=1}) or with
 * {@code text/plain} still carries the browser's cookies, so it would act as the signed-in user. This filter closes
 * that: an unsafe request that carries a cookie of ours (a session, the learner id, any cookie a feature adds) and
 * no {@code Authorization} header (Basic and bearer tokens are not ambient: another site cannot make a browser send
 * them) must be a form or multipart body, whose token the CSRF filter then checks, or name its token in the header.
 * Anything else is refused before the resource runs.
 * <p>
 * Every refusal, this filter's or the CSRF filter's own (which has no body), is the 400 page in the reader's
 * language (JSON under {@code /api/}).
 */
public class CsrfGuard {

    /** The header quarkus-rest-csrf reads the token from (quarkus.rest-csrf.token-header-name, its default). */
    public static final String TOKEN_HEADER = "X-CSRF-TOKEN";
    /**
     * Cookies that authorise nothing: the CSRF cookie itself (quarkus.rest-csrf.cookie-name), the language, and the
     * sign-in device cookie (accounts.DeviceCookie: it only keeps a browser's own sign-in failure budget).
     */
    static final Set<String> NOT_CREDENTIALS = Set.of("csrf-token", "sourced_lang", "sourced_device");
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** What quarkus-rest-csrf puts into the routing context once a request's token matched. */
    private static final String VERIFIED = "csrf_token_verified";

    @Inject
    UiLanguage ui;

    /** Before the CSRF filter (priority USER): refuses what it would let through unchecked. */
    @ServerRequestFilter(priority = Priorities.USER - 100)
    public Response requireToken(ContainerRequestContext request) {
        if (!needsToken(request.getMethod(), request.getHeaderString(HttpHeaders.AUTHORIZATION), request.getCookies())) {
            return null;
        }
        if (request.getHeaderString(TOKEN_HEADER) != null || checkedByCsrfFilter(request.getMediaType())) {
            return null;
        }
        return refusal(request);
    }

    /**
     * The CSRF filter refuses with a bare 400; the reader gets the page that says why. It marks a request whose token
     * it verified ({@code csrf_token_verified}); a bare 400 to a request it had to check and did not mark is its refusal.
     */
    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() == 400 && !response.hasEntity() && !SAFE_METHODS.contains(request.getMethod())
                && routing.get(VERIFIED) == null
                && (request.getHeaderString(TOKEN_HEADER) != null || checkedByCsrfFilter(request.getMediaType()))) {
            Response page = refusal(request);
            response.setEntity(page.getEntity(), null, page.getMediaType());
        }
    }

    /** Whether this request rides on cookies a browser adds by itself to a state-changing request. */
    static boolean needsToken(String method, String authorization, Map<String, Cookie> cookies) {
        if (SAFE_METHODS.contains(method) || (authorization != null && !authorization.isBlank())) {
            return false;
        }
        return cookies.keySet().stream().anyMatch(name -> !NOT_CREDENTIALS.contains(name));
    }

    static boolean checkedByCsrfFilter(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private Response refusal(ContainerRequestContext request) {
        UiText text = UiText.sec(m -> m.errCsrfMissing());
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            return ErrorPages.json(400, text.english());
        }
        // rendered here: a response filter's entity is written as it is, and a TemplateInstance would not be
        TemplateInstance page = ErrorPages.Templates.problem(400, ui.messages().errorBadRequest(), text.current());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}

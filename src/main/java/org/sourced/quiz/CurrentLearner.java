package org.sourced.quiz;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.sourced.accounts.Tokens;
import org.sourced.accounts.Viewer;

/**
 * Who the current browser is. Anonymous students get a random id in a session cookie (no account,
 * nothing personal): it owns their attempts and their review boxes until the browser closes.
 */
@RequestScoped
public class CurrentLearner {

    public static final String COOKIE = "sourced_learner";
    private static final String NEW_ID = "sourced.new-learner-id";

    @Inject
    ContainerRequestContext request;
    @Inject
    Viewer viewer;
    @Inject
    CurrentVertxRequest http;

    public Learner get() {
        if (viewer.isSignedIn()) {
            return Learner.account(viewer.id(), viewer.name());
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        String id = cookie != null && validId(cookie.getValue()) ? cookie.getValue() : (String) request.getProperty(NEW_ID);
        if (id == null) {
            id = Tokens.linkId();
            request.setProperty(NEW_ID, id);
        }
        return Learner.anonymous(id);
    }

    /** The learner's key when it outlives this request: an account, or a browser that already has its cookie. */
    public java.util.Optional<String> lastingKey() {
        if (viewer.isSignedIn()) {
            return java.util.Optional.of(Learner.account(viewer.id(), viewer.name()).ownerKey());
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        return cookie != null && validId(cookie.getValue()) ? java.util.Optional.of(cookie.getValue()) : java.util.Optional.empty();
    }

    /** This request's client for the limits on new attempts: the learner's lasting key, if any, and the address. */
    public Client client() {
        // a browser's first start counts under the id its cookie is about to get
        String fresh = (String) request.getProperty(NEW_ID);
        String key = viewer.isSignedIn() ? Learner.account(viewer.id(), viewer.name()).ownerKey()
                : lastingKey().or(() -> java.util.Optional.ofNullable(fresh)).map(id -> Learner.anonymous(id).ownerKey()).orElse(null);
        RoutingContext rc = http.getCurrent();
        String address = rc == null || rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
        return new Client(key, address);
    }

    static boolean validId(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{22}");
    }

    /** Filters that hand a new anonymous id to the browser once something was stored under it. */
    public static class Filters {

        @ServerResponseFilter
        public void setCookie(ContainerRequestContext req, ContainerResponseContext res) {
            Object id = req.getProperty(NEW_ID);
            if (id != null) {
                // Secure over HTTPS, as the session cookie (a TLS-terminating proxy says so in X-Forwarded-Proto)
                boolean https = "https".equalsIgnoreCase(req.getUriInfo().getRequestUri().getScheme())
                        || "https".equalsIgnoreCase(req.getHeaderString("X-Forwarded-Proto"));
                res.getHeaders().add("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
            }
        }
    }
}

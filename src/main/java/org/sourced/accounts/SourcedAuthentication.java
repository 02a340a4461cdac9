package org.sourced.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One mechanism for every way in: the session cookie (pages), HTTP Basic and personal API tokens
 * (scripts). An attempt's own bearer token carries no account and is left to the attempts API.
 */
@ApplicationScoped
public class SourcedAuthentication implements HttpAuthenticationMechanism {

    public static final String ACCOUNT_ID = "sourced.account-id";
    public static final String DISPLAY_NAME = "sourced.display-name";

    @Inject
    Sessions sessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException("malformed Basic credentials"));
            }
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? decoded : decoded.substring(0, colon);
            String password = colon < 0 ? "" : decoded.substring(colon + 1);
            var request = new UsernamePasswordAuthenticationRequest(user, new PasswordCredential(password.toCharArray()));
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identities.authenticate(request);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer " + ApiToken.PREFIX, 0, 7 + ApiToken.PREFIX.length())) {
            var request = new TokenAuthenticationRequest(new TokenCredential(authorization.substring(7).strip(), "bearer"));
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identities.authenticate(request);
        }
        Cookie cookie = context.request().getCookie(SessionCookie.NAME);
        // the API takes explicit credentials only: a cookie would let another site's form act as the user
        if (cookie != null && !context.request().path().startsWith("/api/")) {
            return Uni.createFrom().item(sessions.check(cookie.getValue())
                    .map(c -> identity(c.accountId(), c.role(), c.name())).orElse(null));
        }
        return Uni.createFrom().optional(java.util.Optional.empty());
    }

    static SecurityIdentity identity(long accountId, Role role, String name) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(String.valueOf(accountId)))
                .addRoles(role.grants())
                .addAttribute(ACCOUNT_ID, accountId)
                .addAttribute(DISPLAY_NAME, name)
                .build();
    }

    /** Pages send a person to the sign-in form; the API asks for credentials. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.request().path();
        if (path.startsWith("/api/") || path.startsWith("/q/")) { // scripts and scrapers: a challenge, not a sign-in page
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"Sourced\", charset=\"UTF-8\""));
        }
        String next = context.request().uri();
        return Uni.createFrom().item(new ChallengeData(302, "Location",
                "/login?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class);
    }
}

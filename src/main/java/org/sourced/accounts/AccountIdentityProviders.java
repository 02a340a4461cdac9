package org.sourced.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.web.UserError;

/** Checks Basic credentials and API tokens against the database (off the event loop). */
public final class AccountIdentityProviders {

    private AccountIdentityProviders() {
    }

    @ApplicationScoped
    public static class Passwords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        @Inject
        AccountService accounts;
        @Inject
        Sessions sessions;
        @Inject
        LoginLimitsConfig limits;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
            RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
            String address = http == null ? "unknown" : http.request().remoteAddress().hostAddress();
            Cookie device = http == null ? null : http.request().getCookie(DeviceCookie.NAME);
            return context.runBlocking(() -> {
                try {
                    Account a = accounts.authenticate(request.getUsername(), new String(request.getPassword().getPassword()), address,
                            device == null ? null : device.getValue());
                    if (http != null && (device == null || sessions.deviceFor(device.getValue(), a.email).isEmpty())) {
                        // a client that keeps cookies (a browser, curl -c) gets its own failure budget for next time
                        http.response().addCookie(Cookie.cookie(DeviceCookie.NAME, sessions.issueDevice(a.email)).setPath("/")
                                .setHttpOnly(true).setSameSite(CookieSameSite.LAX).setSecure(http.request().isSSL()
                                        || "https".equalsIgnoreCase(http.request().getHeader("X-Forwarded-Proto")))
                                .setMaxAge(java.time.Duration.ofDays(limits.deviceCookieDays()).getSeconds()));
                    }
                    return SourcedAuthentication.identity(a.id, a.roleEnum(), a.displayName);
                } catch (UserError e) {
                    throw new AuthenticationFailedException(e.getMessage());
                }
            });
        }
    }

    @ApplicationScoped
    public static class Tokens implements IdentityProvider<TokenAuthenticationRequest> {
        @Inject
        AccountService accounts;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> accounts.byToken(request.getToken().getToken())
                    .map(a -> SourcedAuthentication.identity(a.id, a.roleEnum(), a.displayName))
                    .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked token")));
        }
    }
}

package org.sourced.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
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

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
            RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
            String address = http == null ? "unknown" : http.request().remoteAddress().hostAddress();
            return context.runBlocking(() -> {
                try {
                    Account a = accounts.authenticate(request.getUsername(), new String(request.getPassword().getPassword()), address);
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

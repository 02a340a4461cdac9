package org.sourced.classes;

import java.time.Clock;
import java.time.Duration;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.accounts.LoginThrottle;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * Join codes are short enough to type, so wrong ones are counted per client address, like failed
 * sign-ins: after 20 in 15 minutes each further try waits, doubling up to a minute. A whole school
 * behind one address can still mistype 20 times before anyone waits. Behind a reverse proxy the
 * address is the client's only with the proxy settings of docs/self-hosting.md.
 */
@ApplicationScoped
public class JoinCodeGuard {

    LoginThrottle wrongCodes = new LoginThrottle(Clock.systemUTC()); // replaced by tests for a clean count

    @Inject
    CurrentVertxRequest request;

    /** Refuses with a 429 while this client must wait. */
    void checkAllowed() {
        Duration wait = wrongCodes.waitForAddress(address());
        if (!wait.isZero()) {
            throw new UserError(429, "Too many tries", UiText.cls(t -> t.errTooManyCodes(Math.max(1, wait.toSeconds()))));
        }
    }

    /** Counts a wrong code against this client and hands back the error to throw. */
    UserError wrongCode(UserError notFound) {
        wrongCodes.failedFrom(address());
        return notFound;
    }

    private String address() {
        RoutingContext rc = request.getCurrent();
        return rc == null || rc.request().remoteAddress() == null ? "local" : rc.request().remoteAddress().hostAddress();
    }
}

package org.sourced.disputes;

import java.time.Clock;
import java.time.Duration;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.quiz.Learner;
import org.sourced.web.TooManyRequests;
import org.sourced.web.i18n.UiText;

/**
 * Caps how many disputes a learner and a client address file per window, so an anonymous script cannot
 * flood an author's queue. Behind a reverse proxy the address is the client's only with the proxy settings of
 * docs/self-hosting.md.
 */
@ApplicationScoped
public class DisputeLimiter {

    @Inject
    DisputeConfig config;
    @Inject
    CurrentVertxRequest request;

    RateWindow perLearner;
    RateWindow perAddress;

    @PostConstruct
    void init() {
        reset(Clock.systemUTC());
    }

    /** Fresh counts (tests start from nothing, and may pass a clock of their own). */
    void reset(Clock clock) {
        perLearner = new RateWindow(config.perLearner(), config.window(), clock);
        perAddress = new RateWindow(config.perAddress(), config.window(), clock);
    }

    /** Refuses with a 429 and Retry-After while either limit is reached; otherwise counts this dispute. */
    void admit(Learner learner) {
        String address = "address:" + address();
        Duration wait = max(perLearner.waitFor(learner.ownerKey()), perAddress.waitFor(address));
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            throw new TooManyRequests(UiText.dispute(d -> d.errTooMany(minutes)), wait);
        }
        perLearner.record(learner.ownerKey());
        perAddress.record(address);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private String address() {
        RoutingContext rc = request.getCurrent();
        return rc == null || rc.request().remoteAddress() == null ? "local" : rc.request().remoteAddress().hostAddress();
    }
}

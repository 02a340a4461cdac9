package org.sourced.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.limits.Quota;

/**
 * Caps what a client can create without an account (issue 19, item 3): new attempts per learner and per
 * address, per minute and per day, and attempts in progress per learner. Counts live in memory, per instance.
 */
@ApplicationScoped
public class AttemptLimits {

    /** Why a start is refused. */
    public sealed interface Refusal permits Wait, TooManyOpen {
    }

    /** A rate was reached: try again after {@code duration}. */
    public record Wait(Duration duration) implements Refusal {
    }

    /** The learner already holds {@code open} attempts in progress. */
    public record TooManyOpen(int open) implements Refusal {
    }

    @Inject
    AttemptLimitsConfig config;

    private Quota learnerMinute;
    private Quota learnerDay;
    private Quota addressMinute;
    private Quota addressDay;
    private int maxOpen;

    @PostConstruct
    void init() {
        reset(Clock.systemUTC());
    }

    /** Fresh counts (tests start from nothing, and may pass a clock of their own). */
    void reset(Clock clock) {
        reset(clock, config.perLearnerMinute(), config.perLearnerDay(), config.perAddressMinute(), config.perAddressDay(),
                config.maxOpen());
    }

    /** Fresh counts under limits of the caller's choosing (a test fills the disk at a small scale). */
    void reset(Clock clock, int perLearnerMinute, int perLearnerDay, int perAddressMinute, int perAddressDay, int maxOpen) {
        learnerMinute = new Quota(perLearnerMinute, Duration.of(1, ChronoUnit.MINUTES), clock);
        learnerDay = new Quota(perLearnerDay, Duration.ofDays(1), clock);
        addressMinute = new Quota(perAddressMinute, Duration.of(1, ChronoUnit.MINUTES), clock);
        addressDay = new Quota(perAddressDay, Duration.ofDays(1), clock);
        this.maxOpen = maxOpen;
    }

    /** Empty, and counted, when the client may start one more attempt; otherwise why not. */
    Optional<Refusal> admit(Client client) {
        String learner = client.learnerKey();
        String address = client.address() == null ? "unknown" : client.address();
        Duration wait = longest(addressMinute.waitFor(address), addressDay.waitFor(address));
        if (learner != null) {
            wait = longest(wait, longest(learnerMinute.waitFor(learner), learnerDay.waitFor(learner)));
        }
        if (!wait.isZero()) {
            return Optional.of(new Wait(wait));
        }
        if (learner != null) {
            long open = Attempt.countOpenFor(learner);
            if (open >= maxOpen) {
                return Optional.of(new TooManyOpen((int) open));
            }
            learnerMinute.record(learner);
            learnerDay.record(learner);
        }
        addressMinute.record(address);
        addressDay.record(address);
        return Optional.empty();
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

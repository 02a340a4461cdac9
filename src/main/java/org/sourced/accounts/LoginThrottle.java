package org.sourced.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after a few failures for one key each further try must wait, doubling up to a minute.
 * Only class join codes use it now, through its address half ({@link #waitForAddress}); sign-in has the
 * device-cookie lockout of {@link org.sourced.limits.LoginLockout} instead (issue 19, finding 4: here each
 * failure after the wait restarts it, so one guess a minute kept an account's owner out).
 */
public final class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(1);

    private record Failures(int count, Instant first, Instant last) {
    }

    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying this account from this address; zero when free. */
    public Duration waitFor(String account, String address) {
        Duration a = wait("account:" + account, FREE_FAILURES_PER_ACCOUNT);
        Duration b = wait("address:" + address, FREE_FAILURES_PER_ADDRESS);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String account, String address) {
        record("account:" + account);
        failedFrom(address);
    }

    /** How long this address must still wait, counting only failures recorded by {@link #failedFrom}. */
    public Duration waitForAddress(String address) {
        return wait("address:" + address, FREE_FAILURES_PER_ADDRESS);
    }

    public void failedFrom(String address) {
        record("address:" + address);
        if (byKey.size() > 100_000) {
            byKey.clear(); // bounded memory under a spray of addresses; the worst case is a fresh start
        }
    }

    public void succeeded(String account) {
        byKey.remove("account:" + account);
    }

    private Duration wait(String key, int free) {
        Failures f = current(key);
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        long seconds = Math.min(MAX_WAIT.getSeconds(), 1L << Math.min(20, f.count() - free));
        Duration remaining = Duration.between(clock.instant(), f.last().plusSeconds(seconds));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private void record(String key) {
        Instant now = clock.instant();
        byKey.compute(key, (k, f) -> f == null || f.first().plus(WINDOW).isBefore(now)
                ? new Failures(1, now, now) : new Failures(f.count() + 1, f.first(), now));
    }

    private Failures current(String key) {
        Failures f = byKey.get(key);
        if (f != null && f.first().plus(WINDOW).isBefore(clock.instant())) {
            byKey.remove(key);
            return null;
        }
        return f;
    }
}

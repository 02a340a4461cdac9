package org.sourced.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key in a fixed window that opens with the key's first event, in memory.
 * One counter per key (a day's limit of thousands costs no more than a minute's), so a spray of keys cannot
 * fill the heap; past {@link #MAX_KEYS} the expired ones are dropped, and if that is not enough all are (the
 * worst case is a fresh start, never a refusal). A fixed window lets up to twice the limit through across its
 * boundary; the limits are set with that in mind. Plain Java on a clock, so tests move time instead of waiting.
 */
public final class Quota {

    static final int MAX_KEYS = 100_000;

    private record Count(int n, Instant opened) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public Quota(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a quota needs a limit of at least 1 and a positive window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    public int limit() {
        return limit;
    }

    /** Zero when {@code key} may act now; otherwise how long until its window closes. */
    public Duration waitFor(String key) {
        Count c = counts.get(key);
        Instant now = clock.instant();
        if (c == null || expired(c, now) || c.n() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, c.opened().plus(window));
    }

    /** Counts an event for {@code key} now. */
    public void record(String key) {
        Instant now = clock.instant();
        counts.compute(key, (k, c) -> c == null || expired(c, now) ? new Count(1, now) : new Count(c.n() + 1, c.opened()));
        if (counts.size() > MAX_KEYS) {
            counts.values().removeIf(c -> expired(c, now));
            if (counts.size() > MAX_KEYS) {
                counts.clear();
            }
        }
    }

    /** Forgets {@code key}'s events (a success that ends a run of failures). */
    public void clear(String key) {
        counts.remove(key);
    }

    private boolean expired(Count c, Instant now) {
        return !now.isBefore(c.opened().plus(window));
    }
}

package org.sourced.disputes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key in any {@code window} (a sliding window of the events' times), in
 * memory. Plain Java with a clock, so it is tested without waiting; a key with nothing in its window is
 * dropped, so memory stays with the active keys. Written to be shared: nothing in it is about disputes.
 */
public final class RateWindow {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateWindow(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate needs a limit of at least 1 and a positive window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Zero when {@code key} may act now; otherwise how long until its oldest event leaves the window. */
    public Duration waitFor(String key) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(window));
        }
    }

    /** Counts an event for {@code key} now. */
    public void record(String key) {
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            times.addLast(now);
        }
        if (events.size() > 10_000) {
            forgetIdle();
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    private void forgetIdle() {
        Instant now = clock.instant();
        events.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }
}

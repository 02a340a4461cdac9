package org.sourced.web;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Fails requests fast while the database is known to be down, so that a class of 200 does not queue behind
 * requests that each wait the pool's acquisition timeout (docs/faults.md).
 * <p>
 * A request that failed for {@link Outage#DATABASE_DOWN} only makes the gate suspicious: one probe (a connection
 * taken and validated) runs off the request's thread. If it fails too, the gate closes and every request is refused
 * at once until a later probe, run again and again while it is closed, gets a connection; then it opens by itself.
 * A failure the database does not confirm (a test's thrown exception, a pool that was only busy) never closes it.
 * Plain Java: the probe and the thread it runs on are given, so the rule is tested without a database.
 */
public final class DatabaseGate {

    private final BooleanSupplier probe;
    private final Executor background;
    private final long retryMillis;
    private final Consumer<Boolean> changes;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean closed;

    /**
     * @param probe       true when the database answered
     * @param background  where probes run (never the request's thread)
     * @param retryMillis the pause between probes while the gate is closed
     * @param changes     told true when the gate closes and false when it opens again (for the log)
     */
    public DatabaseGate(BooleanSupplier probe, Executor background, long retryMillis, Consumer<Boolean> changes) {
        this.probe = probe;
        this.background = background;
        this.retryMillis = retryMillis;
        this.changes = changes;
    }

    /** Whether requests are to be refused now without trying the database. */
    public boolean closed() {
        return closed;
    }

    /** A request failed because the database could not be reached: check, once at a time. */
    public void suspect() {
        if (probing.compareAndSet(false, true)) {
            background.execute(this::check);
        }
    }

    private void check() {
        try {
            while (true) {
                boolean up;
                try {
                    up = probe.getAsBoolean();
                } catch (RuntimeException e) {
                    up = false;
                }
                if (up) {
                    if (closed) {
                        closed = false;
                        changes.accept(false);
                    }
                    return;
                }
                if (!closed) {
                    closed = true;
                    changes.accept(true);
                }
                Thread.sleep(retryMillis);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            probing.set(false);
        }
    }

    /** What a request refused by the closed gate throws: an outage (503), logged once by the gate, not per request. */
    public static final class Refused extends RuntimeException {
        public Refused() {
            super("the database did not answer the last check", null, false, false);
        }
    }
}

package org.sourced.web;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The {@link DatabaseGate}'s check for an embedded H2, which is "down" when its file cannot be written: a full disk
 * (docs/faults.md). While the disk under the data dir has less than {@link Outage#LOW_SPACE} left it fails without
 * touching the database (opening it would only fail again, and keep the requests waiting on its file). With room, it
 * lets go of the pool's connections, whose sessions may belong to the database H2 closed after a failed write (they
 * hold its file lock while they live), and then opens one: H2 reopens the file from its last complete commit.
 * Plain Java: the free space, the pool's flush and the connection are given, so the rule is tested without H2.
 */
public final class EmbeddedProbe implements BooleanSupplier {

    private final LongSupplier usableBytes;
    private final Runnable letGo;
    private final BooleanSupplier connects;

    /**
     * @param usableBytes free space under the data dir, or -1 when it cannot be read (then the connection decides)
     * @param letGo       closes the pool's idle connections now and the others when they are returned
     * @param connects    true when a connection opened and answered
     */
    public EmbeddedProbe(LongSupplier usableBytes, Runnable letGo, BooleanSupplier connects) {
        this.usableBytes = usableBytes;
        this.letGo = letGo;
        this.connects = connects;
    }

    @Override
    public boolean getAsBoolean() {
        long free = usableBytes.getAsLong();
        if (free >= 0 && free < Outage.LOW_SPACE) {
            return false;
        }
        letGo.run();
        return connects.getAsBoolean();
    }
}

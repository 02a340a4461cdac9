package org.sourced.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fail-fast rule: a failure closes the gate only when a check confirms it, and a check that passes opens it. */
class DatabaseGateTest {

    final ExecutorService background = Executors.newSingleThreadExecutor();
    final List<Boolean> changes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    DatabaseGate gate(BooleanSupplier probe) {
        return new DatabaseGate(probe, background, 5, changes::add);
    }

    /** Waits until the probe thread has nothing left to do. */
    void settle() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        background.execute(done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailureTheDatabaseDoesNotConfirmLeavesTheGateOpen() throws InterruptedException {
        AtomicInteger checks = new AtomicInteger();
        DatabaseGate gate = gate(() -> checks.incrementAndGet() > 0);
        gate.suspect();
        settle();
        assertThat(gate.closed()).isFalse();
        assertThat(checks.get()).isEqualTo(1);
        assertThat(changes).isEmpty();
    }

    @Test
    void aConfirmedOutageClosesTheGateUntilACheckPasses() throws InterruptedException {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch closedSeen = new CountDownLatch(1);
        CountDownLatch databaseBack = new CountDownLatch(1);
        DatabaseGate gate = gate(() -> {
            int n = checks.incrementAndGet();
            if (n >= 3) {
                closedSeen.countDown();
                try {
                    return databaseBack.await(10, TimeUnit.SECONDS); // down until the test says otherwise
                } catch (InterruptedException e) {
                    return false;
                }
            }
            return false;
        });
        gate.suspect();
        assertThat(closedSeen.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.closed()).isTrue();
        assertThat(changes).containsExactly(true);

        databaseBack.countDown();
        settle();
        assertThat(gate.closed()).isFalse();
        assertThat(changes).containsExactly(true, false);
    }

    @Test
    void suspicionsWhileACheckRunsStartNoSecondCheck() throws InterruptedException {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch inCheck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DatabaseGate gate = gate(() -> {
            checks.incrementAndGet();
            inCheck.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        });
        gate.suspect();
        assertThat(inCheck.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100; i++) {
            gate.suspect();
        }
        release.countDown();
        settle();
        assertThat(checks.get()).isEqualTo(1);
        assertThat(gate.closed()).isFalse();
    }

    @Test
    void aCheckThatThrowsCountsAsTheDatabaseDown() throws InterruptedException {
        AtomicInteger checks = new AtomicInteger();
        DatabaseGate gate = gate(() -> {
            if (checks.incrementAndGet() == 1) {
                throw new IllegalStateException("no connection");
            }
            return true;
        });
        gate.suspect();
        settle();
        assertThat(checks.get()).isEqualTo(2);
        assertThat(changes).containsExactly(true, false);
        assertThat(gate.closed()).isFalse();
    }

    @Test
    void aRefusalByTheGateIsTheDatabaseDownOutage() {
        assertThat(Outage.of(new DatabaseGate.Refused())).contains(Outage.DATABASE_DOWN);
    }
}

package org.sourced.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** A request is acknowledged only if every store it wrote through is still sound when it answers. */
class CommitWitnessTest {

    /** A store that fails when the test says so. */
    static final class Store {
        final AtomicReference<Throwable> failure = new AtomicReference<>();
    }

    final CommitWitness<Store> witness = new CommitWitness<>(s -> s.failure.get());

    @Test
    void aRequestThatTookNoConnectionHasNothingToDoubt() {
        witness.begin();
        assertThat(witness.failed()).isEmpty();
    }

    @Test
    void aSoundStoreConfirmsTheRequest() {
        Store store = new Store();
        witness.begin();
        witness.saw(store);
        witness.saw(store);
        assertThat(witness.failed()).isEmpty();
    }

    @Test
    void aStoreThatFailedAfterTheCommitReturnedMakesTheRequestFail() {
        Store store = new Store();
        IOException full = new IOException("No space left on device");
        witness.begin();
        witness.saw(store);
        store.failure.set(full); // another request's write failed: the store closed, and this commit may not be on disk
        assertThat(witness.failed()).containsSame(full);
    }

    @Test
    void anyFailedStoreOfSeveralCounts() {
        Store old = new Store();
        Store reopened = new Store();
        IOException full = new IOException("No space left on device");
        old.failure.set(full);
        witness.begin();
        witness.saw(reopened);
        witness.saw(old);
        assertThat(witness.failed()).containsSame(full);
    }

    @Test
    void theNextRequestStartsAfresh() {
        Store failed = new Store();
        failed.failure.set(new IOException("No space left on device"));
        witness.begin();
        witness.saw(failed);
        witness.begin(); // the next request on this thread
        assertThat(witness.failed()).isEmpty();
        witness.saw(failed);
        assertThat(witness.failed()).isPresent();
        assertThat(witness.failed()).as("answering forgets the stores").isEmpty();
    }

    @Test
    void eachThreadHasItsOwnRequest() throws InterruptedException {
        Store failed = new Store();
        failed.failure.set(new IOException("No space left on device"));
        witness.begin();
        witness.saw(failed);
        AtomicReference<Boolean> otherSawNothing = new AtomicReference<>();
        Thread other = new Thread(() -> {
            witness.begin();
            otherSawNothing.set(witness.failed().isEmpty());
        });
        other.start();
        other.join();
        assertThat(otherSawNothing.get()).isTrue();
        assertThat(witness.failed()).isPresent();
    }
}

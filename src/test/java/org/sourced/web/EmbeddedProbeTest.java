package org.sourced.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The embedded database's check: no room means down without touching it; with room, old connections go first. */
class EmbeddedProbeTest {

    final List<String> done = new ArrayList<>();

    EmbeddedProbe probe(long free, boolean connects) {
        return new EmbeddedProbe(() -> free, () -> done.add("let go"), () -> {
            done.add("connect");
            return connects;
        });
    }

    @Test
    void aFullDiskIsDownWithoutOpeningTheDatabase() {
        assertThat(probe(4096, true).getAsBoolean()).isFalse();
        assertThat(done).isEmpty();
    }

    @Test
    void withRoomThePoolLetsGoOfItsConnectionsBeforeOneIsOpened() {
        assertThat(probe(Outage.LOW_SPACE, true).getAsBoolean()).isTrue();
        assertThat(done).containsExactly("let go", "connect");
    }

    @Test
    void withRoomADatabaseThatDoesNotOpenIsStillDown() {
        assertThat(probe(10L << 30, false).getAsBoolean()).isFalse();
        assertThat(done).containsExactly("let go", "connect");
    }

    @Test
    void unreadableFreeSpaceLeavesItToTheConnection() {
        assertThat(probe(-1, true).getAsBoolean()).isTrue();
        assertThat(done).containsExactly("let go", "connect");
    }
}

package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The cache of parsed drafts: a save is never served stale, and the cache keeps within its size. */
class WorkspacesTest {

    static final Instant T = Instant.parse("2026-12-03T10:00:00Z");

    static Workspace draft(String text) {
        return new Workspace("p", Map.of("pack.yaml", "id: p\ntitle: " + text + "\n"));
    }

    @Test
    void theSameSaveIsParsedOnceAndAnotherSaveAgain() {
        Workspaces cache = new Workspaces(1_000_000);
        AtomicInteger parses = new AtomicInteger();
        Workspaces.Key first = new Workspaces.Key(1, T, "h1");
        Workspace a = cache.get(first, () -> { parses.incrementAndGet(); return draft("one"); });
        assertThat(cache.get(first, () -> { parses.incrementAndGet(); return draft("never"); })).isSameAs(a);
        assertThat(parses.get()).isEqualTo(1);

        Workspace saved = cache.get(new Workspaces.Key(1, T.plusSeconds(1), "h1"), () -> { parses.incrementAndGet(); return draft("two"); });
        assertThat(saved).isNotSameAs(a);
        assertThat(saved.files().get("pack.yaml")).contains("two");
        assertThat(cache.get(new Workspaces.Key(1, T, "h2"), () -> draft("three")).files().get("pack.yaml")).contains("three");
        assertThat(parses.get()).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyUsedGoOutWhenTheTextIsOverTheBound() {
        String size = "x".repeat(100);
        Workspaces cache = new Workspaces(3 * (size.length() + 20));
        for (int i = 0; i < 5; i++) {
            cache.get(new Workspaces.Key(i, T, "h"), () -> draft(size));
        }
        assertThat(cache.size()).isBetween(1, 3);
        AtomicInteger parses = new AtomicInteger();
        cache.get(new Workspaces.Key(0, T, "h"), () -> { parses.incrementAndGet(); return draft(size); });
        assertThat(parses.get()).as("the first draft was evicted").isEqualTo(1);
    }

    @Test
    void aDraftLargerThanTheBoundIsServedButNotKept() {
        Workspaces cache = new Workspaces(10);
        assertThat(cache.get(new Workspaces.Key(1, T, "h"), () -> draft("a long title")).files()).containsKey("pack.yaml");
        assertThat(cache.size()).isZero();
    }
}

package org.sourced.packs;

import java.time.Instant;
import java.util.List;

/**
 * The public errata of a pack, newest first, for its JSON. The disputes feature keeps them; this interface lets the
 * pack API list them without depending on that feature. Without an implementation a pack has none.
 */
public interface PackErrata {

    /** One erratum: its number in the pack, {@code clarify} or {@code correct}, and the version it published. */
    record Entry(int number, String kind, String question, String what, String why, Instant created, int version, Long dispute) {
    }

    List<Entry> of(String packId);
}

package org.sourced.packs.format;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a read so that an author sees all of them at once, not one per try. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(String file, int line, String message) {
        list.add(new Problem(file, Math.max(line, 1), message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(list);
    }
}

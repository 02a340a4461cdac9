package org.sourced.authoring;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last parsed drafts, so that the editor's pages do not read and parse a whole draft again on every request (a
 * bank of 4,000 questions took 0.7 s a page, most of it YAML). A draft is known by its row and the moment and hash
 * of its last save, which every save changes, so a saved draft is never served stale. Bounded by the text the
 * cached drafts hold, least recently used out first. Plain Java, safe across threads.
 */
final class Workspaces {

    record Key(long draftId, Instant savedAt, String contentHash) {
    }

    private final long maxChars;
    private final LinkedHashMap<Key, Workspace> cached = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    Workspaces(long maxChars) {
        this.maxChars = maxChars;
    }

    /** The draft's workspace, parsed by {@code parse} only when this save of it is not cached. */
    Workspace get(Key key, Supplier<Workspace> parse) {
        synchronized (this) {
            Workspace w = cached.get(key);
            if (w != null) {
                return w;
            }
        }
        Workspace parsed = parse.get(); // outside the lock: another draft's page need not wait for this parse
        long size = size(parsed);
        synchronized (this) {
            if (size <= maxChars && cached.putIfAbsent(key, parsed) == null) {
                chars += size;
                for (Iterator<Map.Entry<Key, Workspace>> it = cached.entrySet().iterator(); chars > maxChars && it.hasNext(); ) {
                    Map.Entry<Key, Workspace> eldest = it.next();
                    chars -= size(eldest.getValue());
                    it.remove();
                }
            }
        }
        return parsed;
    }

    synchronized int size() {
        return cached.size();
    }

    private static long size(Workspace w) {
        return w.files().values().stream().mapToLong(String::length).sum();
    }
}

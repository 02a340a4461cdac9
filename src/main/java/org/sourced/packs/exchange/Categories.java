package org.sourced.packs.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objectives a file's category paths make, in the order the file names them. The first path's top
 * segment is the file's title (Sourced's exports write the pack title there); every path below it is an
 * objective of its own, named by all of its segments: {@code Unit 1/Quiz} and {@code Unit 2/Quiz} are
 * {@code unit-1-quiz} and {@code unit-2-quiz}, titled {@code Unit 1 / Quiz} and {@code Unit 2 / Quiz}.
 * Two paths whose names slug alike get {@code -2}, {@code -3}, reported; nothing merges in silence.
 */
final class Categories {

    /** @param id the objective id; title the path below the file's title, segments joined by " / " */
    record Objective(String id, String title) {
    }

    private String title;
    private final Map<String, Objective> byPath = new HashMap<>();
    private final Map<String, String> pathById = new HashMap<>();

    /** The title the first path gave, or null. */
    String title() {
        return title;
    }

    /** The objective for a path, or null when the path names no category. */
    Objective objective(String path, int line, String where, ImportCollector collector) {
        List<String> segments = CategoryPath.segments(path);
        if (segments.isEmpty()) {
            return null;
        }
        if (title == null) {
            title = segments.get(0);
        }
        List<String> below = segments.size() > 1 && segments.get(0).equals(title) ? segments.subList(1, segments.size()) : segments;
        String key = String.join("\u0000", below);
        Objective known = byPath.get(key);
        if (known != null) {
            return known;
        }
        String name = String.join(" / ", below);
        String base = Slugs.slug(String.join(" ", below));
        if (base.isEmpty()) {
            base = ImportCollector.DEFAULT_OBJECTIVE;
        }
        String id = base;
        for (int n = 2; pathById.containsKey(id); n++) {
            id = base + "-" + n;
        }
        if (!id.equals(base)) {
            collector.problem(line, where, "category \"" + name + "\" would be objective \"" + base + "\", which category \""
                    + pathById.get(base).replace("\u0000", " / ") + "\" already is; it is \"" + id + "\" here");
        }
        pathById.put(id, key);
        Objective objective = new Objective(id, name);
        byPath.put(key, objective);
        return objective;
    }
}

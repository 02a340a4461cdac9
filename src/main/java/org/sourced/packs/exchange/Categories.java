package org.sourced.packs.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objectives a file's category paths make. The segments every path of the file shares (all but each
 * path's own last one) are the file's context: the last of them is its title (Sourced's exports write the
 * pack title there, Moodle the course's default category). Below that, every path is an objective of its
 * own, named by all of its segments: {@code Unit 1/Quiz} and {@code Unit 2/Quiz} are {@code unit-1-quiz} and
 * {@code unit-2-quiz}, titled {@code Unit 1 / Quiz} and {@code Unit 2 / Quiz}. Two paths whose names slug
 * alike get {@code -2}, {@code -3}, reported; nothing merges in silence.
 */
final class Categories {

    /** @param id the objective id; title the path below the shared context, segments joined by " / " */
    record Objective(String id, String title) {
    }

    private final List<String> shared;
    private final Map<String, Objective> byPath = new HashMap<>();
    private final Map<String, String> pathById = new HashMap<>();

    /** @param paths every category path the file names, so that what they share is known before the first question */
    Categories(List<String> paths) {
        List<String> common = null;
        for (String path : paths) {
            List<String> segments = CategoryPath.segments(path);
            if (segments.isEmpty()) {
                continue;
            }
            List<String> context = segments.subList(0, segments.size() - 1);
            if (common == null) {
                common = new java.util.ArrayList<>(context);
            } else {
                int n = 0;
                while (n < common.size() && n < context.size() && common.get(n).equals(context.get(n))) {
                    n++;
                }
                common = new java.util.ArrayList<>(common.subList(0, n));
            }
        }
        shared = common == null ? List.of() : List.copyOf(common);
    }

    /** The file's title: the last segment its paths share, or null. */
    String title() {
        return shared.isEmpty() ? null : shared.get(shared.size() - 1);
    }

    /** The objective for a path, or null when the path names no category. */
    Objective objective(String path, int line, String where, ImportCollector collector) {
        List<String> segments = CategoryPath.segments(path);
        if (segments.isEmpty()) {
            return null;
        }
        List<String> below = segments.subList(Math.min(shared.size(), segments.size() - 1), segments.size());
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

package org.sourced.packs.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Moodle category paths such as {@code $course$/top/A pack/basics}: {@code /} separates, {@code //} is a
 * literal slash, and {@code $course$}-style contexts and {@code top} are not names.
 */
final class CategoryPath {

    private CategoryPath() {
    }

    static String write(String... names) {
        StringBuilder path = new StringBuilder("$course$/top");
        for (String name : names) {
            path.append('/').append(name.replaceAll("\\s+", " ").strip().replace("/", "//"));
        }
        return path.toString();
    }

    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String raw : path.replace("//", "\u0000").split("/")) {
            String s = raw.replace('\u0000', '/').strip();
            if (!s.isEmpty() && !s.equals("top") && !(s.startsWith("$") && s.endsWith("$"))) {
                segments.add(s);
            }
        }
        return segments;
    }

    /** The category itself: the objective of the questions under it. */
    static String name(String path) {
        List<String> segments = segments(path);
        return segments.isEmpty() ? null : segments.get(segments.size() - 1);
    }

    /** The parent of the category (Sourced writes the pack title there), or the category when it has none. */
    static String title(String path) {
        List<String> segments = segments(path);
        if (segments.isEmpty()) {
            return null;
        }
        return segments.size() == 1 ? segments.get(0) : segments.get(segments.size() - 2);
    }
}

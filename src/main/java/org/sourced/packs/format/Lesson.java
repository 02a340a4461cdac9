package org.sourced.packs.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson file: front matter plus a Markdown body. A line of the form {@code [[checkpoint: question-id]]}
 * places a checkpoint question between two sections.
 *
 * @param sources ids of the sources the lesson draws on
 * @param path the file's path inside the pack, such as {@code lessons/01-what-is-the-csto.md}
 */
public record Lesson(String id, String title, String objective, List<String> sources, String body, String path) {

    public Lesson {
        sources = List.copyOf(sources);
    }

    public static final Pattern CHECKPOINT = Pattern.compile("^\\[\\[checkpoint:\\s*([A-Za-z0-9._-]+)\\s*]]\\s*$");

    /** A run of Markdown, or a checkpoint question id. Exactly one of the two is set. */
    public record Part(String markdown, String checkpoint) {
    }

    /** The body cut into Markdown runs and checkpoints, in reading order. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            Matcher m = CHECKPOINT.matcher(line.strip());
            if (m.matches()) {
                flush(run, parts);
                parts.add(new Part(null, m.group(1)));
            } else {
                run.append(line).append('\n');
            }
        }
        flush(run, parts);
        return parts;
    }

    public List<String> checkpointIds() {
        return parts().stream().map(Part::checkpoint).filter(java.util.Objects::nonNull).toList();
    }

    private static void flush(StringBuilder run, List<Part> parts) {
        if (!run.toString().isBlank()) {
            parts.add(new Part(run.toString(), null));
        }
        run.setLength(0);
    }
}

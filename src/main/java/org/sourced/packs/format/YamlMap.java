package org.sourced.packs.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read with its line numbers. Every accessor reports what is wrong (missing, wrong kind,
 * unknown key) to {@link Problems} and returns a neutral value, so one read finds every problem.
 */
final class YamlMap {
    private final String file;
    private final int line;
    private final int lineOffset;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, MappingNode node, int lineOffset, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.line = lineOf(node, lineOffset);
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                problems.add(file, lineOf(tuple.getKeyNode(), lineOffset), "a key must be a plain word");
            } else if (entries.containsKey(key)) {
                problems.add(file, lineOf(tuple.getKeyNode(), lineOffset), "duplicate key '" + key + "'");
            } else {
                entries.put(key, tuple);
            }
        }
    }

    /** The node as a mapping, or empty after reporting that {@code what} should have been one. */
    static Optional<YamlMap> of(Node node, String file, int lineOffset, Problems problems, String what) {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMap(file, m, lineOffset, problems));
        }
        problems.add(file, lineOf(node, lineOffset), what + " must be a mapping of keys to values");
        return Optional.empty();
    }

    static int lineOf(Node node, int lineOffset) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1) + lineOffset;
    }

    int line() {
        return line;
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : lineOf(tuple.getKeyNode(), lineOffset);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    /** Reports keys other than {@code allowed}, and each of {@code required} that is absent. */
    void expectKeys(Set<String> required, Set<String> allowed, String what) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(file, lineOf(e.getValue().getKeyNode(), lineOffset),
                        "unknown key '" + e.getKey() + "' in " + what + " (allowed: " + String.join(", ", sorted(allowed)) + ")");
            }
        }
        for (String key : sorted(required)) {
            if (!entries.containsKey(key)) {
                problems.add(file, line, "missing key '" + key + "' in " + what);
            }
        }
    }

    String string(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return null;
        }
        if (tuple.getValueNode() instanceof ScalarNode s) {
            String value = s.getValue().strip();
            if (value.isEmpty()) {
                problems.add(file, lineOf(tuple.getKeyNode(), lineOffset), "'" + key + "' is empty");
                return null;
            }
            return value;
        }
        problems.add(file, lineOf(tuple.getValueNode(), lineOffset), "'" + key + "' must be text");
        return null;
    }

    Integer integer(String key, int min, int max) {
        String raw = string(key);
        if (raw == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                problems.add(file, lineOf(key), "'" + key + "' must be between " + min + " and " + max + ", not " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(file, lineOf(key), "'" + key + "' must be a whole number, not '" + raw + "'");
            return null;
        }
    }

    Boolean bool(String key) {
        String raw = string(key);
        if (raw == null) {
            return null;
        }
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.valueOf(raw);
        }
        problems.add(file, lineOf(key), "'" + key + "' must be true or false, not '" + raw + "'");
        return null;
    }

    LocalDate date(String key) {
        String raw = string(key);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            problems.add(file, lineOf(key), "'" + key + "' must be a date YYYY-MM-DD, not '" + raw + "'");
            return null;
        }
    }

    /** The items of a list value; a missing key gives an empty list (the caller decides if that is a problem). */
    List<Node> list(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode s) {
            return s.getValue();
        }
        problems.add(file, lineOf(tuple.getValueNode(), lineOffset), "'" + key + "' must be a list");
        return List.of();
    }

    /** A list of plain strings, such as authors or tags. */
    List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        for (Node item : list(key)) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                values.add(s.getValue().strip());
            } else {
                problems.add(file, lineOf(item, lineOffset), "each item of '" + key + "' must be non-empty text");
            }
        }
        return values;
    }

    Optional<YamlMap> map(String key, String what) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        return of(tuple.getValueNode(), file, lineOffset, problems, what);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}

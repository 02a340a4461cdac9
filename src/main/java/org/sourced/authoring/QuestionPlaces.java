package org.sourced.authoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where each question of a pack is written: its file and the line its entry starts on. The editor keeps a
 * question in the file it came from, and points a problem's {@code file:line} at the question it is in.
 */
public final class QuestionPlaces {

    public record Place(String path, int line) {
    }

    private final Map<String, Place> byId;
    /** Entries per question file, readable or not; -1 when the file is not a YAML list. */
    private final Map<String, Integer> entries;
    /** Per file, each question's first line to its id: {@link #questionAt} is a lookup, not a scan of every question. */
    private final Map<String, TreeMap<Integer, String>> byLine = new HashMap<>();

    private QuestionPlaces(Map<String, Place> byId, Map<String, Integer> entries) {
        this.byId = byId;
        this.entries = entries;
        byId.forEach((id, place) -> byLine.computeIfAbsent(place.path(), p -> new TreeMap<>()).merge(place.line(), id,
                (a, b) -> a.compareTo(b) <= 0 ? a : b)); // two entries on one line (a flow list): the same one each time
    }

    public static QuestionPlaces of(Map<String, String> files) {
        Map<String, Place> byId = new HashMap<>();
        Map<String, Integer> entries = new HashMap<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String path = file.getKey();
            if (!path.startsWith("questions/") || !(path.endsWith(".yaml") || path.endsWith(".yml"))) {
                continue;
            }
            Optional<Node> root;
            try {
                root = new Compose(LoadSettings.builder().setMaxAliasesForCollections(10).build()).composeString(file.getValue());
            } catch (YamlEngineException e) {
                entries.put(path, -1);
                continue;
            }
            if (root.isEmpty() || !(root.get() instanceof SequenceNode list)) {
                entries.put(path, root.isEmpty() ? 0 : -1);
                continue;
            }
            entries.put(path, list.getValue().size());
            for (Node item : list.getValue()) {
                String id = idOf(item);
                if (id != null) {
                    int line = item.getStartMark().map(m -> m.getLine() + 1).orElse(1);
                    byId.putIfAbsent(id, new Place(path, line));
                }
            }
        }
        return new QuestionPlaces(byId, entries);
    }

    private static String idOf(Node item) {
        if (item instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode v) {
                    return v.getValue().strip();
                }
            }
        }
        return null;
    }

    public Optional<Place> of(String questionId) {
        return Optional.ofNullable(byId.get(questionId));
    }

    /** question id to file, for {@code PackWriter.write}. */
    public Map<String, String> files() {
        Map<String, String> files = new HashMap<>();
        byId.forEach((id, place) -> files.put(id, place.path()));
        return files;
    }

    /** How many entries {@code path} holds (-1: not a readable list). */
    public int entries(String path) {
        return entries.getOrDefault(path, 0);
    }

    /** The question whose entry holds {@code line} of {@code path}: the last one starting at or before it. */
    public Optional<String> questionAt(String path, int line) {
        TreeMap<Integer, String> starts = byLine.get(path);
        Map.Entry<Integer, String> at = starts == null ? null : starts.floorEntry(line);
        return Optional.ofNullable(at == null ? null : at.getValue());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}

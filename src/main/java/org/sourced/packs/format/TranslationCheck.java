package org.sourced.packs.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Compares one translation ({@code i18n/<tag>/} of a pack) with the original, file for file, on the YAML
 * trees and the lessons' front matter and checkpoints. Only the words may differ: pack {@code title} and
 * {@code summary}, objective and set titles, a source's counting {@code rule}, question {@code stem},
 * {@code claim}, {@code explanation}, {@code feedback}, {@code hints} and {@code response-feedback}, choice and item
 * {@code text} and {@code feedback}, evidence {@code note} (a question's, or a choice's passage), lesson {@code title} and body. Everything else (ids,
 * types, keys, verdicts, order, choice ids, evidence sources and locators, the sources' bibliographic entries, the
 * checkpoints in order) must be as in the original, or the check refuses the translation at its file:line. A
 * question or lesson the translation lacks is a warning: the language is withheld, never mixed with the original.
 * Plain Java; {@link PackTranslations} runs it for every language of a pack.
 */
public final class TranslationCheck {

    /** Refusals (the translation differs where it must not) and warnings (items missing, the language withheld). */
    public record Outcome(List<Problem> problems, List<Problem> warnings) {
        public boolean accepted() {
            return problems.isEmpty() && warnings.isEmpty();
        }
    }

    /** Where a key sits, for the rule of which keys hold words. */
    private enum Place { MANIFEST, OBJECTIVE, SET, SOURCE, COUNTING, QUESTION, CHOICE, EVIDENCE, FRONT_MATTER, OTHER }

    /** The keys whose values are words, by place. A key named here may hold a text, a list or a map of texts. */
    private static final Map<Place, Set<String>> TRANSLATED = Map.of(
            Place.MANIFEST, Set.of("title", "summary"),
            Place.OBJECTIVE, Set.of("title"),
            Place.SET, Set.of("title"),
            Place.COUNTING, Set.of("rule"),
            Place.QUESTION, Set.of("stem", "claim", "explanation", "feedback", "hints", "response-feedback"),
            Place.CHOICE, Set.of("text", "feedback"),
            Place.EVIDENCE, Set.of("note"),
            Place.FRONT_MATTER, Set.of("title"));

    private final String tag;
    private final String originalPrefix;
    private final String prefix;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private TranslationCheck(String tag, String originalPrefix, String prefix) {
        this.tag = tag;
        this.originalPrefix = originalPrefix;
        this.prefix = prefix;
    }

    /**
     * @param original       the original's files (path inside the pack to text), without {@code i18n/}
     * @param translation    the translation's files, paths inside {@code i18n/<tag>/}
     * @param originalPrefix what names the original's files in messages ({@code packs/p/})
     * @param prefix         what names the translation's files ({@code packs/p/i18n/hy/})
     */
    public static Outcome check(Map<String, String> original, Map<String, String> translation, String tag,
                                String originalPrefix, String prefix) {
        TranslationCheck check = new TranslationCheck(tag, originalPrefix, prefix);
        check.run(normalised(original), normalised(translation));
        return new Outcome(List.copyOf(check.problems), List.copyOf(check.warnings));
    }

    private void run(Map<String, String> original, Map<String, String> translation) {
        for (String path : original.keySet()) {
            boolean checked = path.equals(PackReader.MANIFEST) || PackReader.LESSON_FILE.matcher(path).matches()
                    || PackReader.QUESTION_FILE.matcher(path).matches();
            if (checked && !translation.containsKey(path)) {
                if (path.equals(PackReader.MANIFEST)) {
                    problems.add(new Problem(prefix + path, 1, "the translation has no pack.yaml"));
                } else {
                    warnings.add(new Problem(prefix + path, 1, "warning: " + path + " is not translated: " + tag
                            + " is withheld until every lesson and question is"));
                }
            }
        }
        for (Map.Entry<String, String> file : translation.entrySet()) {
            String path = file.getKey();
            String there = original.get(path);
            boolean lesson = PackReader.LESSON_FILE.matcher(path).matches();
            boolean questions = PackReader.QUESTION_FILE.matcher(path).matches();
            if (!path.equals(PackReader.MANIFEST) && !lesson && !questions) {
                continue; // an author's note, or a stray file PackReader refuses
            }
            if (there == null) {
                problems.add(new Problem(prefix + path, 1, "the original has no " + path
                        + ": a translation mirrors the pack file for file"));
            } else if (path.equals(PackReader.MANIFEST)) {
                yaml(path, there, file.getValue(), 0).ifPresent(t -> {
                    compare(path, tree(path, there, 0), t, Place.MANIFEST, "");
                    checkLanguage(path, t);
                });
            } else if (questions) {
                compareQuestions(path, there, file.getValue());
            } else {
                compareLesson(path, there, file.getValue());
            }
        }
    }

    private void checkLanguage(String path, Node translated) {
        if (!(translated instanceof MappingNode map)) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            if (scalar(t.getKeyNode()).equals("language") && !tag.equals(scalar(t.getValueNode()))) {
                problems.add(new Problem(prefix + path, line(t.getValueNode(), 0), "language is '" + scalar(t.getValueNode())
                        + "', but this translation lives in i18n/" + tag + "/: write language: " + tag));
            }
        }
    }

    // ---- question files: matched by id, so a missing question withholds the language ---------

    private void compareQuestions(String path, String originalText, String translatedText) {
        Optional<Node> translated = yaml(path, originalText, translatedText, 0);
        Node original = tree(path, originalText, 0);
        if (translated.isEmpty() || !(original instanceof SequenceNode originalList)) {
            return;
        }
        if (!(translated.get() instanceof SequenceNode translatedList)) {
            problems.add(new Problem(prefix + path, line(translated.get(), 0), "a question file is a list of questions, as in the original"));
            return;
        }
        Map<String, Node> originalById = byId(originalList);
        Map<String, Node> translatedById = byId(translatedList);
        List<String> originalOrder = new ArrayList<>(originalById.keySet());
        int last = -1;
        for (Node q : translatedList.getValue()) {
            String id = idOf(q);
            int at = id == null ? -1 : originalOrder.indexOf(id);
            if (at < 0) {
                problems.add(new Problem(prefix + path, line(q, 0), id == null ? "a question without an id"
                        : "question '" + id + "' is not in the original " + path + ": a translation has the original's ids"));
                continue;
            }
            if (at < last) {
                problems.add(new Problem(prefix + path, line(q, 0), "question '" + id + "' comes after '" + originalOrder.get(last)
                        + "' here but before it in the original: keep the original's order"));
            }
            last = Math.max(last, at);
            compare(path, originalById.get(id), q, Place.QUESTION, id + ": ");
        }
        for (Map.Entry<String, Node> q : originalById.entrySet()) {
            if (!translatedById.containsKey(q.getKey())) {
                warnings.add(new Problem(prefix + path, 1, "warning: question '" + q.getKey() + "' is not translated: " + tag
                        + " is withheld until every lesson and question is"));
            }
        }
    }

    private static Map<String, Node> byId(SequenceNode list) {
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Node q : list.getValue()) {
            String id = idOf(q);
            if (id != null) {
                byId.putIfAbsent(id, q);
            }
        }
        return byId;
    }

    private static String idOf(Node node) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (scalar(t.getKeyNode()).equals("id") && t.getValueNode() instanceof ScalarNode s) {
                    return s.getValue();
                }
            }
        }
        return null;
    }

    // ---- lessons: the front matter but its title, and the checkpoints in order ---------------

    private void compareLesson(String path, String originalText, String translatedText) {
        Split original = split(originalText);
        Split translated = split(translatedText);
        if (original == null || translated == null) {
            return; // PackReader says what is wrong with the front matter
        }
        Optional<Node> front = yaml(path, original.frontMatter, translated.frontMatter, 1);
        Node originalFront = tree(path, original.frontMatter, 1);
        front.ifPresent(t -> compare(path, originalFront, t, Place.FRONT_MATTER, "front matter: "));
        List<String> there = checkpoints(original, null);
        List<Integer> lines = new ArrayList<>();
        List<String> here = checkpoints(translated, lines);
        for (int i = 0; i < Math.max(there.size(), here.size()); i++) {
            String want = i < there.size() ? there.get(i) : null;
            String got = i < here.size() ? here.get(i) : null;
            if (!Objects.equals(want, got)) {
                int line = i < lines.size() ? lines.get(i) : translated.lineCount;
                problems.add(new Problem(prefix + path, line, want == null
                        ? "checkpoint '" + got + "' is not in the original: keep the original's checkpoints in their order"
                        : "the original's checkpoint " + (i + 1) + " is '" + want + "'" + (got == null ? ", missing here" : ", here '" + got + "'")
                        + ": keep the original's checkpoints in their order"));
                return;
            }
        }
    }

    private record Split(String frontMatter, String body, int bodyFirstLine, int lineCount) {
    }

    private static Split split(String text) {
        if (!text.startsWith("---\n")) {
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            return null;
        }
        int bodyStart = Math.min(text.length(), end + 5);
        int bodyFirstLine = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;
        return new Split(text.substring(4, end + 1), text.substring(bodyStart), bodyFirstLine,
                (int) text.chars().filter(c -> c == '\n').count() + 1);
    }

    private static List<String> checkpoints(Split lesson, List<Integer> lines) {
        List<String> ids = new ArrayList<>();
        String[] body = lesson.body.split("\n", -1);
        for (int i = 0; i < body.length; i++) {
            Matcher m = Lesson.CHECKPOINT.matcher(body[i].strip());
            if (m.matches()) {
                ids.add(m.group(1));
                if (lines != null) {
                    lines.add(lesson.bodyFirstLine + i);
                }
            }
        }
        return ids;
    }

    // ---- the trees -----------------------------------------------------------------------------

    private int lineOffset;

    private void compare(String path, Node original, Node translated, Place place, String what) {
        if (original == null) {
            return;
        }
        if (original instanceof MappingNode o && translated instanceof MappingNode t) {
            Map<String, NodeTuple> there = tuples(o);
            Map<String, NodeTuple> here = tuples(t);
            for (Map.Entry<String, NodeTuple> e : there.entrySet()) {
                if (!here.containsKey(e.getKey())) {
                    refuse(path, t, what + "'" + e.getKey() + "' is missing (the original has it at " + originalPrefix + path + ":"
                            + line(e.getValue().getKeyNode(), lineOffset) + ")");
                }
            }
            for (Map.Entry<String, NodeTuple> e : here.entrySet()) {
                NodeTuple originalTuple = there.get(e.getKey());
                if (originalTuple == null) {
                    refuse(path, e.getValue().getKeyNode(), what + "'" + e.getKey() + "' is not in the original: a translation changes only the words");
                    continue;
                }
                String key = e.getKey();
                Node a = originalTuple.getValueNode();
                Node b = e.getValue().getValueNode();
                if (TRANSLATED.getOrDefault(place, Set.of()).contains(key)) {
                    sameShape(path, a, b, what + "'" + key + "'");
                } else if (place == Place.MANIFEST && key.equals("language")) {
                    continue; // the tag, checked on its own
                } else {
                    compare(path, a, b, inside(place, key), what + key + ": ");
                }
            }
        } else if (original instanceof SequenceNode o && translated instanceof SequenceNode t) {
            if (o.getValue().size() != t.getValue().size()) {
                refuse(path, t, what + "the original's list has " + o.getValue().size() + " entries, this one " + t.getValue().size());
                return;
            }
            for (int i = 0; i < o.getValue().size(); i++) {
                compare(path, o.getValue().get(i), t.getValue().get(i), place, what);
            }
        } else if (original instanceof ScalarNode o && translated instanceof ScalarNode t) {
            if (!o.getValue().equals(t.getValue())) {
                refuse(path, t, what.isEmpty() ? "'" + t.getValue() + "' differs from the original's '" + o.getValue() + "'"
                        : what.substring(0, what.length() - 2) + " is '" + t.getValue() + "' here but '" + o.getValue()
                        + "' in the original: only the words are translated");
            }
        } else {
            refuse(path, translated, what + "not the same kind of value as in the original (" + originalPrefix + path + ":"
                    + line(original, lineOffset) + ")");
        }
    }

    /** A translated value: any words, but a list stays a list of as many, a map keeps its keys. */
    private void sameShape(String path, Node original, Node translated, String what) {
        if (original instanceof ScalarNode && translated instanceof ScalarNode) {
            return;
        }
        if (original instanceof SequenceNode o && translated instanceof SequenceNode t) {
            if (o.getValue().size() != t.getValue().size()) {
                refuse(path, t, what + " has " + t.getValue().size() + " entries here, " + o.getValue().size() + " in the original");
                return;
            }
            for (int i = 0; i < o.getValue().size(); i++) {
                sameShape(path, o.getValue().get(i), t.getValue().get(i), what);
            }
            return;
        }
        if (original instanceof MappingNode o && translated instanceof MappingNode t) {
            Map<String, NodeTuple> there = tuples(o);
            Map<String, NodeTuple> here = tuples(t);
            if (!there.keySet().equals(here.keySet())) {
                refuse(path, t, what + " has the keys " + here.keySet() + " here, " + there.keySet() + " in the original");
                return;
            }
            there.forEach((k, v) -> sameShape(path, v.getValueNode(), here.get(k).getValueNode(), what + "." + k));
            return;
        }
        refuse(path, translated, what + " is not the same kind of value as in the original");
    }

    private static Place inside(Place place, String key) {
        return switch (place) {
            case MANIFEST -> switch (key) {
                case "objectives" -> Place.OBJECTIVE;
                case "sets" -> Place.SET;
                case "sources" -> Place.SOURCE;
                default -> Place.OTHER;
            };
            case SOURCE -> key.equals("counting") ? Place.COUNTING : Place.OTHER;
            // an evidence-choice item's choice is a passage: its source and locator stay, its note is translated
            case CHOICE -> key.equals("evidence") ? Place.EVIDENCE : Place.OTHER;
            case QUESTION -> switch (key) {
                case "choices", "items" -> Place.CHOICE;
                case "evidence" -> Place.EVIDENCE;
                default -> Place.OTHER;
            };
            default -> Place.OTHER;
        };
    }

    private static Map<String, NodeTuple> tuples(MappingNode map) {
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            byKey.putIfAbsent(scalar(t.getKeyNode()), t);
        }
        return byKey;
    }

    private void refuse(String path, Node at, String message) {
        problems.add(new Problem(prefix + path, line(at, lineOffset), message));
    }

    /** The translation's tree, with {@link #lineOffset} set for its lines; empty when it does not parse (PackReader says why). */
    private Optional<Node> yaml(String path, String originalText, String translatedText, int offset) {
        lineOffset = offset;
        try {
            return YamlFile.compose(prefix + path, translatedText);
        } catch (YamlFile.FailureException e) {
            return Optional.empty();
        }
    }

    private Node tree(String path, String text, int offset) {
        try {
            return YamlFile.compose(originalPrefix + path, text).orElse(null);
        } catch (YamlFile.FailureException e) {
            return null;
        }
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    private static int line(Node node, int offset) {
        return YamlMap.lineOf(node, offset);
    }

    private static Map<String, String> normalised(Map<String, String> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((path, text) -> out.put(path, PackReader.normaliseNewlines(text)));
        return out;
    }
}

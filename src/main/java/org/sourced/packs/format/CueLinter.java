package org.sourced.packs.format;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings about cues that give a key away without knowledge of the topic (issue 15, after Haladyna, Downing and
 * Rodriguez): the key is the longest choice in more than a third of single-choice items; every multiple-answer item
 * has the same number of correct choices; the key sits in one position far more or far less often than chance; a
 * choice reads "all/none of the above"; true-false answers or claim-check verdicts lean to one side. Warnings, not
 * problems: a pack with them still validates. Each is placed at the file and line of the question it names.
 */
public final class CueLinter {

    /** "All of the above", "none of the above" and their usual Russian and Armenian forms. */
    static final Pattern ABOVE = Pattern.compile(
            "(?iu)\\b(all|none|both) of the above\\b|все (из )?(выше)?перечисленн|ни(что|чего|один) из (выше)?перечисленн"
                    + "|վերը նշված(ներ)?ից ոչ մեկ|բոլորը վերը նշված|վերը նշվածները բոլորը");

    private final PackContent pack;
    private final String prefix;
    private final Map<String, Problem> places = new HashMap<>();
    private final List<Problem> warnings = new ArrayList<>();

    private CueLinter(PackContent pack, String prefix) {
        this.pack = pack;
        this.prefix = prefix;
    }

    /** The cue warnings of a valid pack, as {@code file:line: message} with files named after {@code prefix}. */
    public static List<Problem> lint(PackContent pack, String prefix) {
        CueLinter linter = new CueLinter(pack, prefix);
        linter.findPlaces();
        linter.run();
        return List.copyOf(linter.warnings);
    }

    private void findPlaces() {
        Pattern item = Pattern.compile("^\\s*-\\s+id:\\s*['\"]?([A-Za-z0-9._-]+)['\"]?\\s*$");
        pack.files().entrySet().stream().filter(f -> PackReader.QUESTION_FILE.matcher(f.getKey()).matches()).forEach(f -> {
            String[] lines = f.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = item.matcher(lines[i]);
                // a question starts at indentation 0 ("- id:"); choices and items are indented further
                if (m.matches() && lines[i].startsWith("-")) {
                    places.putIfAbsent(m.group(1), new Problem(prefix + f.getKey(), i + 1, ""));
                }
            }
        });
    }

    private void warn(Question q, String message) {
        Problem at = places.getOrDefault(q.id(), new Problem(prefix + PackReader.MANIFEST, 1, ""));
        warnings.add(new Problem(at.file(), at.line(), "warning: " + message));
    }

    private List<Question> of(QuestionType type) {
        return pack.questions().stream().filter(q -> q.type() == type).toList();
    }

    private void run() {
        longestKey(of(QuestionType.SINGLE));
        sameCorrectCount(of(QuestionType.MULTIPLE), "multiple-answer");
        keyPositions(of(QuestionType.SINGLE), "single-choice");
        keyPositions(of(QuestionType.MULTIPLE), "multiple-answer");
        sameCorrectCount(of(QuestionType.EVIDENCE_CHOICE), "evidence-choice");
        keyPositions(of(QuestionType.EVIDENCE_CHOICE), "evidence-choice");
        above();
        trueFalse(of(QuestionType.TRUE_FALSE));
        verdicts(of(QuestionType.CLAIM_CHECK));
    }

    static boolean keyIsLongest(Question q) {
        int key = q.choices().stream().filter(Choice::correct).mapToInt(c -> length(c.text())).max().orElse(0);
        int other = q.choices().stream().filter(c -> !c.correct()).mapToInt(c -> length(c.text())).max().orElse(Integer.MAX_VALUE);
        return key > other;
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private void longestKey(List<Question> single) {
        List<Question> longest = single.stream().filter(CueLinter::keyIsLongest).toList();
        if (single.size() >= 3 && longest.size() * 3 > single.size()) {
            for (Question q : longest) {
                warn(q, "the key is the longest choice, as in " + longest.size() + " of " + single.size()
                        + " single-choice items (more than a third): lengthen a distractor or shorten the key");
            }
        }
    }

    private void sameCorrectCount(List<Question> multiple, String kind) {
        if (multiple.size() < 3) {
            return;
        }
        long first = multiple.get(0).correctChoiceIds().size();
        if (multiple.stream().allMatch(q -> q.correctChoiceIds().size() == first)) {
            warn(multiple.get(0), "every one of the " + multiple.size() + " " + kind + " items has " + first
                    + " correct choices: vary the number, so that it cannot be guessed");
        }
    }

    /**
     * Compares how often each position holds a key with what chance gives (the sum over items of keys / choices, for
     * items long enough to have that position), and warns when a position gets under half or over twice its share.
     */
    private void keyPositions(List<Question> questions, String kind) {
        int most = questions.stream().mapToInt(q -> q.choices().size()).max().orElse(0);
        for (int p = 0; p < most; p++) {
            double expected = 0;
            int observed = 0;
            for (Question q : questions) {
                if (q.choices().size() > p) {
                    expected += (double) q.correctChoiceIds().size() / q.choices().size();
                    observed += q.choices().get(p).correct() ? 1 : 0;
                }
            }
            if (expected >= 3 && (observed < expected / 2 || observed > expected * 2)) {
                final int position = p;
                Question at = questions.stream().filter(q -> q.choices().size() > position).findFirst().orElseThrow();
                warn(at, "choice " + (char) ('a' + p) + " (position " + (p + 1) + ") is correct " + observed + " times across the "
                        + kind + " items, where chance gives about " + Math.round(expected) + ": move some keys");
            }
        }
    }

    private void above() {
        for (Question q : pack.questions()) {
            for (Choice c : q.choices()) {
                if (c.text() != null && ABOVE.matcher(c.text()).find()) {
                    warn(q, "choice " + c.id() + " reads \"" + c.text().strip()
                            + "\": an all/none-of-the-above choice is answered by elimination, not knowledge");
                }
            }
        }
    }

    private void trueFalse(List<Question> items) {
        long t = items.stream().filter(q -> q.correctChoiceIds().contains("true")).count();
        long f = items.size() - t;
        if (items.size() >= 4 && Math.min(t, f) * 3 < items.size()) {
            warn(items.get(0), "of the " + items.size() + " true-false items, " + t + " are true and " + f
                    + " false: keep each answer at a third or more");
        }
    }

    private void verdicts(List<Question> items) {
        if (items.size() < 4) {
            return;
        }
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        items.forEach(q -> {
            if (q.verdict() != null) {
                counts.merge(q.verdict(), 1, Integer::sum);
            }
        });
        boolean oneSided = counts.values().stream().anyMatch(n -> n * 2 > items.size());
        boolean missing = items.size() >= 6 && counts.values().stream().anyMatch(n -> n == 0);
        if (oneSided || missing) {
            StringBuilder s = new StringBuilder();
            counts.forEach((v, n) -> s.append(s.length() == 0 ? "" : ", ").append(v.key()).append(' ').append(n));
            warn(items.get(0), "the verdicts of the " + items.size() + " claim-check items lean to one side (" + s
                    + "): no verdict over half, and each used once there are six or more");
        }
    }
}

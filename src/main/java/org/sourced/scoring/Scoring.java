package org.sourced.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * The scoring rules, as pure functions (docs/scoring.md explains them for teachers).
 *
 * <p>Raw credit (the {@code fraction}, 0..1) by type:
 * <ul>
 *   <li><b>single, true-false, claim-check</b>: 1 if exactly one choice is picked and it is the key,
 *       else 0. Picking two or more is wrong, even if one of them is the key.</li>
 *   <li><b>multiple</b>: all-or-nothing: 1 if the picks are exactly the correct choices. With partial
 *       credit: (right picks - wrong picks) / k, floored at 0, where k is the number of correct
 *       choices.</li>
 *   <li><b>ordering</b>: the share of item pairs in the right relative order,
 *       {@code rightPairs / (n(n-1)/2)}; 1 only for the key order; 0 for an answer that is not a
 *       permutation of the items.</li>
 * </ul>
 * Picks are a set: their order and repeats do not matter (except for ordering, where the order is
 * the answer). An empty answer is unanswered and scores 0 under every rule.
 *
 * <p>Points: {@code fraction × points}, then
 * <ul>
 *   <li><b>negative marking</b>: a wrong (fraction 0) single, true-false or claim-check answer scores
 *       {@code -points / (c - 1)}, c the number of choices, so blind guessing is worth 0 on
 *       average. Not applied to multiple or ordering, which have their own partial scale.</li>
 *   <li><b>certainty-based marking</b> (Gardner-Medwin, as in Moodle): certainty 1, 2, 3 scores
 *       +1, +2, +3 times points when right and 0, -2, -6 times points when wrong (fraction 0). A
 *       partly right answer (0 &lt; fraction &lt; 1) scores the "right" mark times the fraction, as
 *       Moodle does, so a student is not punished as if wholly wrong. A missing certainty counts as 1.
 *       The maximum is 3 × points. Negative marking is ignored: the certainty penalties replace it.</li>
 * </ul>
 */
public final class Scoring {

    private static final int DEFAULT_CERTAINTY = 1;
    // Indexed by certainty; index 0 unused.
    private static final int[] CERTAINTY_RIGHT = {0, 1, 2, 3};
    private static final int[] CERTAINTY_WRONG = {0, 0, -2, -6};
    private static final int CERTAINTY_MAX = 3;

    private Scoring() {
    }

    /** Scores one answer to one question under the given rules. */
    public static ItemScore score(Question q, Answer a, ScoringRules rules) {
        Objects.requireNonNull(q, "question");
        Objects.requireNonNull(a, "answer");
        Objects.requireNonNull(rules, "rules");
        double points = q.points();
        boolean answered = a.answered();
        double fraction = answered ? fraction(q, a.choices(), rules.partialCredit()) : 0.0;
        // Fractions are built from whole counts (k/k, pairs/pairs), so a full answer is exactly 1.0.
        boolean correct = fraction == 1.0;

        if (rules.certaintyBased()) {
            int c = certaintyOrDefault(a.certainty());
            double earned;
            if (!answered) {
                earned = 0.0;
            } else if (fraction > 0.0) {
                earned = CERTAINTY_RIGHT[c] * fraction * points;
            } else {
                earned = CERTAINTY_WRONG[c] * points;
            }
            return new ItemScore(earned, CERTAINTY_MAX * points, fraction, correct, answered);
        }

        double earned = fraction * points;
        int c = q.choices().size();
        if (rules.negativeMarking() && answered && fraction == 0.0 && isOneKeyType(q.type()) && c > 1) {
            earned = -points / (c - 1);
        }
        return new ItemScore(earned, points, fraction, correct, answered);
    }

    /**
     * Scores an answer and wraps it for {@link #total}, recording the certainty only when certainty
     * marking is on (a missing one as 1), so the calibration summary sees what was scored.
     */
    public static ScoredItem scored(Question q, Answer a, ScoringRules rules) {
        ItemScore s = score(q, a, rules);
        Integer certainty = rules.certaintyBased() ? certaintyOrDefault(a.certainty()) : null;
        return new ScoredItem(q.id(), q.objective(), s, certainty);
    }

    /**
     * Adds up an attempt: the total floored at 0, a breakdown per objective (each floored at 0, in
     * first-seen order) and, for items that carry a certainty, the calibration summary.
     */
    public static AttemptScore total(List<ScoredItem> items) {
        double score = 0;
        double max = 0;
        Map<String, double[]> byObjective = new LinkedHashMap<>();
        Map<Integer, int[]> byCertainty = new TreeMap<>();
        for (ScoredItem item : items) {
            ItemScore s = item.score();
            score += s.points();
            max += s.maxPoints();
            if (item.objective() != null && !item.objective().isBlank()) {
                double[] o = byObjective.computeIfAbsent(item.objective(), k -> new double[2]);
                o[0] += s.points();
                o[1] += s.maxPoints();
            }
            // Unanswered items say nothing about how sure the student was.
            if (item.certainty() != null && s.answered()) {
                int[] level = byCertainty.computeIfAbsent(item.certainty(), k -> new int[2]);
                level[0]++;
                if (s.correct()) {
                    level[1]++;
                }
            }
        }
        List<ObjectiveScore> objectives = new ArrayList<>();
        byObjective.forEach((id, o) -> {
            double floored = Math.max(0, o[0]);
            objectives.add(new ObjectiveScore(id, floored, o[1], percent(floored, o[1])));
        });
        List<CertaintyLevel> levels = new ArrayList<>();
        byCertainty.forEach((c, l) -> levels.add(new CertaintyLevel(c, l[0], l[1], round1(100.0 * l[1] / l[0]))));
        double floored = Math.max(0, score);
        return new AttemptScore(floored, max, percent(floored, max), objectives, new Calibration(levels));
    }

    static double fraction(Question q, List<String> picks, boolean partialCredit) {
        return switch (q.type()) {
            case SINGLE, TRUE_FALSE, CLAIM_CHECK -> oneKey(q.correctChoiceIds(), picks);
            case MULTIPLE, EVIDENCE_CHOICE -> partialCredit
                    ? multiplePartial(q.correctChoiceIds(), picks)
                    : multipleAllOrNothing(q.correctChoiceIds(), picks);
            case ORDERING -> ordering(q.correctOrder(), picks);
        };
    }

    private static double oneKey(Set<String> key, List<String> picks) {
        Set<String> picked = new HashSet<>(picks);
        return picked.size() == 1 && key.containsAll(picked) ? 1.0 : 0.0;
    }

    private static double multipleAllOrNothing(Set<String> key, List<String> picks) {
        return !key.isEmpty() && new HashSet<>(picks).equals(key) ? 1.0 : 0.0;
    }

    private static double multiplePartial(Set<String> key, List<String> picks) {
        int k = key.size();
        if (k == 0) {
            return 0.0;
        }
        Set<String> picked = new LinkedHashSet<>(picks);
        int right = 0;
        for (String p : picked) {
            if (key.contains(p)) {
                right++;
            }
        }
        // Ids that are not choices at all count as wrong picks: they cannot be right.
        int wrong = picked.size() - right;
        return Math.max(0, right - wrong) / (double) k;
    }

    private static double ordering(List<String> key, List<String> answer) {
        int n = key.size();
        Set<String> given = new HashSet<>(answer);
        // The service checks the order first; a list that is not a permutation still must not score.
        if (answer.size() != n || given.size() != n || !given.equals(new HashSet<>(key))) {
            return 0.0;
        }
        if (n < 2) {
            return 1.0;
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < n; i++) {
            rank.put(key.get(i), i);
        }
        int right = 0;
        for (int i = 0; i < n; i++) {
            int ri = rank.get(answer.get(i));
            for (int j = i + 1; j < n; j++) {
                if (ri < rank.get(answer.get(j))) {
                    right++;
                }
            }
        }
        return right / (n * (n - 1) / 2.0);
    }

    private static boolean isOneKeyType(QuestionType type) {
        return type == QuestionType.SINGLE || type == QuestionType.TRUE_FALSE || type == QuestionType.CLAIM_CHECK;
    }

    private static int certaintyOrDefault(Integer certainty) {
        return certainty == null ? DEFAULT_CERTAINTY : certainty;
    }

    private static double percent(double score, double max) {
        if (max <= 0) {
            return 0.0;
        }
        return Math.min(100.0, Math.max(0.0, round1(100.0 * score / max)));
    }

    private static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}

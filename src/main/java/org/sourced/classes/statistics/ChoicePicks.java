package org.sourced.classes.statistics;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * Distractor analysis from the database's count of each distinct stored answer of a question (the
 * database groups; this only spreads a few dozen rows over the choices).
 *
 * <ul>
 *   <li>Choice questions: how many answers picked each choice (a multiple-answer pick of a and c counts
 *       once for a and once for c, so the counts can add up to more than the answers).</li>
 *   <li>Ordering questions, where every answer holds every item: how many answers put each item in its
 *       right place.</li>
 * </ul>
 */
public final class ChoicePicks {

    private ChoicePicks() {
    }

    /**
     * @param answerCounts each distinct stored answer (choice ids joined by commas) with how many responses
     *                     gave it; blank answers are ignored
     * @return the count per choice id, in the question's choice order (choices nobody picked count 0)
     */
    public static Map<String, Long> count(Question q, Map<String, Long> answerCounts) {
        Map<String, Long> picked = new LinkedHashMap<>();
        for (Choice c : q.choices()) {
            picked.put(c.id(), 0L);
        }
        List<String> key = q.correctOrder();
        answerCounts.forEach((answer, n) -> {
            if (answer == null || answer.isBlank()) {
                return;
            }
            String[] ids = answer.split(",");
            if (q.type() == QuestionType.ORDERING) {
                for (int i = 0; i < ids.length && i < key.size(); i++) {
                    if (ids[i].equals(key.get(i))) {
                        picked.merge(ids[i], n, Long::sum);
                    }
                }
            } else {
                Set<String> once = new LinkedHashSet<>(List.of(ids));
                for (String id : once) {
                    if (picked.containsKey(id)) { // an id the question no longer has cannot be shown
                        picked.merge(id, n, Long::sum);
                    }
                }
            }
        });
        return picked;
    }
}

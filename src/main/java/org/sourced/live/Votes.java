package org.sourced.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How the answers to one question spread over its choices, and how many players a revote moved onto the key. */
public final class Votes {

    public record Picked(String id, long picked) {
    }

    private Votes() {
    }

    /** Per choice, in the order shown, how many answers picked it (a multiple-answer pick counts for each choice). */
    public static List<Picked> distribution(List<String> choiceIds, List<List<String>> answers) {
        Map<String, Long> counts = new LinkedHashMap<>();
        choiceIds.forEach(id -> counts.put(id, 0L));
        for (List<String> answer : answers) {
            for (String id : Set.copyOf(answer)) {
                counts.computeIfPresent(id, (k, v) -> v + 1);
            }
        }
        List<Picked> out = new ArrayList<>();
        counts.forEach((id, n) -> out.add(new Picked(id, n)));
        return out;
    }

    /**
     * Players who were not right in the first vote and are right in the second. A player who voted only once is
     * not counted: nothing moved.
     */
    public static long movedToKey(Map<Long, Boolean> firstRight, Map<Long, Boolean> secondRight) {
        return secondRight.entrySet().stream()
                .filter(e -> e.getValue() && Boolean.FALSE.equals(firstRight.get(e.getKey())))
                .count();
    }
}

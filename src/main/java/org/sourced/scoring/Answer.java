package org.sourced.scoring;

import java.util.List;

/**
 * What a student gave for one item.
 *
 * @param choices the picked choice ids; for an ordering item the student's full order of the item ids.
 *                An empty list means the item was left unanswered.
 * @param certainty 1 (low), 2 (medium) or 3 (high) under certainty-based marking; {@code null} when
 *                  not asked or not given
 */
public record Answer(List<String> choices, Integer certainty) {

    public Answer {
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (certainty != null && (certainty < 1 || certainty > 3)) {
            throw new IllegalArgumentException("certainty must be 1, 2 or 3, was " + certainty);
        }
    }

    public static Answer unanswered() {
        return new Answer(List.of(), null);
    }

    public boolean answered() {
        return !choices.isEmpty();
    }
}

package org.sourced.scoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Spaced review with five Leitner boxes. A card moves up one box when answered right and back to
 * box 1 when answered wrong; box b comes back after 1, 2, 4, 8 or 16 days, so well-known items are
 * seen rarely and missed ones tomorrow.
 */
public final class Leitner {

    public static final int FIRST_BOX = 1;
    public static final int LAST_BOX = 5;
    // Days until the next review, indexed by box - 1.
    private static final int[] INTERVAL_DAYS = {1, 2, 4, 8, 16};

    /** A question's place in the review schedule of one student. */
    public record Card(int box, LocalDate due) {

        public Card {
            if (box < FIRST_BOX || box > LAST_BOX) {
                throw new IllegalArgumentException("box must be 1..5, was " + box);
            }
            Objects.requireNonNull(due, "due");
        }
    }

    private Leitner() {
    }

    /** A new card: box 1, due today, so a first review happens in the same session. */
    public static Card first(LocalDate today) {
        return new Card(FIRST_BOX, today);
    }

    /** Right: up one box (at most 5), due after that box's interval. Wrong: box 1, due tomorrow. */
    public static Card review(Card c, boolean correct, LocalDate today) {
        Objects.requireNonNull(c, "card");
        Objects.requireNonNull(today, "today");
        int box = correct ? Math.min(LAST_BOX, c.box() + 1) : FIRST_BOX;
        return new Card(box, today.plusDays(intervalDays(box)));
    }

    public static boolean isDue(Card c, LocalDate today) {
        return !c.due().isAfter(today);
    }

    /** Days between reviews for a box: 1, 2, 4, 8, 16. */
    public static int intervalDays(int box) {
        if (box < FIRST_BOX || box > LAST_BOX) {
            throw new IllegalArgumentException("box must be 1..5, was " + box);
        }
        return INTERVAL_DAYS[box - 1];
    }
}

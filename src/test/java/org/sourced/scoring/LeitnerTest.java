package org.sourced.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.sourced.scoring.Leitner.Card;

class LeitnerTest {

    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    @Test
    void aNewCardIsInBoxOneAndDueToday() {
        Card c = Leitner.first(MONDAY);
        assertThat(c).isEqualTo(new Card(1, MONDAY));
        assertThat(Leitner.isDue(c, MONDAY)).isTrue();
    }

    @Test
    void rightAnswersClimbTheBoxesWithDoublingIntervals() {
        // box 1 -> 2: +2 days; 2 -> 3: +4; 3 -> 4: +8; 4 -> 5: +16; 5 stays 5: +16
        Card c = Leitner.first(MONDAY);
        c = Leitner.review(c, true, MONDAY);
        assertThat(c).isEqualTo(new Card(2, MONDAY.plusDays(2)));
        c = Leitner.review(c, true, c.due());
        assertThat(c).isEqualTo(new Card(3, MONDAY.plusDays(2 + 4)));
        c = Leitner.review(c, true, c.due());
        assertThat(c).isEqualTo(new Card(4, MONDAY.plusDays(2 + 4 + 8)));
        c = Leitner.review(c, true, c.due());
        assertThat(c).isEqualTo(new Card(5, MONDAY.plusDays(2 + 4 + 8 + 16)));
        c = Leitner.review(c, true, c.due());
        assertThat(c).isEqualTo(new Card(5, MONDAY.plusDays(2 + 4 + 8 + 16 + 16)));
    }

    @Test
    void aWrongAnswerSendsTheCardBackToBoxOneForTomorrow() {
        Card c = Leitner.review(new Card(4, MONDAY), false, MONDAY);
        assertThat(c).isEqualTo(new Card(1, MONDAY.plusDays(1)));
    }

    @Test
    void theExampleInTheDocs() {
        // New on Monday 3 March; right that day -> box 2, due 5 March; right on 5 March -> box 3,
        // due 9 March; wrong on 9 March -> box 1, due 10 March.
        Card c = Leitner.review(Leitner.first(MONDAY), true, MONDAY);
        assertThat(c).isEqualTo(new Card(2, LocalDate.of(2025, 3, 5)));
        c = Leitner.review(c, true, c.due());
        assertThat(c).isEqualTo(new Card(3, LocalDate.of(2025, 3, 9)));
        c = Leitner.review(c, false, c.due());
        assertThat(c).isEqualTo(new Card(1, LocalDate.of(2025, 3, 10)));
    }

    @Test
    void dueOnAndAfterTheDueDateOnly() {
        Card c = new Card(3, MONDAY);
        assertThat(Leitner.isDue(c, MONDAY.minusDays(1))).isFalse();
        assertThat(Leitner.isDue(c, MONDAY)).isTrue();
        assertThat(Leitner.isDue(c, MONDAY.plusDays(5))).isTrue();
    }

    @Test
    void intervals() {
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(Leitner::intervalDays)).containsExactly(1, 2, 4, 8, 16);
        assertThatThrownBy(() -> new Card(0, MONDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Card(6, MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void boxStaysInOneToFiveAndTheNextReviewIsAfterToday(
            @ForAll @DateRange(min = "2000-01-01", max = "2100-12-31") LocalDate start,
            @ForAll @Size(max = 30) List<Boolean> answers) {
        Card c = Leitner.first(start);
        LocalDate today = start;
        for (boolean right : answers) {
            c = Leitner.review(c, right, today);
            assertThat(c.box()).isBetween(1, 5);
            assertThat(c.due()).isAfter(today);
            assertThat(Leitner.isDue(c, today)).isFalse();
            today = c.due();
        }
    }
}

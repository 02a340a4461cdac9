package org.sourced.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VotesTest {

    @Test
    void countsEachChoiceInTheOrderShown() {
        List<Votes.Picked> d = Votes.distribution(List.of("b", "a", "c"), List.of(List.of("a"), List.of("a", "c"), List.of("a", "a")));
        assertThat(d).containsExactly(new Votes.Picked("b", 0), new Votes.Picked("a", 3), new Votes.Picked("c", 1));
    }

    @Test
    void movedToTheKeyCountsOnlyThoseWhoWereWrongFirst() {
        Map<Long, Boolean> first = Map.of(1L, false, 2L, true, 3L, false, 4L, false);
        Map<Long, Boolean> second = Map.of(1L, true, 2L, true, 3L, false, 5L, true);
        assertThat(Votes.movedToKey(first, second)).isEqualTo(1);
    }
}

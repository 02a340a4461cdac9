package org.sourced.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StandingsTest {

    @Test
    void theRevoteReplacesTheFirstVoteAndEqualScoresShareARank() {
        Map<Long, String> players = new LinkedHashMap<>();
        players.put(1L, "Ani");
        players.put(2L, "Boris");
        players.put(3L, "Chen");
        players.put(4L, "Dina");
        List<Standings.Scored> answers = List.of(
                new Standings.Scored(1, 1, 1, 0), new Standings.Scored(1, 1, 2, 1), // Ani moved to the key: 1
                new Standings.Scored(2, 1, 1, 1), // Boris right in the first vote, no revote: 1
                new Standings.Scored(3, 1, 1, 1), new Standings.Scored(3, 1, 2, 0), // Chen moved away: 0
                new Standings.Scored(3, 2, 1, 2)); // then 2 on question 2: 2
        Standings s = Standings.of(players, answers);
        assertThat(s.all()).extracting(Standings.Entry::nickname).containsExactly("Chen", "Ani", "Boris", "Dina");
        assertThat(s.all()).extracting(Standings.Entry::rank).containsExactly(1, 2, 2, 4);
        assertThat(s.of(1).score()).isEqualTo(1.0);
        assertThat(s.of(4).score()).isEqualTo(0.0);
        assertThat(s.top(2)).hasSize(2);
    }

    @Test
    void aTotalIsNeverBelowZero() {
        Standings s = Standings.of(Map.of(7L, "Eve"), List.of(new Standings.Scored(7, 1, 1, -6)));
        assertThat(s.of(7).score()).isEqualTo(0.0);
    }
}

package org.sourced.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PhaseTest {

    private static Phase p(LiveState s, int n, int round) {
        return new Phase(s, n, round);
    }

    @Test
    void twoQuestionsWithoutPeerInstruction() {
        Phase q1 = Phase.LOBBY.next(2, false);
        assertThat(q1).isEqualTo(p(LiveState.OPEN, 1, 1));
        Phase closed = q1.close();
        assertThat(closed).isEqualTo(p(LiveState.CLOSED, 1, 1));
        Phase revealed = closed.reveal();
        assertThat(revealed.state()).isEqualTo(LiveState.REVEALED);
        Phase q2 = revealed.next(2, false);
        assertThat(q2).isEqualTo(p(LiveState.OPEN, 2, 1));
        assertThat(q2.reveal().next(2, false).state()).isEqualTo(LiveState.ENDED);
    }

    @Test
    void peerInstructionAsksTheSameQuestionAgainBeforeTheReveal() {
        Phase closed = Phase.LOBBY.next(1, true).close();
        Phase revote = closed.next(1, true);
        assertThat(revote).isEqualTo(p(LiveState.OPEN, 1, 2));
        Phase closedAgain = revote.close();
        assertThatThrownBy(() -> closedAgain.next(1, true)).isInstanceOf(Phase.NotNow.class).hasMessageContaining("reveal");
        assertThat(closedAgain.reveal()).isEqualTo(p(LiveState.REVEALED, 1, 2));
    }

    @Test
    void stepsThatDoNotFitAreRefused() {
        Phase open = Phase.LOBBY.next(3, false);
        assertThatThrownBy(() -> open.next(3, false)).isInstanceOf(Phase.NotNow.class).hasMessageContaining("close it first");
        assertThatThrownBy(() -> Phase.LOBBY.close()).isInstanceOf(Phase.NotNow.class);
        assertThatThrownBy(() -> Phase.LOBBY.reveal()).isInstanceOf(Phase.NotNow.class);
        assertThatThrownBy(() -> open.close().next(3, false)).isInstanceOf(Phase.NotNow.class);
    }

    @Test
    void revealClosesAnOpenQuestion() {
        assertThat(Phase.LOBBY.next(3, false).reveal()).isEqualTo(p(LiveState.REVEALED, 1, 1));
    }

    @Test
    void afterTheEndEveryStepSaysItIsOver() {
        Phase ended = Phase.LOBBY.end();
        for (Runnable step : new Runnable[] {() -> ended.next(3, false), ended::close, ended::reveal, ended::end}) {
            assertThatThrownBy(step::run).isInstanceOfSatisfying(Phase.NotNow.class, e -> assertThat(e.over()).isTrue());
        }
    }

    @Test
    void theCountdownClosesAQuestionByItself() {
        Phase open = Phase.LOBBY.next(3, false);
        Instant closesAt = Instant.parse("2026-03-01T09:00:20Z");
        assertThat(open.at(closesAt, closesAt)).isEqualTo(open);
        assertThat(open.at(closesAt.plusMillis(1), closesAt)).isEqualTo(p(LiveState.CLOSED, 1, 1));
        assertThat(open.close().reveal().at(closesAt.plusSeconds(60), closesAt).state()).isEqualTo(LiveState.REVEALED);
    }
}

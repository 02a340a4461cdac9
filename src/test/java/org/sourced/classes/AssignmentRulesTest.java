package org.sourced.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourced.quiz.Attempt;
import org.sourced.web.UserError;

/** Plain rules of assignments: settings checks, which score counts, where a student stands. */
class AssignmentRulesTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void settingsAreCheckedFieldByField() {
        assertThat(field(settings("csto-armenia", "quiz", null, null, null, null))).isEqualTo("mode");
        assertThat(field(settings("", "exam", null, null, null, null))).isEqualTo("what");
        assertThat(field(settings("p", "exam", -1, null, null, null))).isEqualTo("length");
        assertThat(field(settings("p", "exam", 0, 0, null, null))).isEqualTo("timeLimitMinutes");
        assertThat(field(settings("p", "exam", 0, 10, NOW, NOW))).isEqualTo("closes");
        assertThat(field(new AssignmentSettings("p", null, null, null, "exam", null, null, null, 0, null, null, null, null, null)))
                .isEqualTo("attemptsAllowed");
        assertThat(field(new AssignmentSettings("p", null, null, null, "exam", null, null, null, null, "worst", null, null, null, null)))
                .isEqualTo("scoreCounts");
        assertThat(field(new AssignmentSettings("p", null, null, null, "exam", null, null, null, null, null, "maybe", null, null, null)))
                .isEqualTo("late");
        settings("p", "practice", 0, 10, NOW, NOW.plusSeconds(1)).check();
    }

    @Test
    void theScoreThatCountsIsTheBestTheLastOrTheMean() {
        List<Double> percents = List.of(40.0, 90.0, 50.0);
        assertThat(ScoreCounts.BEST.pick(percents)).isEqualTo(90.0);
        assertThat(ScoreCounts.LAST.pick(percents)).isEqualTo(50.0);
        assertThat(ScoreCounts.MEAN.pick(percents)).isEqualTo(60.0);
        assertThat(ScoreCounts.BEST.pick(List.of())).isNull();
        assertThat(ScoreCounts.parse(null)).isEqualTo(ScoreCounts.BEST);
        assertThat(ScoreCounts.parse(" Last ")).isEqualTo(ScoreCounts.LAST);
        assertThat(LatePolicy.parse("")).isEqualTo(LatePolicy.REFUSE);
        assertThat(LatePolicy.parse("FLAG")).isEqualTo(LatePolicy.FLAG);
    }

    @Test
    void notStartedWhileOpenThenInProgressThenSubmitted() {
        Assignment s = assignment(null, NOW.plusSeconds(3600), LatePolicy.REFUSE, null);
        assertThat(AssignmentStatus.of(s, List.of(), NOW).status()).isEqualTo("not started");
        assertThat(AssignmentStatus.of(s, List.of(), NOW).canStart()).isTrue();
        Attempt open = attempt(null, null, null, false);
        AssignmentStatus inProgress = AssignmentStatus.of(s, List.of(open), NOW);
        assertThat(inProgress.status()).isEqualTo("in progress");
        assertThat(inProgress.canStart()).isFalse();
        assertThat(inProgress.open()).isSameAs(open);
        AssignmentStatus done = AssignmentStatus.of(s, List.of(attempt(NOW.minusSeconds(60), 3.0, 4.0, false)), NOW);
        assertThat(done.status()).isEqualTo("submitted");
        assertThat(done.score()).isEqualTo(75.0);
        assertThat(done.canStart()).isTrue();
    }

    @Test
    void beforeOpeningNothingStarts() {
        AssignmentStatus st = AssignmentStatus.of(assignment(NOW.plusSeconds(60), null, LatePolicy.REFUSE, null), List.of(), NOW);
        assertThat(st.status()).isEqualTo("not started");
        assertThat(st.canStart()).isFalse();
        assertThat(st.notYetOpen()).isTrue();
    }

    @Test
    void afterClosingItIsClosedOrLateAsTheAssignmentSays() {
        Instant closed = NOW.minusSeconds(60);
        AssignmentStatus refused = AssignmentStatus.of(assignment(null, closed, LatePolicy.REFUSE, null), List.of(), NOW);
        assertThat(refused.status()).isEqualTo("closed");
        assertThat(refused.closedToAttempts()).isTrue();
        assertThat(refused.canStart()).isFalse();
        AssignmentStatus late = AssignmentStatus.of(assignment(null, closed, LatePolicy.FLAG, null), List.of(), NOW);
        assertThat(late.status()).isEqualTo("late");
        assertThat(late.canStart()).isTrue();
        // submitted after closing: late; flagged at start: late; submitted before: submitted
        Assignment flag = assignment(null, closed, LatePolicy.FLAG, null);
        assertThat(AssignmentStatus.of(flag, List.of(attempt(NOW, 1.0, 1.0, false)), NOW).status()).isEqualTo("late");
        assertThat(AssignmentStatus.of(flag, List.of(attempt(closed.minusSeconds(1), 1.0, 1.0, true)), NOW).status()).isEqualTo("late");
        assertThat(AssignmentStatus.of(flag, List.of(attempt(closed.minusSeconds(1), 1.0, 1.0, false)), NOW).status()).isEqualTo("submitted");
    }

    @Test
    void noAttemptsLeftStopsStarting() {
        Assignment s = assignment(null, null, LatePolicy.REFUSE, 1);
        AssignmentStatus st = AssignmentStatus.of(s, List.of(attempt(NOW, 1.0, 2.0, false)), NOW);
        assertThat(st.noAttemptsLeft()).isTrue();
        assertThat(st.canStart()).isFalse();
        assertThat(st.used()).isEqualTo(1);
    }

    @Test
    void theStartWindowThrowsWithAReason() {
        assertThatThrownBy(() -> AssignmentAttempts.refuseOrLate(assignment(NOW.plusSeconds(1), null, LatePolicy.REFUSE, null), NOW))
                .isInstanceOf(UserError.class).hasMessageContaining("opens at");
        assertThatThrownBy(() -> AssignmentAttempts.refuseOrLate(assignment(null, NOW, LatePolicy.REFUSE, null), NOW))
                .isInstanceOf(UserError.class).hasMessageContaining("closed at");
        assertThat(AssignmentAttempts.refuseOrLate(assignment(null, NOW, LatePolicy.FLAG, null), NOW)).isTrue();
        assertThat(AssignmentAttempts.refuseOrLate(assignment(NOW, NOW.plusSeconds(1), LatePolicy.REFUSE, null), NOW)).isFalse();
    }

    private static String field(AssignmentSettings settings) {
        try {
            settings.check();
            return null;
        } catch (InvalidField e) {
            assertThat(e.status()).isEqualTo(422);
            return e.field();
        }
    }

    private static AssignmentSettings settings(String pack, String mode, Integer length, Integer limit, Instant opens, Instant closes) {
        return new AssignmentSettings(pack, null, null, length, mode, limit, opens, closes, null, null, null, null, null, null);
    }

    static Assignment assignment(Instant opens, Instant closes, LatePolicy late, Integer allowed) {
        Assignment s = new Assignment();
        s.opensAt = opens;
        s.closesAt = closes;
        s.latePolicy = late.key();
        s.attemptsAllowed = allowed;
        s.scoreCounts = ScoreCounts.BEST.key();
        return s;
    }

    static Attempt attempt(Instant submittedAt, Double score, Double max, boolean late) {
        Attempt a = new Attempt();
        a.status = submittedAt == null ? Attempt.IN_PROGRESS : Attempt.SUBMITTED;
        a.startedAt = NOW.minusSeconds(600);
        a.submittedAt = submittedAt;
        a.score = score;
        a.maxScore = max;
        a.late = late;
        return a;
    }
}

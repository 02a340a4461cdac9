package org.sourced.live;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SpeedPointsTest {

    @Test
    void anInstantAnswerEarnsDoubleAndALastMomentOneItsScore() {
        assertThat(SpeedPoints.award(2, 0, 20_000)).isEqualTo(4.0);
        assertThat(SpeedPoints.award(2, 20_000, 20_000)).isEqualTo(2.0);
        assertThat(SpeedPoints.award(2, 25_000, 20_000)).isEqualTo(2.0);
    }

    @Test
    void theBonusFallsInAStraightLine() {
        // 5 s of 20: 3/4 of the time left, bonus 0.75 x 2 = 1.5
        assertThat(SpeedPoints.award(2, 5_000, 20_000)).isEqualTo(3.5);
        // half the time: half the score again
        assertThat(SpeedPoints.award(1, 10_000, 20_000)).isEqualTo(1.5);
    }

    @Test
    void wrongAnswersAndPenaltiesGetNoBonus() {
        assertThat(SpeedPoints.award(0, 0, 20_000)).isEqualTo(0.0);
        assertThat(SpeedPoints.award(-6, 0, 20_000)).isEqualTo(-6.0);
    }

    @Test
    void theBonusIsRoundedDownToAHundredth() {
        // 2/3 of a point, answered at once: 0.6666... + 0.66
        assertThat(SpeedPoints.award(2.0 / 3, 0, 20_000)).isEqualTo(2.0 / 3 + 0.66);
    }

    @Property
    void neverLessThanTheScoreNorMoreThanDouble(@ForAll @DoubleRange(min = 0, max = 30) double earned,
                                                @ForAll @LongRange(min = -1000, max = 100_000) long elapsed,
                                                @ForAll @LongRange(min = 1, max = 100_000) long allowed) {
        double award = SpeedPoints.award(earned, elapsed, allowed);
        assertThat(award).isBetween(earned, SpeedPoints.max(earned));
    }

    @Property
    void fasterNeverEarnsLess(@ForAll @DoubleRange(min = 0, max = 30) double earned,
                              @ForAll @LongRange(min = 0, max = 60_000) long a,
                              @ForAll @LongRange(min = 0, max = 60_000) long b,
                              @ForAll @LongRange(min = 1, max = 60_000) long allowed) {
        long faster = Math.min(a, b);
        long slower = Math.max(a, b);
        assertThat(SpeedPoints.award(earned, faster, allowed)).isGreaterThanOrEqualTo(SpeedPoints.award(earned, slower, allowed));
    }

    @Property
    void aMissOrPenaltyIsLeftAsItIs(@ForAll @DoubleRange(min = -30, max = 0) double earned, @ForAll @LongRange(min = 0, max = 60_000) long t) {
        assertThat(SpeedPoints.award(earned, t, 20_000)).isEqualTo(earned);
    }
}

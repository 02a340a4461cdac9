package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnswerWeightsTest {

    @Test
    void sourcedsOwnScaleIsRightsAtHundredOverKAndWrongsAtMinusThat() {
        assertThat(AnswerWeights.sourcedScale(List.of(50.0, 50.0, -50.0, -50.0))).isTrue();
        assertThat(AnswerWeights.sourcedScale(List.of(33.33333, 33.33333, 33.33334, -33.33333))).isTrue();
        assertThat(AnswerWeights.sourcedScale(List.of(100.0, -100.0))).isTrue();
        assertThat(AnswerWeights.sourcedScale(List.of(100.0))).isTrue();
    }

    @Test
    void anythingElseScoresDifferently() {
        assertThat(AnswerWeights.sourcedScale(List.of(50.0, 50.0, 0.0))).isFalse();
        assertThat(AnswerWeights.sourcedScale(List.of(50.0, 50.0, -100.0))).isFalse();
        assertThat(AnswerWeights.sourcedScale(List.of(70.0, 30.0, -50.0))).isFalse();
        assertThat(AnswerWeights.sourcedScale(List.of(33.3, 33.3, 33.3, -50.0))).isFalse();
    }
}

package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which response feedback a student sees for a score. */
class ResponseFeedbackTest {

    private final ResponseFeedback all = new ResponseFeedback("All right.", "Some of it.", "Not this time.", List.of("A hint."));

    @Test
    void fullMarksAreCorrectSomeArePartlyNoneAreIncorrect() {
        assertThat(all.forScore(1)).isEqualTo("All right.");
        assertThat(all.forScore(0.5)).isEqualTo("Some of it.");
        assertThat(all.forScore(0)).isEqualTo("Not this time.");
    }

    @Test
    void withoutPartlyFeedbackAPartScoreGetsTheIncorrectOne() {
        ResponseFeedback noPartial = new ResponseFeedback("All right.", null, "Not this time.", List.of());
        assertThat(noPartial.forScore(0.5)).isEqualTo("Not this time.");
    }

    @Test
    void blanksAreNothingAndNoneIsEmpty() {
        ResponseFeedback blank = new ResponseFeedback(" ", "", null, java.util.Arrays.asList(" ", null, " hint "));
        assertThat(blank.correct()).isNull();
        assertThat(blank.hints()).containsExactly("hint");
        assertThat(ResponseFeedback.NONE.isEmpty()).isTrue();
        assertThat(ResponseFeedback.NONE.forScore(1)).isNull();
        assertThat(all.isEmpty()).isFalse();
    }
}

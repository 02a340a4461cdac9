package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one id rule of the pack format, and the stricter part of it for ids typed in the browser. */
class IdsTest {

    @Test
    void anIdIsLowerCaseAsciiWithDotsUnderscoresAndDashesUpTo100() {
        assertThat(Ids.isId("csto-armenia")).isTrue();
        assertThat(Ids.isId("q1.2_b")).isTrue();
        assertThat(Ids.isId("a".repeat(100))).isTrue();
        assertThat(Ids.isId("a".repeat(101))).isFalse();
        assertThat(Ids.isId("Q1")).isFalse();
        assertThat(Ids.isId("-q1")).isFalse();
        assertThat(Ids.isId(".")).isFalse();
        assertThat(Ids.isId("..")).isFalse();
        assertThat(Ids.isId("a/b")).isFalse();
        assertThat(Ids.isId("հայ")).isFalse();
        assertThat(Ids.isId("")).isFalse();
        assertThat(Ids.isId(null)).isFalse();
    }

    @Test
    void aChoiceIdMayHoldCapitalsUpTo50() {
        assertThat(Ids.isChoiceId("A")).isTrue();
        assertThat(Ids.isChoiceId("choiceMultiple")).isTrue();
        assertThat(Ids.isChoiceId("x".repeat(50))).isTrue();
        assertThat(Ids.isChoiceId("x".repeat(51))).isFalse();
        assertThat(Ids.isChoiceId("_a")).isFalse();
        assertThat(Ids.isChoiceId(null)).isFalse();
    }

    @Test
    void aNewIdFromTheBrowserIsAnIdWithoutDotsOrUnderscoresUpTo80() {
        assertThat(Ids.isNewId("my-pack-2")).isTrue();
        assertThat(Ids.isNewId("a".repeat(80))).isTrue();
        assertThat(Ids.isNewId("a".repeat(81))).isFalse();
        assertThat(Ids.isNewId("q1.2")).isFalse();
        assertThat(Ids.isNewId("q_1")).isFalse();
        for (String id : new String[] {"a", "my-pack-2", "0-0", "a".repeat(80)}) {
            assertThat(Ids.isId(id)).as(id).isTrue();
        }
    }
}

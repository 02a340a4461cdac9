package org.sourced.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {

    @Test
    void trimsAndJoinsSpaces() {
        assertThat(Nicknames.clean("  Ani   B ")).contains("Ani B");
    }

    @Test
    void refusesBlankTooLongAndControlCharacters() {
        assertThat(Nicknames.clean("   ")).isEmpty();
        assertThat(Nicknames.clean(null)).isEmpty();
        assertThat(Nicknames.clean("x".repeat(21))).isEmpty();
        assertThat(Nicknames.clean("Ա".repeat(20))).isPresent();
        assertThat(Nicknames.clean("a\u0007b")).isEmpty();
    }

    @Test
    void sameKeyWhateverTheCase() {
        assertThat(Nicknames.key("Ani")).isEqualTo(Nicknames.key("aNI"));
        assertThat(Nicknames.key("Аня")).isEqualTo(Nicknames.key("аня"));
    }
}

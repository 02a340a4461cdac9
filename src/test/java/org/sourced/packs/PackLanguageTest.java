package org.sourced.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which language a pack is shown in: the pack's switch, then the UI language, then the pack's own; only ones it has. */
class PackLanguageTest {

    static final List<String> THREE = List.of("en", "hy", "ru");

    @Test
    void thePacksSwitchComesFirstWhenThePackHasThatLanguage() {
        assertThat(PackLanguage.choose(THREE, "ru", "hy")).isEqualTo("ru");
        assertThat(PackLanguage.choose(THREE, " ru ", "hy")).isEqualTo("ru");
        assertThat(PackLanguage.choose(THREE, "de", "hy")).as("a choice the pack lacks").isEqualTo("hy");
    }

    @Test
    void thenTheUiLanguageThenThePacksOwn() {
        assertThat(PackLanguage.choose(THREE, null, "hy")).isEqualTo("hy");
        assertThat(PackLanguage.choose(List.of("hy", "en"), null, "ru")).isEqualTo("hy");
        assertThat(PackLanguage.choose(List.of("en"), "hy", "hy")).isEqualTo("en");
    }

    @Test
    void eachPackHasItsOwnCookie() {
        assertThat(PackLanguage.cookie("csto-armenia")).isEqualTo("sourced_pack_lang_csto-armenia");
    }
}

package org.sourced.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "hy                         | hy",
            "ru-RU,ru;q=0.9,en;q=0.8    | ru",
            "de                         | NULL",
            "de, hy;q=0.5               | hy",
            "en-US,en;q=0.9,hy;q=0.8    | en",
            "ru;q=0.5, hy               | hy",
            "HY-am                      | hy",
            "*                          | NULL",
            "hy;q=0, ru;q=0.1           | ru",
            "not a header;;;q=x         | NULL",
            "NULL                       | NULL"})
    void acceptLanguagePicksTheBestSupportedMatch(String header, String expected) {
        assertThat(Languages.fromAcceptLanguage(header).map(Languages.Language::tag).orElse(null)).isEqualTo(expected);
    }

    @Test
    void theParameterBeatsTheCookieWhichBeatsTheHeader() {
        assertThat(Languages.resolve("ru", "hy", "en").tag()).isEqualTo("ru");
        assertThat(Languages.resolve(null, "hy", "ru").tag()).isEqualTo("hy");
        assertThat(Languages.resolve(null, null, "ru").tag()).isEqualTo("ru");
        assertThat(Languages.resolve(null, null, null).tag()).isEqualTo("en");
    }

    @Test
    void unsupportedChoicesFallThrough() {
        assertThat(Languages.resolve("de", "xx", "hy").tag()).isEqualTo("hy");
        assertThat(Languages.resolve("ru-RU", null, null).tag()).as("?lang= takes a supported tag exactly").isEqualTo("en");
        assertThat(Languages.resolve("", "", "fr").tag()).isEqualTo("en");
    }

    @Test
    void localesMapBackToTheirLanguage() {
        assertThat(Languages.of(Locale.forLanguageTag("hy")).formats()).isEqualTo(Locale.forLanguageTag("hy-AM"));
        assertThat(Languages.of(Locale.forLanguageTag("ru-RU")).tag()).isEqualTo("ru");
        assertThat(Languages.of(Locale.GERMAN)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.of(null)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void theBackPathDropsTheLanguageParameter() {
        assertThat(LanguageFilter.withoutLang("/packs/x", "lang=ru")).isEqualTo("/packs/x");
        assertThat(LanguageFilter.withoutLang("/login", "next=%2Fme&lang=hy&x=1")).isEqualTo("/login?next=%2Fme&x=1");
        assertThat(LanguageFilter.withoutLang("/", "language=keep")).isEqualTo("/?language=keep");
        assertThat(LanguageFilter.withoutLang("//evil.example/x", null)).isEqualTo("/");
        assertThat(LanguageFilter.withoutLang("", null)).isEqualTo("/");
    }
}

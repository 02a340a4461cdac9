package org.sourced.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralsTest {

    @ParameterizedTest
    @CsvSource({"0, MANY", "1, ONE", "2, FEW", "4, FEW", "5, MANY", "11, MANY", "12, MANY", "14, MANY", "20, MANY", "21, ONE",
            "22, FEW", "25, MANY", "101, ONE", "111, MANY", "112, MANY", "122, FEW", "1001, ONE"})
    void russianCategories(long n, Plurals.Category expected) {
        assertThat(Plurals.ru(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, урок", "3, урока", "5, уроков", "21, урок", "13, уроков"})
    void russianWordForACount(int n, String word) {
        assertThat(Plurals.pluralRu(n, "урок", "урока", "уроков")).isEqualTo(word);
    }

    @ParameterizedTest
    @CsvSource({"0, lessons", "1, lesson", "2, lessons"})
    void englishWordForACount(int n, String word) {
        assertThat(Plurals.pluralEn(n, "lesson", "lessons")).isEqualTo(word);
    }

    /** Counts kept as {@code long} (enrolled students) have their own extensions, with the same answers. */
    @ParameterizedTest
    @CsvSource({"0, учеников, students", "1, ученика, student", "2, учеников, students", "21, ученика, students",
            "5000000000, учеников, students"})
    void longCountsReadTheSame(long n, String russian, String english) {
        assertThat(Plurals.pluralRu(n, "ученика", "учеников", "учеников")).isEqualTo(russian);
        assertThat(Plurals.pluralEn(n, "student", "students")).isEqualTo(english);
    }
}

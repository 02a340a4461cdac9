package org.sourced.classes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the CSVs write numbers and text. */
class CsvCellsTest {

    @Test
    void numbersUseADotAndNoTrailingZeros() {
        assertThat(ResultsCsv.number(2.0, 4)).isEqualTo("2");
        assertThat(ResultsCsv.number(0.5, 4)).isEqualTo("0.5");
        assertThat(ResultsCsv.number(-1.0, 4)).isEqualTo("-1");
        assertThat(ResultsCsv.number(200.0 / 3, 1)).isEqualTo("66.7");
        assertThat(ResultsCsv.number(1.0 / 3, 4)).isEqualTo("0.3333");
        assertThat(ResultsCsv.number(-0.00001, 4)).isEqualTo("0");
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefused() {
        assertThat(ResultsCsv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ResultsCsv.text("+1")).isEqualTo("'+1");
        assertThat(ResultsCsv.text("-1")).isEqualTo("'-1");
        assertThat(ResultsCsv.text("@Ani")).isEqualTo("'@Ani");
        assertThat(ResultsCsv.text("Zoë")).isEqualTo("Zoë");
        assertThat(ResultsCsv.text(null)).isEmpty();
    }

    @Test
    void theDashboardReadsTheIndicesForTheTeacher() {
        assertThat(DashboardView.reading(stats(5, 0.1, 0.4))).isEqualTo("hard: few scored; separates strong from weak students well.");
        assertThat(DashboardView.reading(stats(5, 0.5, -0.2))).contains("check the key");
        assertThat(DashboardView.reading(stats(5, 1.0, null))).isEqualTo("very easy; everyone scored the same here.");
        assertThat(DashboardView.reading(stats(0, null, null))).isEqualTo("No attempts yet.");
    }

    private static Results.QuestionStats stats(long n, Double facility, Double discrimination) {
        return new Results.QuestionStats("q", "Stem", "single", "o", n, n, 1, facility, discrimination, null, java.util.List.of("a"),
                java.util.List.of());
    }
}

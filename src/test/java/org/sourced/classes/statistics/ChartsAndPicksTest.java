package org.sourced.classes.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/** Distractor counts from distinct answers, score summaries, and the SVG charts' accessibility and escaping. */
class ChartsAndPicksTest {

    @Test
    void multipleAnswerPicksCountOncePerChoice() {
        Question q = question(QuestionType.MULTIPLE, "a", "b", "c");
        Map<String, Long> answers = new LinkedHashMap<>();
        answers.put("a,c", 3L);
        answers.put("c", 2L);
        answers.put("a,a", 1L); // a repeated pick counts once
        answers.put("z", 4L); // an id the question no longer has
        answers.put("", 5L); // blank
        assertThat(ChoicePicks.count(q, answers)).containsExactly(Map.entry("a", 4L), Map.entry("b", 0L), Map.entry("c", 5L));
    }

    /** Issue 16 item 5: an evidence-choice item's picks count as a multiple-answer item's do. */
    @Test
    void evidenceChoicePicksCountOncePerPassage() {
        Question q = question(QuestionType.EVIDENCE_CHOICE, "a", "b", "c");
        Map<String, Long> answers = new LinkedHashMap<>();
        answers.put("a,b", 2L);
        answers.put("b,b", 1L);
        answers.put("c", 3L);
        assertThat(ChoicePicks.count(q, answers)).containsExactly(Map.entry("a", 2L), Map.entry("b", 3L), Map.entry("c", 3L));
    }

    @Test
    void orderingCountsItemsPlacedRight() {
        Question q = question(QuestionType.ORDERING, "a", "b", "c"); // key order a b c
        Map<String, Long> answers = Map.of("a,b,c", 2L, "b,a,c", 3L, "c,b,a", 1L);
        // a first: 2; b second: 2 + 1; c third: 2 + 3
        assertThat(ChoicePicks.count(q, answers)).containsExactly(Map.entry("a", 2L), Map.entry("b", 3L), Map.entry("c", 5L));
    }

    @Test
    void scoreSummaryHasMeanMedianAndTenBands() {
        ScoreSummary s = ScoreSummary.of(List.of(0.0, 10.0, 55.0, 100.0));
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.mean()).isEqualTo(41.25);
        assertThat(s.median()).isEqualTo(32.5);
        assertThat(s.histogram()).containsExactly(1, 1, 0, 0, 0, 1, 0, 0, 0, 1);
        assertThat(ScoreSummary.of(List.of()).mean()).isNull();
        assertThat(ScoreSummary.band(9)).isEqualTo("90-100");
    }

    @Test
    void chartsKeepTheirTextsAsTextForTheTemplateToEscape() {
        Svg columns = SvgCharts.columns("h", "Scores <b>", "Desc & more", List.of("0-10", "10-20"), new int[] {3, 0}, "Score", "Students");
        assertThat(columns.id()).isEqualTo("h");
        assertThat(columns.title()).isEqualTo("Scores <b>"); // raw: tags/chart.html escapes it, as Qute escapes any text
        assertThat(columns.rects()).hasSize(2);
        assertThat(Double.parseDouble(columns.rects().get(0).height())).isPositive();
        assertThat(Double.parseDouble(columns.rects().get(1).height())).isZero();
        assertThat(columns.labels()).extracting(Svg.Label::text).contains("3", "0", "0-10", "10-20", "Score", "Students");
        assertThat(columns.labels()).filteredOn(Svg.Label::rotated).extracting(Svg.Label::text).containsExactly("Students");

        Svg bars = SvgCharts.bars("q\"1", "Picks", "d", List.of(new SvgCharts.Bar("a: \"quoted\" <i>", 2, "2", "javascript:x")), 4);
        assertThat(bars.id()).isEqualTo("q-1");
        assertThat(bars.rects()).extracting(Svg.Rect::colour).containsExactly(SvgCharts.BAR);
        assertThat(Double.parseDouble(bars.rects().get(0).width())).isEqualTo(175.0); // half of the 350 of a full bar
        assertThat(bars.labels()).extracting(Svg.Label::text).containsExactly("a: \"quoted\" <i>", "2");
    }

    @Test
    void gridStepsStayRound() {
        assertThat(SvgCharts.niceStep(3)).isEqualTo(1);
        assertThat(SvgCharts.niceStep(12)).isEqualTo(5);
        assertThat(SvgCharts.niceStep(90)).isEqualTo(20);
        assertThat(SvgCharts.niceStep(10_000)).isEqualTo(2000);
    }

    private static Question question(QuestionType type, String... ids) {
        List<Choice> choices = java.util.Arrays.stream(ids).map(id -> new Choice(id, "text " + id, type == QuestionType.ORDERING || id.equals("a"), null)).toList();
        return new Question("q", type, "Stem", null, null, choices, "", List.of(), "o", 1, 1, List.of());
    }
}

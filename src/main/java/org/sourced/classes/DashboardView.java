package org.sourced.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourced.classes.statistics.ScoreSummary;
import org.sourced.classes.statistics.Svg;
import org.sourced.classes.statistics.SvgCharts;
import org.sourced.web.i18n.ClassMessages;
import org.sourced.web.i18n.Messages;
import org.sourced.web.i18n.UiText;

/**
 * What the assignment dashboard shows, with its charts drawn: the numbers come from {@link Results}, the
 * words that help a teacher read them ("hard", "check the key") from the rules in docs/classes.md.
 */
public record DashboardView(Assignment assignment, Classroom classroom, String packTitle, int packVersion, Results.Overview overview,
                            Results.Statistics statistics, Svg histogram, List<Band> bands, Svg facilityChart,
                            List<QuestionView> questions, Svg masteryChart) {

    /** One band of the histogram, for the table beside the chart. */
    public record Band(String label, int count) {
    }

    /** A question's statistics with its distractor chart and a reading of its numbers. */
    public record QuestionView(int number, Results.QuestionStats stats, Svg choicesChart, String reading) {
    }

    public static DashboardView of(Assignment s, Classroom c, String packTitle, int packVersion, Results.Overview overview,
                                   Results.Statistics stats) {
        ClassMessages t = UiText.Bundles.current(ClassMessages.class);
        ScoreSummary scores = overview.scores();
        List<String> labels = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < ScoreSummary.BANDS; i++) {
            labels.add(ScoreSummary.band(i));
            bands.add(new Band(ScoreSummary.band(i) + " %", scores.histogram()[i]));
        }
        Svg histogram = SvgCharts.columns("histogram", t.chartScoresTitle(scores.n()),
                scores.n() == 0 ? t.chartScoresNone() : t.chartScoresDesc(pct(scores.mean()), pct(scores.median())),
                labels, scores.histogram(), t.chartScoreAxis(), t.chartStudentsAxis());

        List<SvgCharts.Bar> facility = new ArrayList<>();
        List<QuestionView> questions = new ArrayList<>();
        int n = 1;
        for (Results.QuestionStats q : stats.questions()) {
            String label = n + ". " + q.id();
            Double f = q.facility();
            facility.add(new SvgCharts.Bar(label, f == null ? 0 : f, f == null ? t.chartNoAttempts() : fraction(f),
                    f != null && f < 0.2 ? "#b42318" : "#0b5cad"));
            List<SvgCharts.Bar> picks = q.choices().stream()
                    .map(ch -> new SvgCharts.Bar(ch.id() + (ch.correct() ? " " + t.dashKey() : "") + ": " + ch.text(), ch.picked(),
                            String.valueOf(ch.picked()), ch.correct() ? "#1a7f37" : "#0b5cad"))
                    .toList();
            long most = q.choices().stream().mapToLong(Results.ChoiceCount::picked).max().orElse(0);
            boolean ordering = "ordering".equals(q.type());
            Svg chart = SvgCharts.bars("choices-" + n, ordering ? t.chartOrderingTitle(n) : t.chartChoicesTitle(n),
                    ordering ? t.chartOrderingDesc(q.answered()) : t.chartChoicesDesc(q.answered()),
                    picks, Math.max(1, most));
            questions.add(new QuestionView(n, q, chart, reading(q)));
            n++;
        }
        Svg facilityChart = SvgCharts.bars("facility", t.chartFacilityTitle(), t.chartFacilityDesc(), facility, 1.0);
        List<SvgCharts.Bar> mastery = stats.objectives().stream()
                .map(o -> SvgCharts.Bar.of(o.title(), o.mastery() == null ? 0 : o.mastery(), o.mastery() == null ? t.chartNoAttempts() : pct(100 * o.mastery())))
                .toList();
        Svg masteryChart = SvgCharts.bars("mastery", t.chartMasteryTitle(), t.chartMasteryDesc(), mastery, 1.0);
        return new DashboardView(s, c, packTitle, packVersion, overview, stats, histogram, bands, facilityChart, questions, masteryChart);
    }

    /** A few words for the teacher, following the usual reading of Moodle's indices (docs/classes.md). */
    static String reading(Results.QuestionStats q) {
        ClassMessages t = UiText.Bundles.current(ClassMessages.class);
        if (q.n() == 0) {
            return t.readingNone();
        }
        List<String> notes = new ArrayList<>();
        Double f = q.facility();
        Double d = q.discrimination();
        if (f != null && f < 0.2) {
            notes.add(t.readingHard());
        } else if (f != null && f > 0.9) {
            notes.add(t.readingVeryEasy());
        }
        if (d != null && d < 0) {
            notes.add(t.readingNegative());
        } else if (d != null && d < 0.2) {
            notes.add(t.readingPoor());
        } else if (d != null && d >= 0.3) {
            notes.add(t.readingGood());
        }
        if (d == null && q.n() >= 2) {
            notes.add(t.readingSame());
        }
        return notes.isEmpty() ? "" : String.join("; ", notes) + UiText.Bundles.current(Messages.class).fullStop();
    }

    static String fraction(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String pct(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.1f %%", v);
    }
}

package org.sourced.classes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.sourced.classes.statistics.ItemStatistics;
import org.sourced.classes.statistics.ScoreSummary;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.quiz.Attempt;

/**
 * An assignment's results, never by loading the attempts: the item statistics from the sums
 * {@link StatisticsStore} keeps up to date (a row per question and per choice), the scores from grouped
 * queries over the assignment's attempts (one percent per student, one row per student). Which attempts count:
 * <ul>
 *   <li><b>item statistics and objective mastery</b>: every submitted attempt of the class's current
 *       students (Moodle defaults to each student's first attempt; with several attempts allowed, later
 *       ones are in too, which docs/classes.md explains);</li>
 *   <li><b>scores</b> (mean, median, histogram, completion): one per student, the attempt the assignment's
 *       "score counts" rule picks (best, last or mean).</li>
 * </ul>
 * Attempts of removed students are left out everywhere.
 */
@ApplicationScoped
public class Results {

    private static final String COUNTED = StatisticsStore.COUNTED;
    private static final String PERCENT = "case when a.maxScore > 0 then 100.0 * a.score / a.maxScore else 0.0 end";

    @Inject
    ClassService classes;
    @Inject
    StatisticsStore store;
    @Inject
    jakarta.enterprise.inject.Instance<KeyCorrections> corrections;

    /** One question's statistics. Facility and discrimination are null where undefined (see ItemStatistics). */
    public record QuestionStats(String id, String stem, String type, String objective, long n, long answered, double max,
                                Double facility, Double discrimination, Double meanCertainty, List<String> key, List<ChoiceCount> choices) {
    }

    public record ChoiceCount(String id, String text, boolean correct, long picked) {
    }

    /** Class mastery of an objective: all points scored on its questions over all points available. */
    public record ObjectiveMastery(String id, String title, double points, double max) {
        public Double mastery() {
            return max <= 0 ? null : Math.max(0, points) / max;
        }
    }

    public record Statistics(long attempts, List<QuestionStats> questions, List<ObjectiveMastery> objectives) {
    }

    /** A current student and their work on the assignment; {@code score} is the percent that counts. */
    public record StudentRow(long accountId, String name, String email, boolean nickname, long attempts, long submitted,
                             long inProgress, long late, Instant lastSubmitted, Double score) {
    }

    public record Overview(long enrolled, long completed, ScoreSummary scores, List<StudentRow> students) {
        public Double completion() {
            return enrolled == 0 ? null : (double) completed / enrolled;
        }
    }

    /** An attempt as listed for a teacher; {@code percent} is null until submitted. */
    public record AttemptRow(long id, long accountId, Instant startedAt, Instant submittedAt, String status, boolean late,
                             Double score, Double max, Double percent) {
    }

    /** The statistics as kept up to date by {@link StatisticsStore}: a row per question and a row per choice. */
    @Transactional
    public Statistics statistics(Assignment s) {
        return statistics(s, store.read(s));
    }

    /** The statistics, given the number of counted attempts (the overview's submitted attempts, when it was read). */
    @Transactional
    public Statistics statistics(Assignment s, long attempts) {
        return statistics(s, store.read(s), attempts);
    }

    Statistics statistics(Assignment s, StatisticsStore.Stored stored) {
        return statistics(s, stored, em().createQuery("select count(a.id) from Attempt a where " + COUNTED, Long.class)
                .setParameter("s", s.id).setParameter("c", s.classroomId).getSingleResult());
    }

    Statistics statistics(Assignment s, StatisticsStore.Stored stored, long attempts) {
        PackContent pack = classes.contentOf(s);
        List<QuestionStats> stats = new ArrayList<>();
        Map<String, double[]> byObjective = new LinkedHashMap<>();
        // a regrade moved the marks of a corrected question to its new key: its key, choices and points follow
        Map<String, Question> corrected = corrections.isResolvable() ? corrections.get().applied(s) : Map.of();
        for (Question asked : s.questionsIn(pack)) {
            Question q = corrected.getOrDefault(asked.id(), asked);
            double max = q.points() * (s.certainty ? 3.0 : 1.0);
            StatisticsStore.Sums r = stored.sums().getOrDefault(q.id(), StatisticsStore.Sums.ZERO);
            ItemStatistics.ItemSums itemSums = new ItemStatistics.ItemSums(r.n(), r.sumX(), r.sumXX(), r.sumY(), r.sumYY(), r.sumXY(), max);
            Double meanCertainty = r.certaintyN() == 0 ? null : (double) r.certaintySum() / r.certaintyN();
            Map<String, Long> picked = stored.picks().getOrDefault(q.id(), Map.of());
            List<ChoiceCount> choices = q.choices().stream()
                    .map(c -> new ChoiceCount(c.id(), org.sourced.packs.format.EvidenceText.brief(c), q.type() != QuestionType.ORDERING && c.correct(), picked.getOrDefault(c.id(), 0L)))
                    .toList();
            stats.add(new QuestionStats(q.id(), q.stem(), q.type().key(), q.objective(), r.n(), r.answered(), max,
                    boxed(ItemStatistics.facility(itemSums)), boxed(ItemStatistics.discrimination(itemSums)), meanCertainty,
                    q.type() == QuestionType.ORDERING ? q.correctOrder() : List.copyOf(q.correctChoiceIds()), choices));
            double[] o = byObjective.computeIfAbsent(q.objective(), k -> new double[2]);
            o[0] += r.sumX();
            o[1] += r.n() * max;
        }
        List<ObjectiveMastery> objectives = new ArrayList<>();
        byObjective.forEach((id, o) -> objectives.add(new ObjectiveMastery(id,
                pack.manifest().objective(id).map(Objective::title).orElse(id), o[0], o[1])));
        return new Statistics(attempts, stats, objectives);
    }

    /**
     * One grouped query over the class's current students and their attempts (for the "last" rule, a second
     * query picks each student's latest submitted percent).
     */
    @Transactional
    public Overview overview(Assignment s) {
        Map<Long, Double> last = s.counts() == ScoreCounts.LAST ? lastScores(s) : Map.of();
        String counted = s.counts() == ScoreCounts.MEAN ? "avg" : "max"; // null for a student with nothing submitted
        List<StudentRow> students = em().createQuery("select e.accountId, acc.displayName, acc.email, acc.passwordHash, count(a.id), "
                        + "sum(case when a.status = 'submitted' then 1 else 0 end), "
                        + "sum(case when a.status = 'in_progress' then 1 else 0 end), "
                        + "sum(case when a.late = true or a.submittedAt > :closes or (a.submittedAt is null and a.startedAt > :closes) "
                        + "then 1 else 0 end), max(a.submittedAt), "
                        + counted + "(case when a.status = 'submitted' then " + PERCENT + " else null end) "
                        + "from Enrollment e join Account acc on acc.id = e.accountId "
                        + "left join Attempt a on a.assignmentId = :s and a.accountId = e.accountId "
                        + "where e.classroomId = :c and e.removedAt is null "
                        + "group by e.accountId, acc.displayName, acc.email, acc.passwordHash "
                        + "order by lower(acc.displayName), e.accountId", Object[].class)
                .setParameter("s", s.id).setParameter("c", s.classroomId).setParameter("closes", s.lateAfter())
                .getResultStream().map(r -> {
                    long id = (Long) r[0];
                    boolean nickname = r[3] == null;
                    Double score = s.counts() == ScoreCounts.LAST ? last.get(id) : r[9] == null ? null : d(r[9]);
                    return new StudentRow(id, (String) r[1], nickname ? "" : (String) r[2], nickname, (Long) r[4], n(r[5]), n(r[6]),
                            n(r[7]), (Instant) r[8], score);
                }).toList();
        List<Double> percents = students.stream().map(StudentRow::score).filter(java.util.Objects::nonNull).toList();
        return new Overview(students.size(), percents.size(), ScoreSummary.of(percents), students);
    }

    /** Each current student's latest submitted percent. */
    Map<Long, Double> lastScores(Assignment s) {
        Map<Long, Double> scores = new HashMap<>();
        counted("select a.accountId, " + PERCENT + " from Attempt a where " + COUNTED + " and a.submittedAt = "
                + "(select max(b.submittedAt) from Attempt b where b.assignmentId = :s and b.accountId = a.accountId "
                + "and b.status = 'submitted') order by a.id", s).getResultStream()
                .forEach(r -> scores.put((Long) r[0], d(r[1]))); // two at the same instant: the later id wins
        return scores;
    }

    /** Every attempt on the assignment by its current students, or by one of them (scalars: no entities to track). */
    @Transactional
    public List<AttemptRow> attempts(Assignment s, Long onlyAccount) {
        Instant closes = s.lateAfter();
        TypedQuery<Object[]> query = em().createQuery("select a.id, a.accountId, a.startedAt, a.submittedAt, a.status, a.late, a.score, "
                + "a.maxScore from Attempt a where a.assignmentId = :s and a.accountId in "
                + "(select e.accountId from Enrollment e where e.classroomId = :c and e.removedAt is null)"
                + (onlyAccount == null ? "" : " and a.accountId = :only") + " order by a.accountId, a.startedAt, a.id", Object[].class)
                .setParameter("s", s.id).setParameter("c", s.classroomId);
        if (onlyAccount != null) {
            query.setParameter("only", onlyAccount);
        }
        return query.getResultStream().map(r -> row((Long) r[0], (Long) r[1], (Instant) r[2], (Instant) r[3], (String) r[4],
                (Boolean) r[5], (Double) r[6], (Double) r[7], closes)).toList();
    }

    static AttemptRow row(long id, long accountId, Instant startedAt, Instant submittedAt, String status, boolean lateFlag,
                          Double score, Double max, Instant closes) {
        boolean submitted = Attempt.SUBMITTED.equals(status);
        boolean late = lateFlag || (submitted ? submittedAt.isAfter(closes) : startedAt.isAfter(closes));
        Double percent = submitted ? (max != null && max > 0 ? 100.0 * score / max : 0.0) : null;
        return new AttemptRow(id, accountId, startedAt, submittedAt, status, late, score, max, percent);
    }

    private static TypedQuery<Object[]> counted(String jpql, Assignment s) {
        return em().createQuery(jpql, Object[].class).setParameter("s", s.id).setParameter("c", s.classroomId);
    }

    static EntityManager em() {
        return Panache.getEntityManager();
    }

    private static double d(Object o) {
        return o == null ? 0.0 : ((Number) o).doubleValue();
    }

    private static long n(Object o) {
        return o == null ? 0L : ((Number) o).longValue();
    }

    private static Double boxed(java.util.OptionalDouble o) {
        return o.isPresent() ? o.getAsDouble() : null;
    }
}

package org.sourced.classes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sourced.classes.statistics.ChoicePicks;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.quiz.AttemptSubmitted;
import org.sourced.quiz.QuestionResponse;

/**
 * Keeps each assignment's item statistics up to date as attempts are submitted, so the dashboard reads a
 * row per question instead of aggregating every response (on H2, 10,000 attempts took seconds to sum).
 *
 * <ul>
 *   <li>{@link #create}: zero rows for every question and choice the assignment can ask, when it is made;</li>
 *   <li>{@link #onSubmit}: in the submitting transaction, adds the attempt's x, x², y, y², xy per question and
 *       its picks (about two updates per question; the answer post is untouched);</li>
 *   <li>{@link #rebuild}: recomputes everything from the responses with the grouped SQL of
 *       {@link #recompute}, under a lock on the assignment's rows; used when a student is removed (their
 *       attempts leave the results) and by the bench seeding.</li>
 * </ul>
 * Which attempts count is the same either way: submitted attempts of the class's current students.
 */
@ApplicationScoped
public class StatisticsStore {

    static final String COUNTED = "a.assignmentId = :s and a.status = 'submitted' and a.accountId in "
            + "(select e.accountId from Enrollment e where e.classroomId = :c and e.removedAt is null)";

    @Inject
    PackCatalog catalog;

    /** The running sums of one question (see ItemStatistics.ItemSums for x and y). */
    public record Sums(long n, double sumX, double sumXX, double sumY, double sumYY, double sumXY, long answered, long certaintySum,
                       long certaintyN) {
        static final Sums ZERO = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Sums per question id, and picks per question id and choice id. */
    public record Stored(Map<String, Sums> sums, Map<String, Map<String, Long>> picks) {
    }

    @Transactional
    public void create(Assignment s) {
        for (Question q : s.questionsIn(content(s))) {
            em().createNativeQuery("insert into item_sums (assignment_id, question_id, n, sum_x, sum_xx, sum_y, sum_yy, sum_xy, answered, "
                    + "certainty_sum, certainty_n) values (?1, ?2, 0, 0, 0, 0, 0, 0, 0, 0, 0)").setParameter(1, s.id).setParameter(2, q.id())
                    .executeUpdate();
            for (Choice c : q.choices()) {
                em().createNativeQuery("insert into choice_picks (assignment_id, question_id, choice_id, picked) values (?1, ?2, ?3, 0)")
                        .setParameter(1, s.id).setParameter(2, q.id()).setParameter(3, c.id()).executeUpdate();
            }
        }
    }

    /** Adds a just-submitted attempt, if its student is still in the class. */
    void onSubmit(@Observes AttemptSubmitted submitted) {
        Assignment s = Assignment.findById(submitted.assignmentId());
        if (s == null || submitted.accountId() == null || !Enrollment.isActiveMember(s.classroomId, submitted.accountId())) {
            return;
        }
        PackContent pack = content(s);
        for (QuestionResponse r : submitted.responses()) {
            Question q = pack.question(r.questionId).orElse(null);
            if (q == null) {
                continue;
            }
            double x = r.isAnswered() && r.points != null ? r.points : 0.0;
            double y = submitted.score() - x;
            boolean answered = r.isAnswered();
            int changed = em().createNativeQuery("update item_sums set n = n + 1, sum_x = sum_x + ?1, sum_xx = sum_xx + ?2, "
                            + "sum_y = sum_y + ?3, sum_yy = sum_yy + ?4, sum_xy = sum_xy + ?5, answered = answered + ?6, "
                            + "certainty_sum = certainty_sum + ?7, certainty_n = certainty_n + ?8 where assignment_id = ?9 and question_id = ?10")
                    .setParameter(1, x).setParameter(2, x * x).setParameter(3, y).setParameter(4, y * y).setParameter(5, x * y)
                    .setParameter(6, answered ? 1L : 0L).setParameter(7, answered && r.certainty != null ? (long) r.certainty : 0L)
                    .setParameter(8, answered && r.certainty != null ? 1L : 0L).setParameter(9, s.id).setParameter(10, q.id())
                    .executeUpdate();
            if (changed != 1) {
                Log.warnf("Assignment %d has no statistics row for question %s: rebuilding", s.id, q.id());
                rebuild(s);
                return;
            }
            if (answered) {
                ChoicePicks.count(q, Map.of(r.answer, 1L)).forEach((choice, n) -> {
                    if (n > 0) {
                        em().createNativeQuery("update choice_picks set picked = picked + ?1 where assignment_id = ?2 and question_id = ?3 "
                                + "and choice_id = ?4").setParameter(1, n).setParameter(2, s.id).setParameter(3, q.id()).setParameter(4, choice)
                                .executeUpdate();
                    }
                });
            }
        }
    }

    /** The stored statistics: a row per question and a row per choice. */
    @Transactional
    public Stored read(Assignment s) {
        Map<String, Sums> sums = new HashMap<>();
        for (Object row : em().createNativeQuery("select question_id, n, sum_x, sum_xx, sum_y, sum_yy, sum_xy, answered, certainty_sum, "
                + "certainty_n from item_sums where assignment_id = ?1").setParameter(1, s.id).getResultList()) {
            Object[] r = (Object[]) row;
            sums.put((String) r[0], new Sums(l(r[1]), d(r[2]), d(r[3]), d(r[4]), d(r[5]), d(r[6]), l(r[7]), l(r[8]), l(r[9])));
        }
        Map<String, Map<String, Long>> picks = new HashMap<>();
        for (Object row : em().createNativeQuery("select question_id, choice_id, picked from choice_picks where assignment_id = ?1")
                .setParameter(1, s.id).getResultList()) {
            Object[] r = (Object[]) row;
            picks.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], l(r[2]));
        }
        return new Stored(sums, picks);
    }

    /**
     * The same statistics from the responses themselves: one grouped query for the sums (a row per question),
     * one for the distinct answers (a few rows per question), spread over the choices by {@link ChoicePicks}.
     */
    @Transactional
    public Stored recompute(Assignment s) {
        Map<String, Sums> sums = new HashMap<>();
        for (Object[] r : counted("select r.questionId, count(r.id), sum(coalesce(r.points, 0.0)), "
                + "sum(coalesce(r.points, 0.0) * coalesce(r.points, 0.0)), sum(a.score - coalesce(r.points, 0.0)), "
                + "sum((a.score - coalesce(r.points, 0.0)) * (a.score - coalesce(r.points, 0.0))), "
                + "sum(coalesce(r.points, 0.0) * (a.score - coalesce(r.points, 0.0))), count(r.answeredAt), sum(r.certainty), count(r.certainty) "
                + "from QuestionResponse r, Attempt a where a.id = r.attemptId and " + COUNTED + " group by r.questionId", s)) {
            sums.put((String) r[0], new Sums(l(r[1]), d(r[2]), d(r[3]), d(r[4]), d(r[5]), d(r[6]), l(r[7]), l(r[8]), l(r[9])));
        }
        Map<String, Map<String, Long>> answers = new HashMap<>();
        for (Object[] r : counted("select r.questionId, r.answer, count(r.id) from QuestionResponse r, Attempt a "
                + "where a.id = r.attemptId and r.answeredAt is not null and " + COUNTED + " group by r.questionId, r.answer", s)) {
            answers.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], l(r[2]));
        }
        Map<String, Map<String, Long>> picks = new HashMap<>();
        for (Question q : s.questionsIn(content(s))) {
            picks.put(q.id(), ChoicePicks.count(q, answers.getOrDefault(q.id(), Map.of())));
        }
        return new Stored(sums, picks);
    }

    /** Replaces the stored statistics with {@link #recompute}'s, holding the rows so a concurrent submit waits. */
    @Transactional
    public void rebuild(Assignment s) {
        em().createNativeQuery("select question_id from item_sums where assignment_id = ?1 for update").setParameter(1, s.id).getResultList();
        Stored fresh = recompute(s);
        for (Question q : s.questionsIn(content(s))) {
            Sums x = fresh.sums().getOrDefault(q.id(), Sums.ZERO);
            em().createNativeQuery("update item_sums set n = ?1, sum_x = ?2, sum_xx = ?3, sum_y = ?4, sum_yy = ?5, sum_xy = ?6, answered = ?7, "
                            + "certainty_sum = ?8, certainty_n = ?9 where assignment_id = ?10 and question_id = ?11")
                    .setParameter(1, x.n()).setParameter(2, x.sumX()).setParameter(3, x.sumXX()).setParameter(4, x.sumY())
                    .setParameter(5, x.sumYY()).setParameter(6, x.sumXY()).setParameter(7, x.answered()).setParameter(8, x.certaintySum())
                    .setParameter(9, x.certaintyN()).setParameter(10, s.id).setParameter(11, q.id()).executeUpdate();
            fresh.picks().getOrDefault(q.id(), Map.of()).forEach((choice, n) -> em().createNativeQuery(
                            "update choice_picks set picked = ?1 where assignment_id = ?2 and question_id = ?3 and choice_id = ?4")
                    .setParameter(1, n).setParameter(2, s.id).setParameter(3, q.id()).setParameter(4, choice).executeUpdate());
        }
    }

    private PackContent content(Assignment s) {
        return catalog.publishedContent(s.packVersionId).orElseThrow();
    }

    private static List<Object[]> counted(String jpql, Assignment s) {
        return em().createQuery(jpql, Object[].class).setParameter("s", s.id).setParameter("c", s.classroomId).getResultList();
    }

    private static EntityManager em() {
        return Results.em();
    }

    private static double d(Object o) {
        return o == null ? 0.0 : ((Number) o).doubleValue();
    }

    private static long l(Object o) {
        return o == null ? 0L : ((Number) o).longValue();
    }
}

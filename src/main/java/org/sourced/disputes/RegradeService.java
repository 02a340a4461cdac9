package org.sourced.disputes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.accounts.Account;
import org.sourced.classes.Assignment;
import org.sourced.classes.StatisticsStore;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.quiz.Attempt;
import org.sourced.quiz.QuestionResponse;
import org.sourced.scoring.ItemScore;
import org.sourced.scoring.ScoringRules;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * Rescoring after a correction: every submitted attempt that asked the question in a version older than the
 * correction's is marked again under the corrected question ({@link Rescore}, the scoring rules themselves).
 * The old and new marks are kept in {@link Regrade}; an attempt is rescored at most once per erratum; the
 * class statistics of every assignment touched are rebuilt from the new marks in the same transaction.
 */
@ApplicationScoped
public class RegradeService {

    @Inject
    PackCatalog catalog;
    @Inject
    StatisticsStore statistics;

    Clock clock = Clock.systemUTC();

    /** One attempt whose score changes. {@code student} is the account id, null for an anonymous learner; {@code name} as the teacher knows them. */
    public record Change(long attempt, Long student, String name, double oldPoints, double newPoints, double oldScore, double newScore,
                         double oldMax, double newMax) {
        public double delta() {
            return newScore - oldScore;
        }
    }

    /**
     * @param attempts attempts whose score changes (or would, on a dry run)
     * @param students distinct learners among them
     * @param checked  attempts rescored (or that would be), changed or not
     */
    public record Outcome(int erratum, boolean dryRun, int checked, int attempts, int students, List<Change> changes) {
    }

    /** A regrade of one of a learner's attempts, for them to read: which result, which question, which erratum. */
    public record Regraded(Regrade regrade, String resultId, String packTitle, String language, String stem, int erratum) {
    }

    /** The regrades that changed a score of {@code learner}'s attempts, newest first. */
    @Transactional
    public List<Regraded> of(org.sourced.quiz.Learner learner) {
        List<Regrade> rows = Regrade.list("attemptId in (select a.id from Attempt a where a.ownerKey = ?1) "
                + "and (oldScore <> newScore or oldMax <> newMax) order by regradedAt desc, id desc", learner.ownerKey());
        List<Regraded> out = new ArrayList<>();
        for (Regrade g : rows) {
            Attempt a = Attempt.findById(g.attemptId);
            Erratum e = Erratum.findById(g.erratumId);
            PackContent pack = catalog.publishedContent(a.packVersionId).orElse(null);
            String stem = pack == null ? g.questionId : pack.question(g.questionId).map(DisputeService::stemOf).orElse(g.questionId);
            out.add(new Regraded(g, a.resultId, pack == null ? e.packId : pack.manifest().title(), pack == null ? null : pack.manifest().language(),
                    stem, e.number));
        }
        return out;
    }

    @Transactional
    public Outcome regrade(String packId, String questionId, boolean dryRun, long accountId, boolean admin) {
        DisputeService.checkAuthor(packId, accountId, admin);
        if (questionId == null || questionId.isBlank()) {
            throw UserError.unprocessable(UiText.dispute(d -> d.errRegradeQuestion()));
        }
        Erratum erratum = Erratum.latestCorrection(packId, questionId)
                .orElseThrow(() -> UserError.conflict(UiText.dispute(d -> d.errNoCorrection(questionId))));
        PackVersion fixed = PackVersion.findById(erratum.packVersionId);
        Question corrected = catalog.content(fixed).question(questionId).orElseThrow();
        List<Attempt> candidates = Attempt.find("from Attempt a where a.status = ?1 and a.packVersionId in "
                + "(select v.id from PackVersion v where v.packId = ?2 and v.versionNo < ?3) "
                + "and exists (select r.id from QuestionResponse r where r.attemptId = a.id and r.questionId = ?4) "
                + "and not exists (select g.id from Regrade g where g.erratumId = ?5 and g.attemptId = a.id) order by a.id",
                Attempt.SUBMITTED, packId, fixed.versionNo, questionId, erratum.id).list();

        List<Change> changes = new ArrayList<>();
        Set<String> students = new LinkedHashSet<>();
        Set<Long> assignments = new LinkedHashSet<>();
        Instant now = clock.instant();
        for (Attempt a : candidates) {
            PackContent asked = catalog.publishedContent(a.packVersionId).orElseThrow();
            List<QuestionResponse> responses = QuestionResponse.of(a.id);
            List<Rescore.Stored> stored = responses.stream().map(r -> new Rescore.Stored(r.questionId, r.answerIds(), r.certainty,
                    r.isAnswered(), r.points, r.maxPoints, r.fraction, r.correct)).toList();
            Rescore.Result result = Rescore.of(corrected, stored, id -> asked.question(id).orElseThrow(),
                    new ScoringRules(a.partialCredit, a.negativeMarking, a.certainty));
            double oldScore = a.score == null ? 0 : a.score;
            double oldMax = a.maxScore == null ? 0 : a.maxScore;
            double newScore = result.total().score();
            double newMax = result.total().max();
            boolean differs = newScore != oldScore || newMax != oldMax || result.item().points() != result.oldPoints();
            if (differs) {
                changes.add(new Change(a.id, a.accountId, nameOf(a), result.oldPoints(), result.item().points(), oldScore, newScore, oldMax,
                        newMax));
                students.add(a.ownerKey);
            }
            if (dryRun) {
                continue;
            }
            Regrade g = new Regrade();
            g.erratumId = erratum.id;
            g.attemptId = a.id;
            g.questionId = questionId;
            g.oldPoints = result.oldPoints();
            g.newPoints = result.item().points();
            g.oldScore = oldScore;
            g.newScore = newScore;
            g.oldMax = oldMax;
            g.newMax = newMax;
            g.regradedAt = now;
            g.persist();
            if (differs) {
                store(a, questionId, result.item(), newScore, newMax);
                if (a.assignmentId != null) {
                    assignments.add(a.assignmentId);
                }
            }
        }
        if (!assignments.isEmpty()) {
            Attempt.getEntityManager().flush();
            for (Long id : assignments) {
                Assignment s = Assignment.findById(id);
                if (s != null) {
                    statistics.rebuild(s);
                }
            }
        }
        return new Outcome(erratum.number, dryRun, candidates.size(), changes.size(), students.size(), changes);
    }

    /** The name the teacher knows the learner by: the account's, or the nickname of an anonymous attempt. */
    private static String nameOf(Attempt a) {
        if (a.accountId != null) {
            Account account = Account.findById(a.accountId);
            if (account != null) {
                return account.displayName;
            }
        }
        return a.nickname;
    }

    private static void store(Attempt a, String questionId, ItemScore item, double score, double max) {
        // an unanswered item stays unanswered: its points stay null, as at submission
        QuestionResponse.update("points = case when answeredAt is null then points else ?1 end, maxPoints = ?2, "
                + "fraction = case when answeredAt is null then fraction else ?3 end, correct = case when answeredAt is null then correct else ?4 end "
                + "where attemptId = ?5 and questionId = ?6", item.points(), item.maxPoints(), item.fraction(), item.correct(), a.id, questionId);
        Attempt.update("score = ?1, maxScore = ?2 where id = ?3", score, max, a.id);
    }
}

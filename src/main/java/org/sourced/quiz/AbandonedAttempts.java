package org.sourced.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Deletes abandoned anonymous attempts (issue 19, item 3): no account, no assignment, never submitted, started more
 * than {@code sourced.limits.attempts.cleanup-after} ago, and named by no dispute or regrade. A submitted attempt is
 * never touched, nor an account's. Runs every {@code sourced.limits.attempts.cleanup-every}, a batch per transaction.
 */
@ApplicationScoped
public class AbandonedAttempts {

    static final int BATCH = 500;
    /** The attempts the cleanup may delete; native SQL, so quiz names the dispute tables without importing their feature. */
    private static final String ABANDONED = "select a.id, a.public_id from attempt a where a.account_id is null and a.assignment_id is null"
            + " and a.status <> 'submitted' and a.submitted_at is null and a.started_at < :cutoff"
            + " and not exists (select 1 from dispute d where d.attempt_id = a.id)"
            + " and not exists (select 1 from regrade r where r.attempt_id = a.id)";

    @Inject
    AttemptLimitsConfig config;
    @Inject
    BatchDelete batches;

    Clock clock = Clock.systemUTC();

    @Scheduled(every = "${sourced.limits.attempts.cleanup-every:1h}", delayed = "${sourced.limits.attempts.cleanup-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int deleted = deleteAbandoned();
        if (deleted > 0) {
            Log.infof("Deleted %d abandoned anonymous attempts started before %s", deleted, clock.instant().minus(config.cleanupAfter()));
        }
    }

    /** Deletes every abandoned attempt as of now; returns how many. */
    public int deleteAbandoned() {
        Instant cutoff = clock.instant().minus(config.cleanupAfter());
        int total = 0;
        while (true) {
            int n = batches.deleteBatch(cutoff);
            total += n;
            if (n < BATCH) {
                return total;
            }
        }
    }

    /** One batch in its own transaction, so a big cleanup never holds long locks. */
    @ApplicationScoped
    static class BatchDelete {
        @Inject
        EntityManager em;

        @Transactional
        @SuppressWarnings("unchecked")
        int deleteBatch(Instant cutoff) {
            List<Object[]> rows = em.createNativeQuery(ABANDONED).setParameter("cutoff", cutoff).setMaxResults(BATCH).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
            int n = Attempt.deleteWithResponses(ids);
            rows.forEach(r -> AttemptFacts.forget((String) r[1]));
            return n;
        }
    }
}

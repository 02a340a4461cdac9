package org.sourced.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One student's go at a quiz: a state machine (in progress, overdue, submitted) kept on the server.
 * {@code publicId} is the unguessable id in the attempt's link; {@code tokenHash} authorises API calls.
 */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

    public static final String IN_PROGRESS = "in_progress";
    public static final String OVERDUE = "overdue";
    public static final String SUBMITTED = "submitted";
    public static final String PRACTICE = "practice";
    public static final String EXAM = "exam";

    @Id
    @GeneratedValue(generator = "attempt_seq")
    @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
    public Long id;

    @Column(name = "public_id")
    public String publicId;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "result_id")
    public String resultId;
    @Column(name = "pack_version_id")
    public Long packVersionId;
    @Column(name = "owner_key")
    public String ownerKey;
    @Column(name = "account_id")
    public Long accountId;
    public String nickname;
    public String mode;
    public String status;
    /** What was asked for: all, objective:&lt;id&gt;, set:&lt;id&gt;, missed:&lt;attempt&gt;, due. */
    public String selection;
    public long seed;
    @Column(name = "partial_credit")
    public boolean partialCredit;
    @Column(name = "negative_marking")
    public boolean negativeMarking;
    public boolean certainty;
    @Column(name = "question_count")
    public int questionCount;
    /** The highest sequence number accepted: a post must carry a larger one, so stale posts do no harm. */
    @Column(name = "last_seq")
    public long lastSeq;
    @Column(name = "started_at")
    public Instant startedAt;
    public Instant deadline;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    public Double score;
    @Column(name = "max_score")
    public Double maxScore;
    @Column(name = "assignment_id")
    public Long assignmentId;
    /**
     * The language it is taken in: the pack's own or one of its translations' (switchable while it runs); null for
     * the pack's own. Scores and statistics never depend on it, the question ids being the same in every language.
     */
    public String language;
    /** Started (on an assignment that accepts late work) after the assignment closed. */
    public boolean late;

    public boolean isPractice() {
        return PRACTICE.equals(mode);
    }

    public boolean isSubmitted() {
        return SUBMITTED.equals(status);
    }

    /** The state as of {@code now}: an attempt past its deadline is overdue until submitted. */
    public String statusAt(Instant now) {
        if (IN_PROGRESS.equals(status) && deadline != null && !now.isBefore(deadline)) {
            return OVERDUE;
        }
        return status;
    }

    /** Deletes these attempts with their responses (the cleanup of abandoned ones, the warm-up's rehearsal); how many went. */
    static int deleteWithResponses(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        QuestionResponse.delete("attemptId in ?1", ids);
        return (int) delete("id in ?1", ids);
    }

    public static Optional<Attempt> byPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    public static Optional<Attempt> byResultId(String resultId) {
        return find("resultId", resultId).firstResultOptional();
    }

    public static List<Attempt> recentFor(String ownerKey, int limit) {
        return find("ownerKey = ?1 order by startedAt desc", ownerKey).page(0, limit).list();
    }

    /** Attempts of {@code ownerKey} still in progress (the cap on open attempts counts these). */
    public static long countOpenFor(String ownerKey) {
        return count("ownerKey = ?1 and status = ?2", ownerKey, IN_PROGRESS);
    }

    /**
     * Accepts sequence number {@code seq} if it is newer than any accepted, and the attempt still takes
     * answers. One statement, so two posts racing cannot both pass.
     */
    public static boolean acceptSeq(long attemptId, long seq, Instant now) {
        return update("lastSeq = ?1 where id = ?2 and lastSeq < ?1 and status = ?3 and (deadline is null or deadline > ?4)",
                seq, attemptId, IN_PROGRESS, now) == 1;
    }
}

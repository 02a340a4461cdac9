package org.sourced.classes;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A quiz assigned to a class: the pack version pinned when it was assigned (later versions do not change
 * it), the quiz settings every attempt gets, the window it is open, and which attempt's score counts.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    /** The mode of an assignment kept from a class's live session. */
    public static final String LIVE = "live";

    @Id
    @GeneratedValue(generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "classroom_id")
    public Long classroomId;
    @Column(name = "pack_version_id")
    public Long packVersionId;
    @Column(name = "pack_id")
    public String packId;
    public String title;
    /** One objective of the pack, or null for the whole pack. */
    public String objective;
    /** How many questions each attempt draws; 0 for all of them. */
    @Column(name = "question_count")
    public int questionCount;
    public String mode;
    @Column(name = "time_limit_minutes")
    public Integer timeLimitMinutes;
    @Column(name = "opens_at")
    public Instant opensAt;
    @Column(name = "closes_at")
    public Instant closesAt;
    /** {@link LatePolicy} key: what happens to an attempt after {@code closesAt}. */
    @Column(name = "late_policy")
    public String latePolicy;
    /** Null for as many as the student likes. */
    @Column(name = "attempts_allowed")
    public Integer attemptsAllowed;
    /** {@link ScoreCounts} key: which of a student's attempts gives their score. */
    @Column(name = "score_counts")
    public String scoreCounts;
    @Column(name = "partial_credit")
    public boolean partialCredit;
    @Column(name = "negative_marking")
    public boolean negativeMarking;
    public boolean certainty;
    @Column(name = "created_at")
    public Instant createdAt;
    /** For a live session's assignment, the questions it asked, in order, separated by spaces; otherwise null. */
    @Column(name = "question_ids")
    public String questionIds;

    public LatePolicy late() {
        return LatePolicy.fromKey(latePolicy);
    }

    public ScoreCounts counts() {
        return ScoreCounts.fromKey(scoreCounts);
    }

    /** The scope a {@code StartRequest} takes: the objective, or the whole pack. */
    public String scope() {
        return objective == null ? "all" : "objective:" + objective;
    }

    /**
     * The questions this assignment can ask: a live session's, in the order it asked them; otherwise its objective's,
     * or the whole pack's, in pack order.
     */
    public java.util.List<org.sourced.packs.format.Question> questionsIn(org.sourced.packs.format.PackContent pack) {
        if (questionIds != null) {
            return java.util.Arrays.stream(questionIds.split(" ")).map(pack::question).flatMap(java.util.Optional::stream).toList();
        }
        return pack.questions().stream().filter(q -> objective == null || objective.equals(q.objective())).toList();
    }

    /**
     * True when an attempt submitted (or, unsubmitted, started) at {@code at} is late: after closing, where late
     * work is accepted. (Where it is refused, answers stop at closing, so a later submit adds nothing late.)
     */
    public boolean isLate(Instant at) {
        return late() == LatePolicy.FLAG && closesAt != null && at != null && at.isAfter(closesAt);
    }

    /** The instant after which work is late, for queries: far in the future where nothing can be late. */
    public Instant lateAfter() {
        return late() == LatePolicy.FLAG && closesAt != null ? closesAt : Instant.parse("9999-12-31T00:00:00Z");
    }

    public static List<Assignment> ofClass(long classroomId) {
        return list("classroomId = ?1 order by createdAt desc, id desc", classroomId);
    }

    /** The assignments of the classes a student is an active member of, open classes only, newest first. */
    public static List<Assignment> forStudent(long accountId) {
        return getEntityManager().createQuery("select s from Assignment s, Enrollment e, Classroom c "
                        + "where e.classroomId = s.classroomId and c.id = s.classroomId and e.accountId = :a "
                        + "and e.removedAt is null and c.archivedAt is null order by s.createdAt desc, s.id desc", Assignment.class)
                .setParameter("a", accountId).getResultList();
    }
}

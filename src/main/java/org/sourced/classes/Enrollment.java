package org.sourced.classes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A student's place in a class. A removed student keeps the row with {@code removedAt} set, so the join
 * code cannot bring them back and their attempts drop out of the class's results.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "enrollment_seq")
    @SequenceGenerator(name = "enrollment_seq", sequenceName = "enrollment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "classroom_id")
    public Long classroomId;
    @Column(name = "account_id")
    public Long accountId;
    @Column(name = "joined_at")
    public Instant joinedAt;
    @Column(name = "removed_at")
    public Instant removedAt;

    public boolean isActive() {
        return removedAt == null;
    }

    /** A student of a class, as listed on the class page. */
    public record Member(long accountId, String name, String email, boolean nickname, Instant joinedAt) {
    }

    public static Optional<Enrollment> of(long classroomId, long accountId) {
        return find("classroomId = ?1 and accountId = ?2", classroomId, accountId).firstResultOptional();
    }

    /**
     * The student's active place in a class, locked until the transaction ends: two starts racing for the
     * last allowed attempt then run one after the other.
     */
    public static Optional<Enrollment> activeLocked(long classroomId, long accountId) {
        return find("classroomId = ?1 and accountId = ?2 and removedAt is null", classroomId, accountId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static boolean isActiveMember(long classroomId, long accountId) {
        return count("classroomId = ?1 and accountId = ?2 and removedAt is null", classroomId, accountId) > 0;
    }

    public static long activeCount(long classroomId) {
        return count("classroomId = ?1 and removedAt is null", classroomId);
    }

    /** The class's current students by name. */
    public static List<Member> membersOf(long classroomId) {
        return getEntityManager().createQuery("select e.accountId, a.displayName, a.email, a.passwordHash, e.joinedAt "
                        + "from Enrollment e, Account a where a.id = e.accountId and e.classroomId = :c and e.removedAt is null "
                        + "order by lower(a.displayName), a.id", Object[].class)
                .setParameter("c", classroomId).getResultStream()
                .map(r -> new Member((Long) r[0], (String) r[1], (String) r[2], r[3] == null, (Instant) r[4])).toList();
    }
}

package org.sourced.classes;

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

/** A teacher's class. Students join with its code; an archived class takes no one and starts no attempt. */
@Entity
@Table(name = "classroom")
public class Classroom extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "classroom_seq")
    @SequenceGenerator(name = "classroom_seq", sequenceName = "classroom_seq", allocationSize = 50)
    public Long id;

    @Column(name = "teacher_id")
    public Long teacherId;
    public String name;
    @Column(name = "join_code")
    public String joinCode;
    /** Students join with a nickname only: no email, no password. */
    @Column(name = "nickname_only")
    public boolean nicknameOnly;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "archived_at")
    public Instant archivedAt;

    public boolean isArchived() {
        return archivedAt != null;
    }

    public static Optional<Classroom> byCode(String normalisedCode) {
        return find("joinCode", normalisedCode).firstResultOptional();
    }

    public static boolean codeTaken(String normalisedCode) {
        return count("joinCode", normalisedCode) > 0;
    }

    /** A teacher's classes, open ones first, newest first. */
    public static List<Classroom> ofTeacher(long teacherId) {
        return list("teacherId = ?1 order by case when archivedAt is null then 0 else 1 end, createdAt desc", teacherId);
    }

    /** Every class, for the admin. */
    public static List<Classroom> everyClass() {
        return list("order by case when archivedAt is null then 0 else 1 end, createdAt desc");
    }
}

package org.sourced.disputes;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One attempt rescored under one erratum, with its score before and after (both kept for the student). */
@Entity
@Table(name = "regrade")
public class Regrade extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "regrade_seq")
    @SequenceGenerator(name = "regrade_seq", sequenceName = "regrade_seq", allocationSize = 50)
    public Long id;

    @Column(name = "erratum_id")
    public Long erratumId;
    @Column(name = "attempt_id")
    public Long attemptId;
    @Column(name = "question_id")
    public String questionId;
    @Column(name = "old_points")
    public double oldPoints;
    @Column(name = "new_points")
    public double newPoints;
    @Column(name = "old_score")
    public double oldScore;
    @Column(name = "new_score")
    public double newScore;
    @Column(name = "old_max")
    public double oldMax;
    @Column(name = "new_max")
    public double newMax;
    @Column(name = "regraded_at")
    public Instant regradedAt;

    public static List<Regrade> ofAttempt(long attemptId) {
        return list("attemptId = ?1 order by regradedAt, id", attemptId);
    }

    public static boolean exists(long erratumId, long attemptId) {
        return count("erratumId = ?1 and attemptId = ?2", erratumId, attemptId) > 0;
    }
}

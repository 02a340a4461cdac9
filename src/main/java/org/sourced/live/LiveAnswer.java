package org.sourced.live;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One player's answer to one question in one round, stored (scored) the moment it was posted. */
@Entity
@Table(name = "live_answer")
public class LiveAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "live_answer_seq")
    @SequenceGenerator(name = "live_answer_seq", sequenceName = "live_answer_seq", allocationSize = 50)
    public Long id;

    @Column(name = "session_id")
    public long sessionId;
    @Column(name = "player_id")
    public long playerId;
    @Column(name = "question_no")
    public int questionNo;
    public int round;
    @Column(name = "question_id")
    public String questionId;
    /** The picked choice ids, joined by commas. */
    public String choices;
    public Integer certainty;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "elapsed_ms")
    public long elapsedMs;
    public double points;
    @Column(name = "max_points")
    public double maxPoints;
    public double fraction;
    public boolean correct;

    public List<String> choiceIds() {
        return choices.isEmpty() ? List.of() : Arrays.asList(choices.split(","));
    }

    public static List<LiveAnswer> ofSession(long sessionId) {
        return list("sessionId = ?1 order by questionNo, round, id", sessionId);
    }

    public static List<LiveAnswer> ofQuestion(long sessionId, int n, int round) {
        return list("sessionId = ?1 and questionNo = ?2 and round = ?3", sessionId, n, round);
    }

    public static Optional<LiveAnswer> of(long playerId, int n, int round) {
        return find("playerId = ?1 and questionNo = ?2 and round = ?3", playerId, n, round).firstResultOptional();
    }

    public static List<LiveAnswer> ofPlayer(long playerId) {
        return list("playerId = ?1 order by questionNo, round", playerId);
    }
}

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

/**
 * A live session: its settings, fixed at start, and its {@link Phase}, changed only by the host's steps. Every step
 * raises {@code version}, which is what other instances watch for.
 */
@Entity
@Table(name = "live_session")
public class LiveSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "live_session_seq")
    @SequenceGenerator(name = "live_session_seq", sequenceName = "live_session_seq", allocationSize = 50)
    public Long id;

    public String pin;
    @Column(name = "active_pin")
    public String activePin;
    @Column(name = "host_id")
    public long hostId;
    @Column(name = "classroom_id")
    public Long classroomId;
    @Column(name = "pack_version_id")
    public long packVersionId;
    @Column(name = "pack_id")
    public String packId;
    public String title;
    public String scope;
    /** The questions in the order they are asked, separated by spaces. */
    @Column(name = "question_ids")
    public String questionIds;
    public int seconds;
    @Column(name = "speed_points")
    public boolean speedPoints;
    @Column(name = "peer_instruction")
    public boolean peerInstruction;
    @Column(name = "partial_credit")
    public boolean partialCredit;
    @Column(name = "negative_marking")
    public boolean negativeMarking;
    public boolean certainty;
    public String state;
    @Column(name = "question_no")
    public int questionNo;
    public int round;
    /** The last question whose key the players have been shown (0 before the first reveal). */
    @Column(name = "revealed_no")
    public int revealedNo;
    @Column(name = "opened_at")
    public Instant openedAt;
    /** When the open question stops taking answers from everyone: the longest extra time granted, plus the grace. */
    @Column(name = "closes_at")
    public Instant closesAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "assignment_id")
    public Long assignmentId;

    /** Whether question {@code n} (from 1) has had its key revealed to the players. */
    public boolean keyShown(int n) {
        return n >= 1 && n <= revealedNo;
    }

    public Phase phase() {
        return new Phase(LiveState.of(state), questionNo, round);
    }

    public List<String> questions() {
        return questionIds.isBlank() ? List.of() : Arrays.asList(questionIds.split(" "));
    }

    public String questionId(int n) {
        return questions().get(n - 1);
    }

    public static Optional<LiveSession> byActivePin(String pin) {
        return find("activePin", pin).firstResultOptional();
    }

    public static List<LiveSession> ofHost(long hostId) {
        return list("hostId = ?1 order by createdAt desc", hostId);
    }
}

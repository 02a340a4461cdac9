package org.sourced.live;

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

/** Someone playing a live session: a nickname and a token (only its hash is kept), or a class's student by account. */
@Entity
@Table(name = "live_player")
public class LivePlayer extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "live_player_seq")
    @SequenceGenerator(name = "live_player_seq", sequenceName = "live_player_seq", allocationSize = 50)
    public Long id;

    @Column(name = "session_id")
    public long sessionId;
    public String nickname;
    @Column(name = "nickname_key")
    public String nicknameKey;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "account_id")
    public Long accountId;
    /** The player's countdown is the question's seconds times this (1, 1.5 or 2), granted by the host. */
    @Column(name = "extra_time")
    public double extraTime;
    @Column(name = "joined_at")
    public Instant joinedAt;
    @Column(name = "removed_at")
    public Instant removedAt;

    public boolean removed() {
        return removedAt != null;
    }

    public static Optional<LivePlayer> byTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public static List<LivePlayer> playing(long sessionId) {
        return list("sessionId = ?1 and removedAt is null order by joinedAt, id", sessionId);
    }

    public static List<LivePlayer> everyone(long sessionId) {
        return list("sessionId = ?1 order by joinedAt, id", sessionId);
    }

    public static Optional<LivePlayer> byAccount(long sessionId, long accountId) {
        return find("sessionId = ?1 and accountId = ?2", sessionId, accountId).firstResultOptional();
    }
}

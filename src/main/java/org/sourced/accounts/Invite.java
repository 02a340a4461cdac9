package org.sourced.accounts;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A one-time link an admin sends to a new teacher. Only its hash is stored. */
@Entity
@Table(name = "invite")
public class Invite extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "invite_seq")
    @SequenceGenerator(name = "invite_seq", sequenceName = "invite_seq", allocationSize = 50)
    public Long id;

    @Column(name = "token_hash")
    public String tokenHash;
    public String role;
    @Column(name = "created_by")
    public Long createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "used_at")
    public Instant usedAt;

    public static Optional<Invite> usable(String tokenHash, Instant now) {
        return find("tokenHash = ?1 and usedAt is null and expiresAt > ?2", tokenHash, now).firstResultOptional();
    }

    /** Marks the invite used if nobody has yet; false when another acceptance got there first. One statement. */
    public static boolean claim(long id, Instant now) {
        return update("usedAt = ?1 where id = ?2 and usedAt is null and expiresAt > ?1", now, id) == 1;
    }
}

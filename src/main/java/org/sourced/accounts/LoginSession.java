package org.sourced.accounts;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed-in browser. The cookie proves who it is; this row lets logout end it on every instance. */
@Entity
@Table(name = "login_session")
public class LoginSession extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "account_id")
    public Long accountId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Ids of sessions ended before they expired: the revocation list every instance keeps in memory. */
    public static List<String> revokedAndUnexpired(Instant now) {
        return getEntityManager().createQuery(
                        "select s.id from LoginSession s where s.revokedAt is not null and s.expiresAt > :now", String.class)
                .setParameter("now", now).getResultList();
    }
}

package org.sourced.accounts;

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

/** A bearer token for scripts (a teacher's personal token) or for a student who joined a class by code. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    /** Every account token starts with this, so an attempt's own token is never mistaken for one. */
    public static final String PREFIX = "sp_";

    @Id
    @GeneratedValue(generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    public Long id;

    @Column(name = "account_id")
    public Long accountId;
    public String name;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
    public boolean revoked;

    public static Optional<ApiToken> byHash(String hash) {
        return find("tokenHash = ?1 and revoked = false", hash).firstResultOptional();
    }

    public static List<ApiToken> of(long accountId) {
        return list("accountId = ?1 and revoked = false order by createdAt desc", accountId);
    }
}

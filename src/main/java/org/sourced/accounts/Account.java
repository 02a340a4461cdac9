package org.sourced.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person who signs in: an admin, a teacher or a student. Passwords are stored as bcrypt hashes. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    public Long id;

    public String email;
    @Column(name = "display_name")
    public String displayName;
    /** Null for a nickname-only student, who signs in with a class token, never a password. */
    @Column(name = "password_hash")
    public String passwordHash;
    public String role;
    public boolean disabled;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Sessions signed before this instant are void: set on password change, disabling, role change. */
    @Column(name = "sessions_valid_from")
    public Instant sessionsValidFrom;

    public Role roleEnum() {
        return Role.fromKey(role);
    }

    public static Optional<Account> byEmail(String email) {
        return find("email", normaliseEmail(email)).firstResultOptional();
    }

    public static boolean adminExists() {
        return count("role", Role.ADMIN.key()) > 0;
    }

    public static List<Account> allByRole() {
        return list("order by role, email");
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}

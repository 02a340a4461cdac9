package org.sourced.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.packs.SourcedConfig;

/**
 * Signed-in sessions. The cookie is checked in memory; what ends a session early (logout, a disabled
 * account, a new password) is written to the database and read back by every instance every
 * {@link #REFRESH} into a small in-memory list, so a request never waits on a query to know who it is.
 */
@ApplicationScoped
public class Sessions {

    public static final Duration LIFETIME = Duration.ofDays(14);
    static final Duration REFRESH = Duration.ofSeconds(2);

    @Inject
    SourcedConfig config;

    private SessionCookie cookie;
    private DeviceCookie devices;
    /** Ended sessions by id, each kept until the instant its cookie would expire on its own. */
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private final Map<Long, Instant> validFrom = new ConcurrentHashMap<>();
    private ScheduledExecutorService refresher;

    void onStart(@Observes StartupEvent event) {
        byte[] key = loadKey();
        cookie = new SessionCookie(key);
        devices = new DeviceCookie(key);
        refresh();
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "session-revocations");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH.toMillis(), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** The configured key (base64, 32+ bytes), else one generated on first start and kept in the data dir. */
    private byte[] loadKey() {
        Optional<String> configuredKey = config.session().key();
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            return Base64.getDecoder().decode(configuredKey.get().strip());
        }
        Path file = config.dataDir().resolve("session.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(config.dataDir());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data dir's own permissions protect it
            }
            Log.infof("Generated a session key in %s", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the session key " + file, e);
        }
    }

    /** The signed cookie value for a new session of {@code account}. */
    @Transactional
    public String open(Account account) {
        Instant now = Instant.now();
        LoginSession s = new LoginSession();
        s.id = Tokens.linkId();
        s.accountId = account.id;
        s.createdAt = now;
        s.expiresAt = now.plus(LIFETIME);
        s.persist();
        return cookie.issue(new SessionCookie.Claims(s.id, account.id, account.roleEnum(), now, s.expiresAt, account.displayName));
    }

    /** A new device cookie value for a browser that has just signed in to {@code email} (docs/security.md). */
    public String issueDevice(String email) {
        return devices.issue(Account.normaliseEmail(email));
    }

    /** The device id of a genuine device cookie for {@code email}, or empty. */
    public Optional<String> deviceFor(String cookieValue, String email) {
        return devices.deviceFor(cookieValue, Account.normaliseEmail(email));
    }

    /** The claims of a live session, or empty for a forged, expired or ended one. */
    public Optional<SessionCookie.Claims> check(String value) {
        Instant now = Instant.now();
        return cookie.verify(value, now).filter(c -> !revoked.containsKey(c.sessionId()))
                .filter(c -> !c.issuedAt().isBefore(validFrom.getOrDefault(c.accountId(), Instant.EPOCH)));
    }

    /** Ends a session everywhere: at once here, within {@link #REFRESH} on other instances. */
    @Transactional
    public void close(String value) {
        cookie.verify(value, Instant.now()).ifPresent(c -> {
            LoginSession.update("revokedAt = ?1 where id = ?2", Instant.now(), c.sessionId());
            revoked.put(c.sessionId(), c.expiresAt());
        });
    }

    /** Voids every session of an account signed before now (password change, disabled, role change). */
    void voidAllOf(Account account) {
        // cookies carry whole seconds, so void from the next second: a session opened right after stays valid
        account.sessionsValidFrom = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        validFrom.put(account.id, account.sessionsValidFrom);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            Log.debugf("session revocation refresh failed: %s", e.getMessage());
        }
    }

    private void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            for (String ended : LoginSession.revokedAndUnexpired(now)) {
                revoked.putIfAbsent(ended, now.plus(LIFETIME));
            }
            // Forget only what has expired (it fails on its own). Not "whatever the database lacks": a logout
            // whose transaction has not committed yet is missing there, and dropping it would let the old
            // cookie back in until the next refresh.
            revoked.values().removeIf(expires -> !expires.isAfter(now));
            // only changes within a session's lifetime can still matter
            Account.<Account>list("sessionsValidFrom > ?1", now.minus(LIFETIME))
                    .forEach(a -> validFrom.put(a.id, a.sessionsValidFrom));
        });
    }
}

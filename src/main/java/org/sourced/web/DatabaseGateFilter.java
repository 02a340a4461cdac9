package org.sourced.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The {@link DatabaseGate} of this instance: {@link ErrorPages} reports each request that found the database down,
 * and while the gate is closed every request is answered the outage's 503 before it takes a worker's time.
 * Health checks and static files do not pass here. An embedded H2 has a gate of its own kind ({@link EmbeddedProbe}):
 * it closes on a full disk and opens once there is room again and the database reopened.
 */
@ApplicationScoped
public class DatabaseGateFilter {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    DatabaseGateConfig config;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final Properties connection = new Properties();
    private Driver driver;
    private boolean embedded;
    private ExecutorService probes;
    private DatabaseGate gate;

    @PostConstruct
    void init() {
        driver = ServiceLoader.load(Driver.class, Thread.currentThread().getContextClassLoader()).stream()
                .map(ServiceLoader.Provider::get).filter(this::accepts).findFirst().orElse(null);
        embedded = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        connection.setProperty("user", user);
        connection.setProperty("password", password);
        if (url.startsWith("jdbc:postgresql:")) {
            connection.setProperty("connectTimeout", "2"); // seconds; a host that does not answer at all
            connection.setProperty("loginTimeout", "2");
        }
        probes = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "database-probe");
            thread.setDaemon(true);
            return thread;
        });
        BooleanSupplier probe = embedded
                ? new EmbeddedProbe(DatabaseGateFilter::usableBytesInDataDir, () -> dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL),
                        this::poolAnswers)
                : this::databaseAnswers;
        gate = new DatabaseGate(probe, probes, config.retryMillis(), closed -> {
            if (closed) {
                Log.warn("The database did not answer a check: requests get a 503 at once until it does");
            } else {
                Log.info("The database answers again: requests pass");
            }
        });
    }

    /**
     * After matching, so on the worker thread just before the resource: requests queued for a worker while the
     * gate closed are refused when their turn comes, not let through (a pre-matching filter runs on the event
     * loop before the queue). First of the post-matching filters; the language is known by then (LanguageFilter).
     */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void refuseWhileDown() {
        if (gate.closed()) {
            throw new DatabaseGate.Refused();
        }
    }

    /**
     * A request failed for this outage. A server database is checked only when it could not be reached (its disk
     * filling up is its own affair, and reads go on). An embedded H2 is checked for both: a failed write closes its
     * file, and every request that reaches it then waits on what is left of it (docs/faults.md); its check opens
     * nothing while the disk is full.
     */
    public void suspect(Outage seen) {
        if (embedded || seen == Outage.DATABASE_DOWN) {
            gate.suspect();
        }
    }

    /**
     * A connection of its own, not the pool's: the pool waits its whole acquisition timeout (2 s) for a database
     * that refuses, which delayed the gate's opening by as much after the database was back; a direct connection is
     * refused at once, and one that hangs gives up after 2 s. Without a driver of its own (none found), the pool's.
     */
    private boolean databaseAnswers() {
        try (Connection c = driver != null ? driver.connect(url, connection) : dataSource.getConnection()) {
            return c != null && c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The pool's connection (for H2: the pool's sessions are the database's; one of the probe's own would close it). */
    private boolean poolAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Free space under the data dir (the H2 file's disk), or -1 when it cannot be read. */
    static long usableBytesInDataDir() {
        try {
            Path dir = Path.of(ConfigProvider.getConfig().getOptionalValue("sourced.data-dir", String.class).orElse("data"));
            return Files.getFileStore(Files.exists(dir) ? dir : dir.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    private boolean accepts(Driver d) {
        try {
            return d.acceptsURL(url);
        } catch (SQLException e) {
            return false;
        }
    }

    void stop(@Observes ShutdownEvent e) {
        if (probes != null) {
            probes.shutdownNow();
        }
    }
}

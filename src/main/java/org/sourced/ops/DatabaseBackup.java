package org.sourced.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.packs.SourcedConfig;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * A consistent copy of the embedded H2 database while the app runs: H2's {@code BACKUP TO} writes the
 * database file into a zip without locking anything, transactionally consistent (H2's own guarantee for
 * its MVStore file). The zip goes to a temporary file in the data dir (same disk, so no surprise about
 * /tmp's size), the caller streams it and deletes it. PostgreSQL has its own tools: this refuses there.
 */
@ApplicationScoped
public class DatabaseBackup {

    static final String ENTRY = "sourced.mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    DataSource dataSource;
    @Inject
    SourcedConfig config;

    Clock clock = Clock.systemUTC();

    /** A backup on disk, to stream under {@code downloadName} and then delete. */
    public record Backup(Path file, String downloadName, long size) {
        public void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                Log.warnf("Could not delete the temporary backup %s: %s", file, e.getMessage());
            }
        }
    }

    /** What the running database is, for the admin page: "H2" or "PostgreSQL", and whether it can be backed up here. */
    public record Kind(String product, boolean backupHere) {
    }

    public Kind kind() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            return new Kind(product, isH2(product) && !isInMemory(c.getMetaData().getURL()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database kind", e);
        }
    }

    /** Writes a backup zip (one entry, {@value #ENTRY}) into the data dir and returns it. */
    public Backup create() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!isH2(product)) {
                throw new UserError(409, "Use pg_dump", UiText.xfer(x -> x.errBackupNotH2(product)));
            }
            if (isInMemory(c.getMetaData().getURL())) {
                throw new UserError(409, "Nothing to back up", UiText.xfer(x -> x.errBackupInMemory()));
            }
            Path dir = config.dataDir().toAbsolutePath();
            Files.createDirectories(dir);
            String stamp = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(STAMP);
            Path file = dir.resolve("backup-" + stamp + "-" + UUID.randomUUID().toString().substring(0, 8) + ".zip.tmp");
            Backup result = new Backup(file, "sourced-backup-" + stamp + ".zip", 0);
            try (PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, file.toString());
                backup.executeUpdate();
                return new Backup(file, result.downloadName(), Files.size(file));
            } catch (SQLException | IOException | RuntimeException e) {
                result.delete(); // no half-written zip left in the data dir
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isH2(String product) {
        return product != null && product.equalsIgnoreCase("H2");
    }

    static boolean isInMemory(String url) {
        return url != null && url.startsWith("jdbc:h2:mem:");
    }
}

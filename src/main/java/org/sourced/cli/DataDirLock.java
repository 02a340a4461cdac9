package org.sourced.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Guards the embedded database: two processes on one H2 file would fail deep inside the driver with a
 * stack trace, so the second one stops here with one sentence. The lock lives as long as the process.
 * With PostgreSQL (SOURCED_DB_KIND=postgresql) several instances may share a data dir, so no lock.
 */
public final class DataDirLock {

    private static FileLock held;

    private DataDirLock() {
    }

    public static boolean acquireOrExplain(PrintStream err) {
        Path dataDir = Path.of(setting("sourced.data-dir", "SOURCED_DATA_DIR", "data")).toAbsolutePath();
        // H2 2.4 refuses a file URL that is implicitly relative ("data/sourced"): the default ./data and any
        // relative SOURCED_DATA_DIR reach the JDBC URL as this absolute path instead
        System.setProperty("sourced.data-dir", dataDir.toString());
        String dbKind = setting("quarkus.datasource.db-kind", "SOURCED_DB_KIND", "h2");
        if (!dbKind.equals("h2")) {
            return true;
        }
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("sourced.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            held = channel.tryLock();
            if (held == null) {
                err.println("Sourced is already running on the data directory " + dataDir
                        + ": stop that instance first, or start this one with SOURCED_DATA_DIR set to another directory.");
                return false;
            }
            return true;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            err.println("Sourced cannot use the data directory " + dataDir + ": " + e.getMessage());
            return false;
        }
    }

    /** A system property, else the environment variable, else the default: the same precedence as Quarkus. */
    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}

package org.sourced.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A failure that is the server's own state, not the request's fault nor a bug: the database cannot be reached,
 * or the disk it writes to is full. Such a request is answered 503 with a sentence saying which (never a 500
 * with an incident), and the transaction it ran in was rolled back, so nothing of it is half-written. Read from
 * the exception's causes alone, so it is tested without a database (docs/faults.md).
 */
public enum Outage {
    DATABASE_DOWN,
    DISK_FULL;

    /** The outage behind this exception, if it is one. A full disk wins over the closed database it leads to. */
    public static Optional<Outage> of(Throwable e) {
        Outage found = null;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null && seen.size() < 50; t = t.getCause()) {
            if (diskFull(t)) {
                return Optional.of(DISK_FULL);
            }
            if (found == null && databaseDown(t)) {
                found = DATABASE_DOWN;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != t.getCause()) {
                Optional<Outage> next = of(sql.getNextException());
                if (next.isPresent() && (found == null || next.get() == DISK_FULL)) {
                    found = next.get();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean diskFull(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        if (t instanceof IOException && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
            return true;
        }
        // PostgreSQL's disk_full
        return t instanceof SQLException sql && "53100".equals(sql.getSQLState());
    }

    private static boolean databaseDown(Throwable t) {
        if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException) {
            return true; // H2's "The database has been closed", a driver's refused connection
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        // 08: connection exceptions (refused, broken); 57P01-57P03: PostgreSQL shutting down, crashed, starting up;
        // 53300: too many connections. Agroal's own "acquisition timeout" has no state: the pool waited in vain.
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300") || message.contains("acquisition timeout");
    }
}

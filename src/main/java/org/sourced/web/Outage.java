package org.sourced.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
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

    /**
     * The outage behind this exception, if it is one: its causes, suppressed exceptions (a failed commit's
     * reason is suppressed into the transaction manager's RollbackException) and chained SQL exceptions. A full
     * disk wins over the closed database it leads to.
     */
    public static Optional<Outage> of(Throwable e) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        todo.push(e);
        Outage found = null;
        while (!todo.isEmpty() && seen.size() < 200) {
            Throwable t = todo.pop();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (diskFull(t)) {
                return Optional.of(DISK_FULL);
            }
            if (databaseDown(t)) {
                found = DATABASE_DOWN;
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            for (Throwable s : t.getSuppressed()) {
                todo.push(s);
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.push(sql.getNextException());
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * What to tell the reader: an embedded database that cannot be opened while the disk under the data dir
     * has (almost) no room left is the full disk (H2 closes its file after a failed write, and a reopening
     * may then fail on the file lock, with no word of the disk).
     */
    public Outage given(long usableBytesInDataDir) {
        return this == DATABASE_DOWN && usableBytesInDataDir >= 0 && usableBytesInDataDir < LOW_SPACE ? DISK_FULL : this;
    }

    /** Less room than this under the data dir counts as a full disk (H2 writes chunks of a few hundred KB). */
    public static final long LOW_SPACE = 1 << 20;

    private static boolean diskFull(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        if (t instanceof IOException && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
            return true;
        }
        // PostgreSQL's disk_full
        return t instanceof SQLException sql && "53100".equals(sql.getSQLState());
    }

    private static boolean databaseDown(Throwable t) {
        if (t instanceof DatabaseGate.Refused || t instanceof CommitWitness.Unconfirmed
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException) {
            return true; // H2's "The database has been closed", a driver's refused connection, a commit H2 may have dropped
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        // 08: connection exceptions (refused, broken); 57P01-57P03: PostgreSQL shutting down, crashed, starting up;
        // 53300: too many connections. Agroal's "Acquisition timeout while waiting for new connection" has no state:
        // the pool waited in vain (for a database that refuses, or an H2 file being reopened).
        // H2 (by error code: a general error's SQLState is HY000): 90028 and 90031, an I/O error opening or using
        // the file; 90098 and 90121, closed; its MVStore failing to read or write the file, or closed after such a
        // failure (a general error, 50000, naming the MVStoreException)
        int code = sql.getErrorCode();
        if (code == 90028 || code == 90031 || code == 90098 || code == 90121
                || code == 50000 && message.contains("MVStoreException")
                        && (message.contains("Writing to") || message.contains("Reading from") || message.contains("store is closed"))) {
            return true;
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300") || message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}

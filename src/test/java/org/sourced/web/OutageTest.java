package org.sourced.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;

/** The causes seen in bench/faults: PostgreSQL stopped, restarted or killed, and H2 on a full disk. */
class OutageTest {

    /** As Hibernate wraps it (JDBCConnectionException is a RuntimeException around the driver's SQLException). */
    static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("JDBC exception executing SQL", new IllegalStateException("commit", cause));
    }

    @Test
    void aRefusedConnectionIsTheDatabaseDown() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001", new ConnectException("Connection refused"));
        assertThat(Outage.of(wrapped(refused))).contains(Outage.DATABASE_DOWN);
    }

    @Test
    void aConnectionBrokenByARestartIsTheDatabaseDown() {
        assertThat(Outage.of(wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006")))).contains(Outage.DATABASE_DOWN);
        assertThat(Outage.of(wrapped(new SQLException("terminating connection due to administrator command", "57P01")))).contains(Outage.DATABASE_DOWN);
        assertThat(Outage.of(wrapped(new SQLException("the database system is starting up", "57P03")))).contains(Outage.DATABASE_DOWN);
    }

    @Test
    void aPoolThatWaitedInVainIsTheDatabaseDown() {
        assertThat(Outage.of(wrapped(new SQLException("Sorry, acquisition timeout!")))).contains(Outage.DATABASE_DOWN);
        assertThat(Outage.of(wrapped(new SQLException("Acquisition timeout while waiting for new connection")))).contains(Outage.DATABASE_DOWN);
    }

    @Test
    void aWriteOnAFullDiskIsTheDiskFullEvenWhenH2ThenSaysItClosed() {
        IOException full = new IOException("No space left on device");
        SQLException closed = new SQLNonTransientConnectionException("The database has been closed [90098-240]", "90098",
                new IllegalStateException("Writing to FileChannel failed; length 8192 at 1179648", full));
        assertThat(Outage.of(wrapped(closed))).contains(Outage.DISK_FULL);
        assertThat(Outage.of(wrapped(new SQLException("could not extend file: No space left on device", "53100")))).contains(Outage.DISK_FULL);
    }

    @Test
    void aFullDiskInAChainedSqlExceptionCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        batch.setNextException(new SQLException("could not write to file", "53100"));
        assertThat(Outage.of(wrapped(batch))).contains(Outage.DISK_FULL);
    }

    @Test
    void aFailedCommitsReasonIsFoundWhereTheTransactionManagerSuppressedIt() {
        // Narayana's RollbackException has no cause: the XAException with the driver's error is suppressed into it
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("General error: Writing to FileChannel failed", "50000", new IOException("No space left on device")));
        rollback.addSuppressed(xa);
        assertThat(Outage.of(new RuntimeException("Error invoking subclass method", rollback))).contains(Outage.DISK_FULL);
    }

    @Test
    void aReplyWhoseStoreFailedUnderItIsAnOutage() {
        IOException full = new IOException("No space left on device");
        assertThat(Outage.of(new CommitWitness.Unconfirmed(new IllegalStateException("Writing to FileChannel failed", full))))
                .contains(Outage.DISK_FULL);
        assertThat(Outage.of(new CommitWitness.Unconfirmed(new IllegalStateException("the H2 store is closed"))))
                .contains(Outage.DATABASE_DOWN);
    }

    @Test
    void anUnopenableDatabaseOnANearlyFullDiskIsTheFullDisk() {
        assertThat(Outage.DATABASE_DOWN.given(4096)).isEqualTo(Outage.DISK_FULL);
        assertThat(Outage.DATABASE_DOWN.given(10L << 30)).isEqualTo(Outage.DATABASE_DOWN);
        assertThat(Outage.DATABASE_DOWN.given(-1)).isEqualTo(Outage.DATABASE_DOWN); // free space unknown
        assertThat(Outage.DISK_FULL.given(10L << 30)).isEqualTo(Outage.DISK_FULL);
    }

    @Test
    void h2sFileErrorsAreTheDatabaseDown() {
        assertThat(Outage.of(wrapped(new SQLException("IO Exception: \"/data/sourced.mv.db\" [90028-240]", "90028", 90028)))).contains(Outage.DATABASE_DOWN);
        assertThat(Outage.of(wrapped(new SQLException("General error: \"org.h2.mvstore.MVStoreException: Reading from file sun.nio.ch.FileChannelImpl@1 failed\" [50000-240]", "HY000", 50000))))
                .contains(Outage.DATABASE_DOWN);
        assertThat(Outage.of(wrapped(new SQLException("General error: \"org.h2.mvstore.MVStoreException: This store is closed [2.4.240/4]\" [50000-240]", "HY000", 50000))))
                .contains(Outage.DATABASE_DOWN);
        assertThat(Outage.of(wrapped(new SQLException("General error: \"java.lang.NullPointerException\" [50000-240]", "HY000", 50000)))).isEmpty();
    }

    @Test
    void bugsAndBadDataAreNoOutage() {
        assertThat(Outage.of(new NullPointerException())).isEmpty();
        assertThat(Outage.of(wrapped(new SQLException("duplicate key value violates unique constraint", "23505")))).isEmpty();
        assertThat(Outage.of(new IOException("Broken pipe"))).isEmpty();
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(Outage.of(a)).isEmpty();
    }
}

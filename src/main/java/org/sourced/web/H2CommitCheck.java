package org.sourced.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The {@link CommitWitness} of an embedded H2: each connection the pool hands out names its store, and a request that
 * used a store that failed before it answered is answered the outage's 503 instead of its own reply (a 200 or a 303
 * would acknowledge a commit H2 may have dropped), and a connection of such a store is handed back to the pool without
 * the COMMIT that would hang its thread. Nothing for PostgreSQL: its connections are not H2's.
 */
@ApplicationScoped
public class H2CommitCheck implements AgroalPoolInterceptor {

    private final CommitWitness<MVStore> witness = new CommitWitness<>(H2CommitCheck::failure);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public void onConnectionAcquire(Connection connection) {
        try {
            if (connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                    && session.getDatabase().getStore() != null) {
                MVStore store = session.getDatabase().getStore().getMvStore();
                witness.saw(store);
                if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                    transactions.registerInterposedSynchronization(new SkipResetOnFailedStore(session, store));
                }
            }
        } catch (SQLException | RuntimeException unreadable) {
            // a connection already broken: its own statements fail, and the request with them
        }
    }

    /**
     * When the transaction ends, the pool resets the connection's auto-commit, and H2 runs a COMMIT to switch it on.
     * On a store that closed after a failed write, that COMMIT never returns: it spins in
     * {@code MVStore.registerVersionUsage} waiting for a version the closed store never makes (seen in thread dumps
     * as a worker RUNNABLE there for minutes, its request unanswered; docs/faults.md). Turning the session's
     * auto-commit on directly, with nothing to commit on a dead store, lets the reset pass. Runs before the pool's
     * own end-of-transaction work (Quarkus orders Agroal's synchronizations last).
     */
    private record SkipResetOnFailedStore(SessionLocal session, MVStore store) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (failure(store) != null) {
                session.setAutoCommit(true);
            }
        }
    }

    /** A request starts on this worker: what an earlier one left unanswered (a stream) is not this one's. */
    @ServerRequestFilter
    public void begin() {
        witness.begin();
    }

    /** Before the reply goes out; the exception mappers answer what it throws (once: the witness forgot the stores). */
    @ServerResponseFilter
    public void confirm(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<Throwable> failed = witness.failed();
        if (failed.isPresent() && response.getStatus() < 400) {
            Log.warnf("%s %s would have answered %d, but the H2 store it wrote to failed before the reply: a 503 instead",
                    request.getMethod(), request.getUriInfo().getPath(), response.getStatus());
            throw new CommitWitness.Unconfirmed(failed.get());
        }
    }

    private static Throwable failure(MVStore store) {
        Throwable panic = store.getPanicException();
        if (panic != null) {
            return panic;
        }
        return store.isClosed() ? new IllegalStateException("the H2 store is closed") : null;
    }
}

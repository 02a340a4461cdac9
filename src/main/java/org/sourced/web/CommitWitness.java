package org.sourced.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether what a request wrote can be acknowledged: the stores its connections used, and whether any of them failed
 * by the time it answers. An embedded H2 store whose write to the file failed closes itself, and a commit that reaches
 * it while it closes returns as if it had succeeded without writing anything (docs/faults.md): such a request must be
 * answered as a failed one, never acknowledged. A store that is still sound after the commit returned has written it.
 * <p>
 * One request at a time per thread (a worker runs one request to its end). Plain Java: the stores and how to read
 * their failure are given, so the rule is tested without a database.
 *
 * @param <S> the store
 */
public final class CommitWitness<S> {

    private final Function<S, Throwable> failure;
    private final ThreadLocal<List<S>> seen = new ThreadLocal<>();

    /** @param failure the reason a store failed, or null while it is sound */
    public CommitWitness(Function<S, Throwable> failure) {
        this.failure = failure;
    }

    /** A request starts on this thread: forget the last one's stores. */
    public void begin() {
        seen.remove();
    }

    /** The request took a connection to this store. */
    public void saw(S store) {
        List<S> stores = seen.get();
        if (stores == null) {
            stores = new ArrayList<>(1);
            seen.set(stores);
        }
        for (S known : stores) {
            if (known == store) {
                return;
            }
        }
        stores.add(store);
    }

    /** The request is answering: why what it wrote may be lost, if a store it used has failed since; then forgotten. */
    public Optional<Throwable> failed() {
        List<S> stores = seen.get();
        seen.remove();
        if (stores == null) {
            return Optional.empty();
        }
        for (S store : stores) {
            Throwable why = failure.apply(store);
            if (why != null) {
                return Optional.of(why);
            }
        }
        return Optional.empty();
    }

    /** What a request whose store failed under it throws as it answers: an outage (503), never an acknowledgement. */
    public static final class Unconfirmed extends RuntimeException {
        public Unconfirmed(Throwable why) {
            super("the database's store failed before this request answered, so what it wrote may not be on disk", why);
        }
    }
}

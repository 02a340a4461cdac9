package org.sourced.live;

import java.time.Instant;

/**
 * The state machine of a live session, as a value: which state, which question ({@code n}, from 1; 0 in the lobby)
 * and which round (1, or 2 for the peer-instruction revote). Each host step returns the next phase or throws
 * {@link NotNow}; nothing here touches a database, so the rules are unit-tested alone.
 *
 * <pre>
 * lobby --next--> open(1,1) --close/timer--> closed(1,1) --reveal--> revealed(1) --next--> open(2,1) ... --next--> ended
 *                                   peer instruction: closed(n,1) --next--> open(n,2) --close--> closed(n,2) --reveal-->
 * any state but ended --end--> ended
 * </pre>
 */
public record Phase(LiveState state, int n, int round) {

    public static final Phase LOBBY = new Phase(LiveState.LOBBY, 0, 0);

    /** A host step that does not fit the current state (409), or any step after the end (410). */
    public static final class NotNow extends RuntimeException {
        /** Why, for the message in the reader's language. */
        public enum Why { STILL_OPEN, REVEAL_FIRST, NONE_OPEN, NONE_ASKED, REVEALED_ALREADY, OVER }

        private final Why why;
        private final int n;

        NotNow(String message, Why why, int n) {
            super(message);
            this.why = why;
            this.n = n;
        }

        public boolean over() {
            return why == Why.OVER;
        }

        public Why why() {
            return why;
        }

        public int n() {
            return n;
        }
    }

    /** The next question, the revote of this one, or the end after the last reveal. */
    public Phase next(int total, boolean peerInstruction) {
        return switch (state) {
            case LOBBY -> total > 0 ? new Phase(LiveState.OPEN, 1, 1) : new Phase(LiveState.ENDED, 0, 0);
            case OPEN -> throw new NotNow("Question " + n + " is still open: close it first.", NotNow.Why.STILL_OPEN, n);
            case CLOSED -> {
                if (peerInstruction && round == 1) {
                    yield new Phase(LiveState.OPEN, n, 2);
                }
                throw new NotNow("Question " + n + " is closed: reveal it before the next one.", NotNow.Why.REVEAL_FIRST, n);
            }
            case REVEALED -> n < total ? new Phase(LiveState.OPEN, n + 1, 1) : new Phase(LiveState.ENDED, n, round);
            case ENDED -> throw over();
        };
    }

    public Phase close() {
        return switch (state) {
            case OPEN -> new Phase(LiveState.CLOSED, n, round);
            case ENDED -> throw over();
            default -> throw new NotNow("No question is open.", NotNow.Why.NONE_OPEN, n);
        };
    }

    /** Reveals the key; an open question is closed on the way. */
    public Phase reveal() {
        return switch (state) {
            case OPEN, CLOSED -> new Phase(LiveState.REVEALED, n, round);
            case ENDED -> throw over();
            default -> throw state == LiveState.LOBBY ? new NotNow("No question has been asked yet.", NotNow.Why.NONE_ASKED, n)
                    : new NotNow("Question " + n + " is revealed already.", NotNow.Why.REVEALED_ALREADY, n);
        };
    }

    public Phase end() {
        if (state == LiveState.ENDED) {
            throw over();
        }
        return new Phase(LiveState.ENDED, n, round);
    }

    /**
     * The phase as it stands at {@code now}: an open question whose countdown has run out for every player
     * ({@code closesAt}, the longest extra time included) is closed, even before any host step says so.
     */
    public Phase at(Instant now, Instant closesAt) {
        if (state == LiveState.OPEN && closesAt != null && now.isAfter(closesAt)) {
            return new Phase(LiveState.CLOSED, n, round);
        }
        return this;
    }

    private static NotNow over() {
        return new NotNow("This live session is over.", NotNow.Why.OVER, 0);
    }
}

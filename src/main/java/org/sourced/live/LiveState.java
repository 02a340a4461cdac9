package org.sourced.live;

/** Where a live session stands; the JSON {@code state} is {@link #key()}. */
public enum LiveState {
    /** Players join; no question yet. */
    LOBBY("lobby"),
    /** A question (or its peer-instruction revote) takes answers until its countdown ends. */
    OPEN("open"),
    /** Answers are in; the key is still hidden. */
    CLOSED("closed"),
    /** The key, the distribution, the evidence and the leaderboard are shown. */
    REVEALED("revealed"),
    /** Over: no more joins or answers; the results stay. */
    ENDED("ended");

    private final String key;

    LiveState(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static LiveState of(String key) {
        for (LiveState s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no live state " + key);
    }
}

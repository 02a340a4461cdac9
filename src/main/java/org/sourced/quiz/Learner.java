package org.sourced.quiz;

/**
 * Who is taking a quiz: a signed-in account ({@code account:<id>}) or an anonymous browser
 * ({@code anon:<random id>} from a session cookie). Attempts and review boxes belong to the owner key.
 */
public record Learner(String ownerKey, Long accountId, String name) {

    public static Learner account(long accountId, String name) {
        return new Learner("account:" + accountId, accountId, name);
    }

    public static Learner anonymous(String browserId) {
        return new Learner("anon:" + browserId, null, null);
    }

    public boolean isSignedIn() {
        return accountId != null;
    }
}

package org.sourced.quiz;

/**
 * Who starts an attempt, as the limits see it: the learner's lasting key ({@code anon:<cookie>} or
 * {@code account:<id>}; null for a client that keeps no cookie) and the client's address.
 */
public record Client(String learnerKey, String address) {
}

package org.sourced.quiz;

/** The body of {@code POST /api/attempts}: what a script asks for; {@link AttemptStarts} turns it into a {@link StartRequest}. */
public record StartJson(String pack, Long assignment, String objective, String set, Integer length, String mode,
                        Integer timeLimitMinutes, Boolean partialCredit, Boolean negativeMarking, Boolean certainty,
                        String nickname) {
}

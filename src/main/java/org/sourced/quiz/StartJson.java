package org.sourced.quiz;

/**
 * The body of {@code POST /api/attempts}: what a script asks for; {@link AttemptStarts} turns it into a {@link StartRequest}.
 *
 * @param language one of the pack's languages ({@code GET /api/packs}) to take it in; the pack's own when absent or not offered
 */
public record StartJson(String pack, Long assignment, String objective, String set, Integer length, String mode,
                        Integer timeLimitMinutes, Boolean partialCredit, Boolean negativeMarking, Boolean certainty,
                        String nickname, String language) {
}

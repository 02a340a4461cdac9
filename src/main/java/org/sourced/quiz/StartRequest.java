package org.sourced.quiz;

import java.util.List;

/**
 * What a student (or a script, or an assignment) asks for when starting a quiz.
 *
 * @param scope      all, objective:&lt;id&gt; or set:&lt;id&gt;
 * @param questions  an explicit list of question ids (practise what I missed, due reviews), or null
 * @param length     how many questions; 0 for all
 * @param timeLimitMinutes exam time limit, or null for none
 * @param partialCredit, negativeMarking, certainty  scoring options; null takes the pack's default
 */
public record StartRequest(String packId, String scope, List<String> questions, int length, String mode,
                           Integer timeLimitMinutes, Boolean partialCredit, Boolean negativeMarking, Boolean certainty,
                           String nickname, Long assignmentId) {
}

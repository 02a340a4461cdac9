package org.sourced.classes;

import java.time.Instant;
import java.util.List;

/**
 * A class's live session that ended, as the class keeps it: an assignment that asked exactly these questions, open
 * while the session ran. Its students' answers come as attempts ({@code quiz.PlayedAttempt}).
 *
 * @param questionIds the questions asked, in the order they were asked
 */
public record PlayedSession(long classroomId, long packVersionId, String packId, String title, List<String> questionIds,
                            boolean partialCredit, boolean negativeMarking, boolean certainty, Instant started, Instant ended) {
}

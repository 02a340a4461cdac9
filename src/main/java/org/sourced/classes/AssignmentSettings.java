package org.sourced.classes;

import java.time.Instant;

import org.sourced.quiz.Attempt;
import org.sourced.quiz.AttemptService;
import org.sourced.web.UserError;

/**
 * What a teacher asks for when assigning a quiz, from the form or the API, before it is checked.
 * Null means "not given": the defaults are the whole pack, all its questions, no time limit, always
 * open, refuse late work, unlimited attempts, the best score counts, the pack's scoring switches.
 */
public record AssignmentSettings(String pack, String title, String objective, Integer length, String mode,
                                 Integer timeLimitMinutes, Instant opens, Instant closes, Integer attemptsAllowed,
                                 String scoreCounts, String late, Boolean partialCredit, Boolean negativeMarking,
                                 Boolean certainty) {

    public static final int MAX_ATTEMPTS = 100;
    public static final int MAX_LENGTH = 500;

    /** Checks what can be checked without the pack; throws a 422 naming the field. */
    public void check() {
        if (pack == null || pack.isBlank()) {
            throw new InvalidField("what", "Choose the pack to assign.");
        }
        if (title != null && title.length() > 300) {
            throw new InvalidField("title", "A title has at most 300 characters.");
        }
        if (mode == null || !(mode.equals(Attempt.PRACTICE) || mode.equals(Attempt.EXAM))) {
            throw new InvalidField("mode", "The mode is 'practice' (feedback after each answer) or 'exam' (feedback after submitting).");
        }
        if (length != null && (length < 0 || length > MAX_LENGTH)) {
            throw new InvalidField("length", "The number of questions is between 0 (all of them) and " + MAX_LENGTH + ".");
        }
        if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > AttemptService.MAX_TIME_LIMIT_MINUTES)) {
            throw new InvalidField("timeLimitMinutes", "A time limit is between 1 and " + AttemptService.MAX_TIME_LIMIT_MINUTES + " minutes.");
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            throw new InvalidField("closes", "The assignment must close after it opens.");
        }
        if (attemptsAllowed != null && (attemptsAllowed < 1 || attemptsAllowed > MAX_ATTEMPTS)) {
            throw new InvalidField("attemptsAllowed", "Attempts allowed is between 1 and " + MAX_ATTEMPTS + " (leave it empty for no limit).");
        }
        try {
            ScoreCounts.parse(scoreCounts);
        } catch (UserError e) {
            throw new InvalidField("scoreCounts", e.getMessage());
        }
        try {
            LatePolicy.parse(late);
        } catch (UserError e) {
            throw new InvalidField("late", e.getMessage());
        }
    }
}

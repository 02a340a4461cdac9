package org.sourced.classes;

import java.time.Instant;

import org.sourced.quiz.Attempt;
import org.sourced.quiz.AttemptService;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

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
            throw new InvalidField("what", UiText.cls(t -> t.errChoosePack()));
        }
        if (title != null && title.length() > 300) {
            throw new InvalidField("title", UiText.cls(t -> t.errAssignTitleLong()));
        }
        if (mode == null || !(mode.equals(Attempt.PRACTICE) || mode.equals(Attempt.EXAM))) {
            throw new InvalidField("mode", UiText.cls(t -> t.errAssignMode()));
        }
        if (length != null && (length < 0 || length > MAX_LENGTH)) {
            throw new InvalidField("length", UiText.cls(t -> t.errAssignLength(MAX_LENGTH)));
        }
        if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > AttemptService.MAX_TIME_LIMIT_MINUTES)) {
            throw new InvalidField("timeLimitMinutes", UiText.msg(m -> m.errTimeLimit(AttemptService.MAX_TIME_LIMIT_MINUTES)));
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            throw new InvalidField("closes", UiText.cls(t -> t.errClosesBeforeOpens()));
        }
        if (attemptsAllowed != null && (attemptsAllowed < 1 || attemptsAllowed > MAX_ATTEMPTS)) {
            throw new InvalidField("attemptsAllowed", UiText.cls(t -> t.errAttemptsAllowed(MAX_ATTEMPTS)));
        }
        try {
            ScoreCounts.parse(scoreCounts);
        } catch (UserError e) {
            throw new InvalidField("scoreCounts", e.text());
        }
        try {
            LatePolicy.parse(late);
        } catch (UserError e) {
            throw new InvalidField("late", e.text());
        }
    }
}

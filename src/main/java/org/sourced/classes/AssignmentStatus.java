package org.sourced.classes;

import java.time.Instant;
import java.util.List;

import org.sourced.quiz.Attempt;

/**
 * Where a student stands on an assignment, for "My assignments": one of not started, in progress,
 * submitted, late or closed, whether they may start an attempt now (and if not, why), and the score that
 * counts so far. When a start is not possible, one of notYetOpen, closedToAttempts or noAttemptsLeft says why.
 *
 * <ul>
 *   <li><b>in progress</b>: an attempt is not submitted yet (even past its time limit: it still needs submitting);</li>
 *   <li><b>submitted</b> / <b>late</b>: the latest submitted attempt was on time / after closing;</li>
 *   <li><b>closed</b>: nothing submitted and the assignment closed, refusing late work;</li>
 *   <li><b>late</b> also: nothing submitted, closed, but late work is accepted;</li>
 *   <li><b>not started</b>: otherwise (including before it opens).</li>
 * </ul>
 */
public record AssignmentStatus(String status, boolean canStart, boolean notYetOpen, boolean closedToAttempts, boolean noAttemptsLeft,
                               Attempt open, Attempt lastSubmitted, int used, Double score) {

    public static final String NOT_STARTED = "not started";
    public static final String IN_PROGRESS = "in progress";
    public static final String SUBMITTED = "submitted";
    public static final String LATE = "late";
    public static final String CLOSED = "closed";

    /** @param mine the student's attempts on this assignment, oldest first */
    public static AssignmentStatus of(Assignment s, List<Attempt> mine, Instant now) {
        Attempt open = null;
        Attempt lastSubmitted = null;
        List<Double> percents = new java.util.ArrayList<>();
        for (Attempt a : mine) {
            if (a.isSubmitted()) {
                if (lastSubmitted == null || a.submittedAt.isAfter(lastSubmitted.submittedAt)) {
                    lastSubmitted = a;
                }
            } else {
                open = a;
            }
        }
        mine.stream().filter(Attempt::isSubmitted).sorted(java.util.Comparator.comparing(a -> a.submittedAt))
                .forEach(a -> percents.add(a.maxScore != null && a.maxScore > 0 ? 100.0 * a.score / a.maxScore : 0.0));
        Double score = s.counts().pick(percents);

        boolean notYet = s.opensAt != null && now.isBefore(s.opensAt);
        boolean closed = s.closesAt != null && !now.isBefore(s.closesAt);
        boolean refuses = closed && s.late() == LatePolicy.REFUSE;
        boolean noneLeft = s.attemptsAllowed != null && mine.size() >= s.attemptsAllowed;

        String status;
        if (open != null) {
            status = IN_PROGRESS;
        } else if (lastSubmitted != null) {
            status = lastSubmitted.late || s.isLate(lastSubmitted.submittedAt) ? LATE : SUBMITTED;
        } else if (closed) {
            status = refuses ? CLOSED : LATE;
        } else {
            status = NOT_STARTED;
        }
        boolean canStart = open == null && !notYet && !refuses && !noneLeft;
        return new AssignmentStatus(status, canStart, notYet, refuses, noneLeft, open, lastSubmitted, mine.size(), score);
    }
}

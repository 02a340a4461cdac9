package org.sourced.classes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.packs.PackVersion;
import org.sourced.quiz.AssignmentStarter;
import org.sourced.quiz.Attempt;
import org.sourced.quiz.AttemptService;
import org.sourced.quiz.Learner;
import org.sourced.quiz.StartRequest;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * Starts attempts on assignments: only for an active student of the class, only while the assignment is
 * open (or late where it takes late work), and no more than it allows. The attempt runs on the pinned pack
 * version with the assignment's settings; everything after the start is the ordinary attempt machine.
 */
@ApplicationScoped
public class AssignmentAttempts implements AssignmentStarter {

    static final UiText NOT_YOURS = UiText.cls(t -> t.errNotYourAssignment());

    @Inject
    AttemptService attempts;

    Clock clock = Clock.systemUTC();

    @Override
    @Transactional
    public AttemptService.Started start(long assignmentId, long accountId, String name) {
        Assignment s = Assignment.<Assignment>findByIdOptional(assignmentId).orElseThrow(() -> UserError.notFound(NOT_YOURS));
        // locks the student's enrolment row, so two starts racing for the last allowed attempt take turns
        Enrollment.activeLocked(s.classroomId, accountId).orElseThrow(() -> UserError.notFound(NOT_YOURS));
        Classroom c = Classroom.findById(s.classroomId);
        if (c.isArchived()) {
            throw new UserError(410, UiText.cls(t -> t.errArchivedTitle()), UiText.cls(t -> t.errArchivedClosed(c.name)));
        }
        Instant now = clock.instant();
        boolean late = refuseOrLate(s, now);
        if (s.attemptsAllowed != null) {
            long used = countOf(assignmentId, accountId);
            if (used >= s.attemptsAllowed) {
                int allowed = s.attemptsAllowed;
                throw new UserError(403, "No attempts left", UiText.cls(t -> t.errNoAttemptsLeft(allowed)));
            }
        }
        PackVersion version = PackVersion.findById(s.packVersionId);
        StartRequest request = new StartRequest(s.packId, s.scope(), null, s.questionCount, s.mode, s.timeLimitMinutes,
                s.partialCredit, s.negativeMarking, s.certainty, null, s.id);
        AttemptService.Started started = attempts.start(request, Learner.account(accountId, name), version);
        Attempt a = started.attempt(); // still managed: these changes go out with the insert's transaction
        a.late = late;
        if (s.late() == LatePolicy.REFUSE && s.closesAt != null && (a.deadline == null || a.deadline.isAfter(s.closesAt))) {
            a.deadline = s.closesAt; // answers after closing are refused like answers after a time limit
        }
        return started;
    }

    /** Throws when the assignment is not open at {@code now}; returns whether a start now is late. */
    static boolean refuseOrLate(Assignment s, Instant now) {
        if (s.opensAt != null && now.isBefore(s.opensAt)) {
            throw new UserError(403, "Not open yet", UiText.cls(t -> t.errNotOpenYet(String.valueOf(s.opensAt))));
        }
        boolean afterClose = s.closesAt != null && !now.isBefore(s.closesAt);
        if (afterClose && s.late() == LatePolicy.REFUSE) {
            throw new UserError(403, "Closed", UiText.cls(t -> t.errClosed(String.valueOf(s.closesAt))));
        }
        return afterClose;
    }

    /** Every attempt (any status) a student made on an assignment. */
    public static long countOf(long assignmentId, long accountId) {
        return Attempt.count("assignmentId = ?1 and accountId = ?2", assignmentId, accountId);
    }

    /** A student's attempts on some assignments, oldest first. */
    public static List<Attempt> of(long accountId, List<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return Attempt.list("accountId = ?1 and assignmentId in ?2 order by startedAt, id", accountId, assignmentIds);
    }
}

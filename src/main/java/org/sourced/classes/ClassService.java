package org.sourced.classes;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.quiz.Access;
import org.sourced.quiz.Attempt;
import org.sourced.quiz.AttemptService;
import org.sourced.quiz.Learner;

import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * Classes, students and assignments. Every teacher-facing method checks ownership here: another
 * teacher's class or assignment is "not found" (404), exactly like one that does not exist, so ids do not
 * reveal what exists. The admin sees every class.
 */
@ApplicationScoped
public class ClassService {

    static final UiText NO_CLASS = UiText.cls(t -> t.errNoClass());
    static final UiText NO_ASSIGNMENT = UiText.cls(t -> t.errNoAssignment());

    @Inject
    JoinCodeGuard joinCodeGuard;
    @Inject
    AccountService accounts;
    @Inject
    PackCatalog catalog;
    @Inject
    StatisticsStore statistics;
    @Inject
    AttemptService attempts;

    Clock clock = Clock.systemUTC();

    /** A student who joined, and the API token that now acts for them (shown once). */
    public record Joined(Classroom classroom, Account student, String token) {
    }

    @Transactional
    public Classroom create(Caller teacher, String name, boolean nicknameOnly) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new InvalidField("name", UiText.cls(t -> t.errClassName()));
        }
        Classroom c = new Classroom();
        c.teacherId = teacher.accountId();
        c.name = clean;
        c.nicknameOnly = nicknameOnly;
        c.joinCode = freshCode();
        c.createdAt = clock.instant();
        c.persist();
        return c;
    }

    /** The class if the caller may see it, else 404. */
    @Transactional
    public Classroom classFor(Caller caller, long classId) {
        return Classroom.<Classroom>findByIdOptional(classId).filter(caller::owns)
                .orElseThrow(() -> UserError.notFound(NO_CLASS));
    }

    /** The assignment if the caller may see its class, else 404. */
    @Transactional
    public Assignment assignmentFor(Caller caller, long assignmentId) {
        Assignment s = Assignment.<Assignment>findByIdOptional(assignmentId)
                .orElseThrow(() -> UserError.notFound(NO_ASSIGNMENT));
        Classroom c = Classroom.findById(s.classroomId);
        if (!caller.owns(c)) {
            throw UserError.notFound(NO_ASSIGNMENT);
        }
        return s;
    }

    @Transactional
    public List<Classroom> classesOf(Caller caller) {
        return caller.admin() ? Classroom.everyClass() : Classroom.ofTeacher(caller.accountId());
    }

    /** A new code; the old one stops working at once. */
    @Transactional
    public String rotateCode(Caller caller, long classId) {
        Classroom c = classFor(caller, classId);
        c.joinCode = freshCode();
        return c.joinCode;
    }

    @Transactional
    public void archive(Caller caller, long classId) {
        Classroom c = classFor(caller, classId);
        if (c.archivedAt == null) {
            c.archivedAt = clock.instant();
        }
    }

    @Transactional
    public void removeStudent(Caller caller, long classId, long accountId) {
        classFor(caller, classId);
        Enrollment e = Enrollment.of(classId, accountId).filter(Enrollment::isActive)
                .orElseThrow(() -> UserError.notFound(UiText.cls(t -> t.errNotInClass())));
        e.removedAt = clock.instant();
        Enrollment.flush();
        // their open attempts on this class's work are submitted as they stand (docs/classes.md): nothing answered is
        // lost, and the attempt's token takes no more answers
        List<Attempt> open = Attempt.list("accountId = ?1 and status = ?2 and assignmentId in "
                + "(select s.id from Assignment s where s.classroomId = ?3)", accountId, Attempt.IN_PROGRESS, classId);
        for (Attempt a : open) {
            attempts.submit(a.publicId, Access.link(Learner.account(accountId, "")));
        }
        for (Assignment s : Assignment.ofClass(classId)) {
            statistics.rebuild(s); // their attempts leave the statistics
        }
    }

    /** The class a join code opens: 404 for an unknown (or rotated) code, 410 for an archived class. */
    @Transactional
    public Classroom openClassByCode(String code) {
        joinCodeGuard.checkAllowed();
        Classroom c = Classroom.byCode(JoinCodes.normalise(code))
                .orElseThrow(() -> joinCodeGuard.wrongCode(UserError.notFound(UiText.cls(t -> t.errWrongCode(code)))));
        if (c.isArchived()) {
            throw new UserError(410, UiText.cls(t -> t.errArchivedTitle()), UiText.cls(t -> t.errArchivedJoin(c.name)));
        }
        return c;
    }

    /**
     * The API join. A signed-in account joins as itself; otherwise a nickname-only class makes a
     * nickname student. Either way the reply carries a new API token for the student.
     */
    @Transactional
    public Joined join(String code, String nickname, Optional<Long> signedIn) {
        Classroom c = openClassByCode(code);
        Account student;
        if (signedIn.isPresent()) {
            student = Account.findById(signedIn.get());
        } else if (c.nicknameOnly) {
            student = nicknameStudent(c, nickname);
        } else {
            throw new UserError(401, "Sign in", "The class '" + c.name + "' needs an account: send your credentials (HTTP Basic or "
                    + "'Authorization: Bearer sp_...'), or register with the code at /join/" + c.joinCode + ".");
        }
        enroll(c, student);
        String token = accounts.newToken(student.id, ("Class " + c.name).substring(0, Math.min(100, 6 + c.name.length())));
        return new Joined(c, student, token);
    }

    /** The page join of a signed-in account. */
    @Transactional
    public Classroom joinAs(String code, long accountId) {
        Classroom c = openClassByCode(code);
        enroll(c, Account.findById(accountId));
        return c;
    }

    /** The page join of a nickname-only class: a new nickname student, who is then signed in. */
    @Transactional
    public Account joinWithNickname(String code, String nickname) {
        Classroom c = openClassByCode(code);
        if (!c.nicknameOnly) {
            throw UserError.unprocessable(UiText.cls(t -> t.errNeedsAccount()));
        }
        Account student = nicknameStudent(c, nickname);
        enroll(c, student);
        return student;
    }

    /** "Register with the code": a new student account, in the class. */
    @Transactional
    public Account register(String code, String email, String name, String password) {
        Classroom c = openClassByCode(code);
        Account student = accounts.create(email, name, password, Role.STUDENT);
        enroll(c, student);
        return student;
    }

    private Account nicknameStudent(Classroom c, String nickname) {
        String clean = nickname == null ? "" : nickname.strip();
        if (clean.isEmpty()) {
            throw new InvalidField("nickname", UiText.cls(t -> t.errNicknameNeeded()));
        }
        boolean taken = Enrollment.membersOf(c.id).stream().anyMatch(m -> m.name().toLowerCase(Locale.ROOT).equals(clean.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new InvalidField(409, "nickname", UiText.cls(t -> t.errNicknameTaken(clean)));
        }
        return accounts.createNicknameStudent(clean);
    }

    private void enroll(Classroom c, Account student) {
        if (student.disabled) {
            throw UserError.forbidden(UiText.msg(m -> m.errAccountDisabled()));
        }
        if (student.id.equals(c.teacherId)) {
            throw UserError.unprocessable(UiText.cls(t -> t.errOwnClass()));
        }
        Optional<Enrollment> existing = Enrollment.of(c.id, student.id);
        if (existing.isPresent()) {
            if (!existing.get().isActive()) {
                throw UserError.forbidden(UiText.cls(t -> t.errRemoved(c.name)));
            }
            return; // joining twice changes nothing
        }
        Enrollment e = new Enrollment();
        e.classroomId = c.id;
        e.accountId = student.id;
        e.joinedAt = clock.instant();
        e.persist();
    }

    /** Assigns a quiz, pinned to the pack's current published version. */
    @Transactional
    public Assignment assign(Caller caller, long classId, AssignmentSettings settings) {
        Classroom c = classFor(caller, classId);
        if (c.isArchived()) {
            throw UserError.unprocessable(UiText.cls(t -> t.errArchivedAssign(c.name)));
        }
        settings.check();
        PackVersion version = catalog.current(settings.pack().strip())
                .orElseThrow(() -> new InvalidField("what", UiText.msg(m -> m.errNoPublishedPack(settings.pack()))));
        PackContent pack = catalog.content(version);
        String objective = settings.objective() == null || settings.objective().isBlank() ? null : settings.objective().strip();
        if (objective != null && pack.manifest().objective(objective).isEmpty()) {
            throw new InvalidField("what", UiText.cls(t -> t.errPackNoObjective(pack.id(), objective)));
        }
        long pool = pack.questions().stream().filter(q -> objective == null || objective.equals(q.objective())).count();
        if (pool == 0) {
            throw new InvalidField("what", UiText.cls(t -> t.errObjectiveEmpty()));
        }
        var policy = pack.manifest().scoring();
        Assignment s = new Assignment();
        s.classroomId = c.id;
        s.packVersionId = version.id;
        s.packId = pack.id();
        s.title = settings.title() != null && !settings.title().isBlank() ? settings.title().strip()
                : objective == null ? version.title : version.title + ": " + pack.manifest().objective(objective).get().title();
        if (s.title.length() > 300) {
            s.title = s.title.substring(0, 300);
        }
        s.objective = objective;
        s.questionCount = settings.length() == null ? 0 : settings.length();
        s.mode = settings.mode();
        s.timeLimitMinutes = settings.timeLimitMinutes();
        s.opensAt = settings.opens();
        s.closesAt = settings.closes();
        s.latePolicy = LatePolicy.parse(settings.late()).key();
        s.attemptsAllowed = settings.attemptsAllowed();
        s.scoreCounts = ScoreCounts.parse(settings.scoreCounts()).key();
        s.partialCredit = settings.partialCredit() != null ? settings.partialCredit() : policy.partialCredit();
        s.negativeMarking = settings.negativeMarking() != null ? settings.negativeMarking() : policy.negativeMarking();
        s.certainty = settings.certainty() != null ? settings.certainty() : policy.certainty();
        s.createdAt = clock.instant();
        s.persistAndFlush();
        statistics.create(s);
        return s;
    }

    /**
     * Keeps a class's ended live session as an assignment (mode {@code live}): closed from the moment the session
     * ended, one attempt each, so it starts nothing; its statistics rows are made empty, to be filled as each
     * player's attempt is submitted.
     */
    @Transactional
    public Assignment recordLiveSession(PlayedSession played) {
        Assignment s = new Assignment();
        s.classroomId = played.classroomId();
        s.packVersionId = played.packVersionId();
        s.packId = played.packId();
        s.title = played.title().length() > 300 ? played.title().substring(0, 300) : played.title();
        s.questionIds = String.join(" ", played.questionIds());
        s.questionCount = played.questionIds().size();
        s.mode = Assignment.LIVE;
        s.opensAt = played.started();
        s.closesAt = played.ended();
        s.latePolicy = LatePolicy.REFUSE.key();
        s.attemptsAllowed = 1;
        s.scoreCounts = ScoreCounts.BEST.key();
        s.partialCredit = played.partialCredit();
        s.negativeMarking = played.negativeMarking();
        s.certainty = played.certainty();
        s.createdAt = played.ended();
        s.persistAndFlush();
        statistics.create(s);
        return s;
    }

    /** The questions an assignment can ask, in pack order: its objective's, or the whole pack's. */
    public List<Question> questionsOf(Assignment s) {
        return s.questionsIn(contentOf(s));
    }

    public PackContent contentOf(Assignment s) {
        return catalog.publishedContent(s.packVersionId).orElseThrow();
    }

    /** Nickname students have no password and a placeholder email. */
    public static boolean isNickname(Account a) {
        return a.passwordHash == null && a.email.endsWith("@students.invalid");
    }

    private static String freshCode() {
        String code = JoinCodes.generate();
        while (Classroom.codeTaken(code)) { // 59 bits: a clash is all but impossible, but cheap to rule out
            code = JoinCodes.generate();
        }
        return code;
    }
}

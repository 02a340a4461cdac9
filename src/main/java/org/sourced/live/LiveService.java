package org.sourced.live;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.hibernate.exception.ConstraintViolationException;
import org.sourced.accounts.Account;
import org.sourced.classes.Caller;
import org.sourced.classes.ClassService;
import org.sourced.classes.Classroom;
import org.sourced.classes.Enrollment;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.quiz.AttemptService;
import org.sourced.accounts.Tokens;
import org.sourced.quiz.draw.Draw;
import org.sourced.scoring.Answer;
import org.sourced.scoring.ItemScore;
import org.sourced.scoring.Scoring;
import org.sourced.scoring.ScoringRules;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * Runs live sessions: starting one, joining, the host's steps and the players' answers. Each method is one short
 * transaction; after a host step it tells the {@link LiveHub}, which pushes the new events to this instance's
 * listeners at once (other instances see the raised version on their next poll). Knows nothing of HTTP.
 */
@ApplicationScoped
public class LiveService {

    public static final String TOKEN_PREFIX = "lv_";
    static final int MIN_SECONDS = 5;
    static final int MAX_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    PackCatalog catalog;
    @Inject
    ClassService classes;
    @Inject
    LiveHub hub;
    @Inject
    LiveConfig config;
    @Inject
    LiveResults results;
    @Inject
    LiveEvents events;

    Clock clock = Clock.systemUTC();

    private final Map<Long, SessionFacts> facts = new ConcurrentHashMap<>();

    /** For tests that play a countdown out without waiting for it. */
    void useClock(Clock clock) {
        this.clock = clock;
        hub.useClock(clock);
    }

    /** The teacher (or admin) who hosts. */
    public record Host(long accountId, boolean admin) {
    }

    public record Settings(String pack, String objective, String set, Integer length, Integer seconds, Boolean speedPoints,
                           Boolean peerInstruction, Long classId) {
    }

    public record Joined(LivePlayer player, String token, LiveSession session) {
    }

    public record Step(int n, String state) {
    }

    public enum Action {
        NEXT, CLOSE, REVEAL, END;

        /** The step named in a URL ({@code next}, {@code close}, {@code reveal}, {@code end}); any other is a 404. */
        public static Action of(String step) {
            for (Action a : values()) {
                if (a.name().equalsIgnoreCase(step)) {
                    return a;
                }
            }
            String shown = String.valueOf(step);
            throw UserError.notFound(UiText.live(m -> m.errNoStep(shown)));
        }
    }

    // ---- Start and join ---------------------------------------------------------------------------------

    public LiveSession create(Host host, Settings s) {
        return QuarkusTransaction.requiringNew().call(() -> createInTx(host, s));
    }

    private LiveSession createInTx(Host host, Settings s) {
        if (s.pack() == null || s.pack().isBlank()) {
            throw UserError.unprocessable(UiText.live(m -> m.errLiveNoPack("")));
        }
        PackVersion version = catalog.current(s.pack()).orElseThrow(() -> UserError.unprocessable(UiText.live(m -> m.errLiveNoPack(s.pack()))));
        PackContent pack = catalog.content(version);
        if (blank(s.objective()) == null && blank(s.set()) == null) {
            // the whole pack
        } else if (blank(s.objective()) != null && blank(s.set()) != null) {
            throw UserError.unprocessable(UiText.live(m -> m.errScopeBoth()));
        }
        String scope = blank(s.objective()) != null ? "objective:" + s.objective().strip()
                : blank(s.set()) != null ? "set:" + s.set().strip() : "all";
        int seconds = s.seconds() == null ? config.defaultSeconds() : s.seconds();
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw UserError.unprocessable(UiText.live(m -> m.errSeconds(MIN_SECONDS, MAX_SECONDS)));
        }
        int length = s.length() == null ? 0 : s.length();
        if (length < 0) {
            throw UserError.unprocessable(UiText.live(m -> m.errLength()));
        }
        List<String> pool = AttemptService.questionPool(pack, scope).stream()
                .filter(id -> pack.question(id).map(LiveService::askable).orElse(false)).toList();
        if (pool.isEmpty()) {
            throw UserError.unprocessable(UiText.live(m -> m.errLiveNoQuestions()));
        }
        Long classId = s.classId();
        if (classId != null) {
            Classroom c = classes.classFor(new Caller(host.accountId(), host.admin()), classId);
            if (c.isArchived()) {
                throw UserError.unprocessable(UiText.live(m -> m.errArchived()));
            }
        }
        var policy = pack.manifest().scoring();
        LiveSession l = new LiveSession();
        l.pin = freePin();
        l.activePin = l.pin;
        l.hostId = host.accountId();
        l.classroomId = classId;
        l.packVersionId = version.id;
        l.packId = version.packId;
        l.title = version.title;
        l.scope = scope;
        l.questionIds = String.join(" ", Draw.questions(Tokens.seed(), pool, length));
        l.seconds = seconds;
        l.speedPoints = !Boolean.FALSE.equals(s.speedPoints());
        l.peerInstruction = Boolean.TRUE.equals(s.peerInstruction());
        l.partialCredit = policy.partialCredit();
        l.negativeMarking = policy.negativeMarking();
        l.certainty = policy.certainty();
        l.state = LiveState.LOBBY.key();
        l.questionNo = 0;
        l.round = 0;
        l.version = 1;
        l.createdAt = clock.instant();
        l.persist();
        return l;
    }

    /** Ordering questions need dragging or numbering on a phone within seconds: a live session leaves them out. */
    static boolean askable(Question q) {
        return q.type() != QuestionType.ORDERING;
    }

    private static String freePin() {
        for (int i = 0; i < 50; i++) {
            String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (LiveSession.byActivePin(pin).isEmpty()) {
                return pin;
            }
        }
        throw new IllegalStateException("no free live PIN after 50 tries");
    }

    /**
     * Joins by PIN: with a nickname, or (a class's session) as the signed-in student. A student who joins again gets
     * a new token for the same player, so a lost phone can be replaced.
     */
    public Joined join(String pin, String nickname, Optional<Long> accountId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> joinInTx(pin, nickname, accountId));
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                String shown = Nicknames.clean(nickname).orElse(String.valueOf(nickname));
                throw UserError.conflict(UiText.live(m -> m.errLiveNicknameTaken(shown)));
            }
            throw e;
        }
    }

    private Joined joinInTx(String rawPin, String nickname, Optional<Long> accountId) {
        String pin = rawPin == null ? "" : rawPin.replaceAll("\\s", "");
        if (!pin.matches("\\d{6}")) {
            throw UserError.unprocessable(UiText.live(m -> m.errPinShape()));
        }
        LiveSession s = sessionByPin(pin);
        String cleaned;
        Long account = null;
        if (s.classroomId != null) {
            if (accountId.isEmpty()) {
                throw UserError.forbidden(UiText.live(m -> m.errClassOnly()));
            }
            account = accountId.get();
            if (!Enrollment.isActiveMember(s.classroomId, account)) {
                throw UserError.forbidden(UiText.live(m -> m.errLiveNotInClass()));
            }
            Optional<LivePlayer> again = LivePlayer.byAccount(s.id, account);
            if (again.isPresent()) {
                LivePlayer p = again.get();
                if (p.removed()) {
                    throw UserError.forbidden(UiText.live(m -> m.errLiveRemoved()));
                }
                String token = TOKEN_PREFIX + Tokens.secret();
                p.tokenHash = Tokens.hash(token);
                return new Joined(p, token, s);
            }
            Account a = Account.findById(account);
            cleaned = Nicknames.blank(nickname) ? Nicknames.clean(a.displayName).orElse("student " + a.id)
                    : checkedNickname(nickname);
        } else {
            cleaned = checkedNickname(nickname);
        }
        String key = Nicknames.key(cleaned);
        if (LivePlayer.count("sessionId = ?1 and nicknameKey = ?2", s.id, key) > 0) {
            throw UserError.conflict(UiText.live(m -> m.errLiveNicknameTaken(cleaned)));
        }
        String token = TOKEN_PREFIX + Tokens.secret();
        LivePlayer p = new LivePlayer();
        p.sessionId = s.id;
        p.nickname = cleaned;
        p.nicknameKey = key;
        p.tokenHash = Tokens.hash(token);
        p.accountId = account;
        p.extraTime = 1.0;
        p.joinedAt = clock.instant();
        p.persist();
        p.flush();
        return new Joined(p, token, s);
    }

    private static String checkedNickname(String nickname) {
        if (Nicknames.blank(nickname)) {
            throw UserError.unprocessable(UiText.live(m -> m.errNicknameBlank()));
        }
        return Nicknames.clean(nickname).orElseThrow(() -> UserError.unprocessable(UiText.live(m -> m.errNicknameLong(Nicknames.MAX))));
    }

    /** The session a PIN opens: 404 if none has it, 410 if its session is over. */
    private static LiveSession sessionByPin(String pin) {
        Optional<LiveSession> active = LiveSession.byActivePin(pin);
        if (active.isPresent()) {
            return active.get();
        }
        if (LiveSession.count("pin", pin) > 0) {
            throw new UserError(410, UiText.live(m -> m.errOver()), UiText.live(m -> m.errOver()));
        }
        throw UserError.notFound(UiText.live(m -> m.errNoPin()));
    }

    // ---- The host's steps -------------------------------------------------------------------------------

    public Step step(Host host, long id, Action action) {
        Step step = QuarkusTransaction.requiringNew().call(() -> stepInTx(host, id, action));
        hub.changed(id);
        if (action == Action.END || step.state().equals(LiveState.ENDED.key())) {
            try {
                results.recordClassAttempts(id);
            } catch (RuntimeException e) {
                // the session has ended either way; the host's results page records it on its next look
                Log.errorf(e, "Live session %d ended, but its class's attempts were not recorded yet", id);
            }
        }
        return step;
    }

    private Step stepInTx(Host host, long id, Action action) {
        LiveSession s = LiveSession.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !owns(host, s)) {
            throw UserError.notFound(UiText.live(m -> m.errNoSession()));
        }
        Instant now = clock.instant();
        Phase current = s.phase().at(now, s.closesAt);
        Phase next;
        try {
            next = switch (action) {
                case NEXT -> current.next(s.questions().size(), s.peerInstruction);
                case CLOSE -> current.close();
                case REVEAL -> current.reveal();
                case END -> current.end();
            };
        } catch (Phase.NotNow e) {
            throw notNow(e);
        }
        boolean wasOpen = s.phase().state() == LiveState.OPEN;
        if (next.state() == LiveState.OPEN) {
            double longest = LivePlayer.<LivePlayer>playing(s.id).stream().mapToDouble(p -> p.extraTime).max().orElse(1.0);
            s.openedAt = now;
            s.closesAt = now.plusMillis(Math.round(s.seconds * 1000 * Math.max(1.0, longest)) + config.graceMillis());
            s.closedAt = null;
        } else if (wasOpen && (s.closesAt == null || s.closesAt.isAfter(now))) {
            // closing early (or revealing, or ending, an open question) stops every countdown, extra time included
            s.closesAt = now;
            s.closedAt = now;
        }
        if (next.state() == LiveState.ENDED) {
            s.endedAt = now;
            s.activePin = null;
        }
        if (next.state() == LiveState.REVEALED) {
            s.revealedNo = Math.max(s.revealedNo, next.n());
        }
        s.state = next.state().key();
        s.questionNo = next.n();
        s.round = next.round();
        s.version++;
        return new Step(next.n(), next.state().key());
    }

    private static UserError notNow(Phase.NotNow e) {
        int n = e.n();
        return switch (e.why()) {
            case OVER -> new UserError(410, UiText.live(m -> m.errOver()), UiText.live(m -> m.errOver()));
            case STILL_OPEN -> UserError.conflict(UiText.live(m -> m.errStillOpen(n)));
            case REVEAL_FIRST -> UserError.conflict(UiText.live(m -> m.errRevealFirst(n)));
            case NONE_OPEN -> UserError.conflict(UiText.live(m -> m.errNoneOpen()));
            case NONE_ASKED -> UserError.conflict(UiText.live(m -> m.errNoneAsked()));
            case REVEALED_ALREADY -> UserError.conflict(UiText.live(m -> m.errRevealedAlready(n)));
        };
    }

    /** A session the host may see and steer: their own, or any for the admin; others are 404 like a missing one. */
    public LiveSession sessionFor(Host host, long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            LiveSession s = LiveSession.findById(id);
            if (s == null || !owns(host, s)) {
                throw UserError.notFound(UiText.live(m -> m.errNoSession()));
            }
            return s;
        });
    }

    static boolean owns(Host host, LiveSession s) {
        return host.admin() || s.hostId == host.accountId();
    }

    public void removePlayer(Host host, long id, long playerId) {
        QuarkusTransaction.requiringNew().run(() -> {
            LivePlayer p = hostsPlayer(host, id, playerId);
            if (p.removedAt == null) {
                p.removedAt = clock.instant();
            }
        });
        hub.kick(id, playerId);
    }

    /** Grants a player ×1.5 or ×2 the seconds (or takes it back with ×1), from the next question on. */
    public void extraTime(Host host, long id, long playerId, double factor) {
        if (factor != 1.0 && factor != 1.5 && factor != 2.0) {
            throw UserError.unprocessable(UiText.live(m -> m.errExtraTime()));
        }
        QuarkusTransaction.requiringNew().run(() -> hostsPlayer(host, id, playerId).extraTime = factor);
    }

    private LivePlayer hostsPlayer(Host host, long id, long playerId) {
        sessionFor(host, id);
        LivePlayer p = LivePlayer.findById(playerId);
        if (p == null || p.sessionId != id) {
            throw UserError.notFound(UiText.live(m -> m.errNoPlayer()));
        }
        return p;
    }

    // ---- Players --------------------------------------------------------------------------------------

    /** The player a token belongs to, in this session: 401 without a token, 403 for another session's or a removed player. */
    public LivePlayer player(String token, long sessionId) {
        if (token == null || token.isBlank()) {
            throw new UserError(401, "Sign in", UiText.live(m -> m.errLiveNoToken()));
        }
        LivePlayer p = QuarkusTransaction.joiningExisting().call(() -> LivePlayer.byTokenHash(Tokens.hash(token.strip())).orElse(null));
        if (p == null || p.sessionId != sessionId) {
            throw UserError.forbidden(UiText.live(m -> m.errForeignToken()));
        }
        if (p.removed()) {
            throw UserError.forbidden(UiText.live(m -> m.errLiveRemoved()));
        }
        return p;
    }

    /** What the holder of a player token sees now (a reconnecting phone's way back in). */
    public LiveEvents.PlayerState me(String token, long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LivePlayer p = player(token, sessionId);
            return events.playerState(LiveSession.findById(sessionId), p, clock.instant());
        });
    }

    /** {@link #answer(LivePlayer, long, int, List, Integer)} for the holder of a player token. */
    public LiveAnswer answer(String token, long sessionId, int n, List<String> choices, Integer certainty) {
        return answer(player(token, sessionId), sessionId, n, choices, certainty);
    }

    /**
     * Stores a player's answer to question {@code n} as it arrives, scored: once only. The same answer posted again
     * (a retry after a network blip) is accepted without a second row; a different one is refused (409).
     */
    public LiveAnswer answer(LivePlayer player, long sessionId, int n, List<String> choices, Integer certainty) {
        LiveSession s = QuarkusTransaction.joiningExisting().call(() -> LiveSession.<LiveSession>findById(sessionId));
        if (s == null) {
            throw UserError.notFound(UiText.live(m -> m.errNoSession()));
        }
        Instant now = clock.instant();
        Phase phase = s.phase();
        if (phase.state() == LiveState.ENDED) {
            throw new UserError(410, UiText.live(m -> m.errOver()), UiText.live(m -> m.errOver()));
        }
        if (phase.state() != LiveState.OPEN || phase.n() != n) {
            throw UserError.conflict(UiText.live(m -> m.errNotOpen(n)));
        }
        Instant deadline = deadline(s, player);
        if (now.isAfter(deadline)) {
            String at = TIME.format(deadline.minusMillis(config.graceMillis()));
            throw UserError.conflict(UiText.live(m -> m.errLiveLate(n, at)));
        }
        SessionFacts f = facts(s);
        Question q = f.question(n);
        List<String> picks = checkedChoices(q, n, choices);
        Integer c = null;
        if (f.rules().certaintyBased()) {
            if (certainty != null && (certainty < 1 || certainty > 3)) {
                throw UserError.unprocessable(UiText.live(m -> m.errLiveCertainty()));
            }
            c = certainty == null ? 1 : certainty;
        }
        ItemScore score = Scoring.score(q, new Answer(picks, c), f.rules());
        long elapsed = Duration.between(s.openedAt, now).toMillis();
        long allowed = Math.round(s.seconds * 1000 * player.extraTime);
        LiveAnswer a = new LiveAnswer();
        a.sessionId = s.id;
        a.playerId = player.id;
        a.questionNo = n;
        a.round = phase.round();
        a.questionId = q.id();
        a.choices = String.join(",", picks);
        a.certainty = c;
        a.answeredAt = now;
        a.elapsedMs = Math.max(0, elapsed);
        a.points = s.speedPoints ? SpeedPoints.award(score.points(), elapsed, allowed) : score.points();
        a.maxPoints = s.speedPoints ? SpeedPoints.max(score.maxPoints()) : score.maxPoints();
        a.fraction = score.fraction();
        a.correct = score.correct();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                a.persist();
                a.flush();
            });
            return a;
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            LiveAnswer stored = QuarkusTransaction.requiringNew().call(() -> LiveAnswer.of(player.id, n, phase.round()).orElseThrow());
            if (new HashSet<>(stored.choiceIds()).equals(new HashSet<>(picks)) && java.util.Objects.equals(stored.certainty, c)) {
                return stored;
            }
            throw UserError.conflict(UiText.live(m -> m.errAnsweredAlready(n)));
        }
    }

    /** When the open question stops taking this player's answers: their countdown plus the grace, or the host's close. */
    Instant deadline(LiveSession s, LivePlayer p) {
        Instant own = s.openedAt.plusMillis(Math.round(s.seconds * 1000 * p.extraTime) + config.graceMillis());
        return s.closesAt != null && s.closesAt.isBefore(own) ? s.closesAt : own;
    }

    /** When the player's countdown shows zero (without the grace). */
    public Instant closesAtFor(LiveSession s, LivePlayer p) {
        return deadline(s, p).minusMillis(config.graceMillis());
    }

    private static List<String> checkedChoices(Question q, int n, List<String> choices) {
        if (choices == null || choices.isEmpty()) {
            throw UserError.unprocessable(UiText.live(m -> m.errNoChoice()));
        }
        Set<String> distinct = new java.util.LinkedHashSet<>();
        for (String id : choices) {
            if (id == null || q.choice(id).isEmpty()) {
                String shown = String.valueOf(id);
                throw UserError.unprocessable(UiText.live(m -> m.errUnknownChoice(n, shown)));
            }
            distinct.add(id);
        }
        if (!q.type().manyAnswers() && distinct.size() > 1) {
            throw UserError.unprocessable(UiText.live(m -> m.errOneChoice()));
        }
        return List.copyOf(distinct);
    }

    /** Adds an event stream (a player's or the host's) to the session's listeners on this instance. */
    public void subscribe(long sessionId, jakarta.ws.rs.sse.Sse sse, jakarta.ws.rs.sse.SseEventSink sink, boolean host, Long player) {
        hub.subscribe(sessionId, sse, sink, host, player, null);
    }

    /** The same for a page rendered at state {@code seen} (its events start with the next change, not the state it shows). */
    public void subscribe(long sessionId, jakarta.ws.rs.sse.Sse sse, jakarta.ws.rs.sse.SseEventSink sink, boolean host, Long player,
                          String seen) {
        hub.subscribe(sessionId, sse, sink, host, player, seen);
    }

    // ---- What a session asks -----------------------------------------------------------------------------

    /** The fixed facts of a session (its questions, in the order shown, and its scoring rules), kept in memory. */
    public SessionFacts facts(LiveSession s) {
        return facts.computeIfAbsent(s.id, id -> {
            PackContent pack = catalog.publishedContent(s.packVersionId).orElseThrow();
            Map<String, Question> questions = new LinkedHashMap<>();
            Map<String, List<String>> order = new LinkedHashMap<>();
            for (String qid : s.questions()) {
                Question q = pack.question(qid).orElseThrow();
                questions.put(qid, q);
                List<String> ids = q.choices().stream().map(Choice::id).toList();
                // true-false and claim-check keep their fixed order; other choices are shuffled once for everyone
                order.put(qid, q.type() == QuestionType.SINGLE || q.type().manyAnswers() ? Draw.choices(s.id, qid, ids) : ids);
            }
            return new SessionFacts(s.id, s.questions(), questions, order, pack,
                    new ScoringRules(s.partialCredit, s.negativeMarking, s.certainty));
        });
    }

    /** A session's facts by id, loading the row when this instance has not seen it. */
    public SessionFacts facts(long id) {
        SessionFacts known = facts.get(id);
        if (known != null) {
            return known;
        }
        return QuarkusTransaction.joiningExisting().call(() -> facts(LiveSession.<LiveSession>findById(id)));
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static <T> T inTx(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}

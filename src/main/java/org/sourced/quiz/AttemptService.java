package org.sourced.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.accounts.Tokens;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionSet;
import org.sourced.packs.format.QuestionType;
import org.sourced.quiz.draw.Draw;
import org.sourced.scoring.Answer;
import org.sourced.scoring.AttemptScore;
import org.sourced.scoring.ItemScore;
import org.sourced.scoring.Leitner;
import org.sourced.scoring.ScoredItem;
import org.sourced.scoring.Scoring;
import org.sourced.scoring.ScoringRules;
import org.sourced.web.TooManyRequests;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * The attempt state machine: start, record answers, flag, submit. Every answer is committed before the
 * reply; a post whose sequence number is not newer than the last accepted one changes nothing.
 */
@ApplicationScoped
public class AttemptService {

    public static final int MAX_TIME_LIMIT_MINUTES = 600;

    @Inject
    PackCatalog catalog;
    @Inject
    Event<AttemptSubmitted> submitted;
    @Inject
    AttemptLimits limits;

    Clock clock = Clock.systemUTC();

    /** A new attempt, with the bearer token that only this reply ever shows. */
    public record Started(Attempt attempt, String token, List<String> questionIds) {
    }

    /** An attempt with its responses and pack, as of {@code now}. */
    /**
     * @param pack      the pack in the attempt's language (the same question ids and keys in every language)
     * @param languages the pack version's languages, its own first, for the question page's switch
     */
    public record State(Attempt attempt, AttemptFacts facts, List<QuestionResponse> responses, PackContent pack, String status,
                        List<String> languages) {

        public QuestionResponse response(int position) {
            return responses.get(position - 1);
        }

        public Question question(int position) {
            return pack.question(response(position).questionId).orElseThrow();
        }

        public boolean takesAnswers() {
            return Attempt.IN_PROGRESS.equals(status);
        }

        /** Highest accepted sequence number: the next post must carry a larger one. */
        public long seq() {
            return attempt.lastSeq;
        }
    }

    /** What recording an answer did; {@code score} is only for the caller to show in practice mode. */
    public record Recorded(int position, String questionId, List<String> answer, Integer certainty, ItemScore score, long seq) {
    }

    /** A start from a page or the API, within the limits on what one client may create (docs/security.md). */
    @Transactional
    public Started start(StartRequest request, Learner learner, Client client) {
        admit(client);
        return start(request, learner);
    }

    /**
     * Refuses a start past the client's limits: 429 with Retry-After for a rate, 429 for too many attempts in progress.
     * Counted before the start, so a refused or failed start still uses up one try.
     */
    void admit(Client client) {
        AttemptLimits.Refusal refusal = limits.admit(client).orElse(null);
        if (refusal instanceof AttemptLimits.Wait w) {
            long seconds = Math.max(1, (w.duration().toMillis() + 999) / 1000);
            throw new TooManyRequests(UiText.sec(m -> m.errTooManyAttempts(seconds)), w.duration());
        }
        if (refusal instanceof AttemptLimits.TooManyOpen o) {
            throw new UserError(429, "Too many tries", UiText.sec(m -> m.errTooManyOpenAttempts(o.open())));
        }
    }

    /**
     * A start from a page, in the pack language the student saw ({@code language}; the pack's own when the version
     * does not have it).
     */
    @Transactional
    public Started start(StartRequest request, Learner learner, Client client, String language) {
        Started started = start(request, learner, client);
        List<String> offered = catalog.languages(started.attempt().packVersionId);
        if (language != null && offered.contains(language)) {
            started.attempt().language = language;
        }
        return started;
    }

    /** Switches a running attempt to another of its pack's languages; what is shown changes, nothing scored does. */
    @Transactional
    public void chooseLanguage(String publicId, Access access, String language) {
        Attempt a = Attempt.byPublicId(publicId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoAttempt())));
        factsFor(publicId, access); // the link is enough, as for answering; an account's attempt wants that account
        List<String> offered = catalog.languages(a.packVersionId);
        if (language == null || !offered.contains(language.strip())) {
            throw UserError.badRequest(UiText.msg(m -> m.packLanguageUnknown(String.valueOf(language), String.join(", ", offered))));
        }
        a.language = language.strip();
    }

    @Transactional
    public Started start(StartRequest request, Learner learner) {
        PackVersion version = catalog.current(request.packId())
                .orElseThrow(() -> UserError.unprocessable(UiText.msg(m -> m.errNoPublishedPack(request.packId()))));
        return start(request, learner, version);
    }

    @Transactional
    public Started start(StartRequest request, Learner learner, PackVersion version) {
        PackContent pack = catalog.content(version);
        String mode = request.mode() == null ? Attempt.PRACTICE : request.mode();
        if (!mode.equals(Attempt.PRACTICE) && !mode.equals(Attempt.EXAM)) {
            throw UserError.unprocessable(UiText.msg(m -> m.errMode(mode)));
        }
        Integer limit = request.timeLimitMinutes();
        if (limit != null && (limit < 1 || limit > MAX_TIME_LIMIT_MINUTES)) {
            throw UserError.unprocessable(UiText.msg(m -> m.errTimeLimit(MAX_TIME_LIMIT_MINUTES)));
        }
        if (request.length() < 0) {
            throw UserError.unprocessable(UiText.msg(m -> m.errLengthNegative()));
        }
        if (request.nickname() != null && request.nickname().length() > 60) {
            throw UserError.unprocessable(UiText.msg(m -> m.errNicknameTooLong()));
        }
        List<String> pool = pool(pack, request);
        if (pool.isEmpty()) {
            throw UserError.unprocessable(UiText.msg(m -> m.errEmptySelection()));
        }
        long seed = Tokens.seed();
        List<String> questionIds = Draw.questions(seed, pool, request.length());
        var policy = pack.manifest().scoring();
        Instant now = clock.instant();
        String token = Tokens.secret();

        Attempt a = new Attempt();
        a.publicId = Tokens.linkId();
        a.tokenHash = Tokens.hash(token);
        a.packVersionId = version.id;
        a.ownerKey = learner.ownerKey();
        a.accountId = learner.accountId();
        a.nickname = blankToNull(request.nickname());
        a.mode = mode;
        a.status = Attempt.IN_PROGRESS;
        a.selection = request.questions() != null ? "list" : request.scope() == null ? "all" : request.scope();
        a.seed = seed;
        a.partialCredit = request.partialCredit() != null ? request.partialCredit() : policy.partialCredit();
        a.negativeMarking = request.negativeMarking() != null ? request.negativeMarking() : policy.negativeMarking();
        a.certainty = request.certainty() != null ? request.certainty() : policy.certainty();
        a.questionCount = questionIds.size();
        a.lastSeq = 0;
        a.startedAt = now;
        a.deadline = limit == null ? null : now.plus(Duration.ofMinutes(limit));
        a.assignmentId = request.assignmentId();
        a.language = pack.manifest().language();
        a.persist();
        int position = 1;
        for (String qid : questionIds) {
            QuestionResponse r = new QuestionResponse();
            r.attemptId = a.id;
            r.position = position++;
            r.questionId = qid;
            r.flagged = false;
            r.persist();
        }
        AttemptFacts.remember(AttemptFacts.of(a, questionIds));
        return new Started(a, token, questionIds);
    }

    /** Starts on a given stored version, such as the one a result used, even if a newer one exists. */
    @Transactional
    public Started startOnVersion(StartRequest request, Learner learner, long packVersionId, Client client) {
        admit(client);
        PackVersion version = PackVersion.<PackVersion>findByIdOptional(packVersionId)
                .orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errVersionGone())));
        return start(request, learner, version);
    }

    @Transactional
    public List<ProgressRow> progress(Learner learner) {
        return Attempt.recentFor(learner.ownerKey(), 100).stream()
                .map(a -> {
                    Optional<PackContent> pack = catalog.publishedContent(a.packVersionId, a.language);
                    return new ProgressRow(a, pack.map(p -> p.manifest().title()).orElse("?"),
                            pack.map(p -> p.manifest().language()).orElse(""));
                })
                .toList();
    }

    @Transactional
    public List<ReviewDue> reviewsDue(Learner learner) {
        LocalDate today = LocalDate.now(clock);
        java.util.Map<String, List<ReviewCard>> byPack = new java.util.TreeMap<>();
        for (ReviewCard card : ReviewCard.of(learner.ownerKey())) {
            byPack.computeIfAbsent(card.packId, k -> new ArrayList<>()).add(card);
        }
        List<ReviewDue> due = new ArrayList<>();
        byPack.forEach((packId, cards) -> {
            Optional<PackVersion> current = catalog.current(packId);
            due.add(new ReviewDue(packId, current.map(v -> v.title).orElse(packId), current.map(v -> v.language).orElse(""),
                    (int) cards.stream().filter(c -> Leitner.isDue(new Leitner.Card(c.box, c.due), today)).count(), cards.size()));
        });
        return due;
    }

    /** A practice attempt of the learner's questions due today in a pack (Leitner boxes). */
    @Transactional
    public Started startReview(String packId, Learner learner, Client client) {
        admit(client);
        List<String> due = ReviewCard.dueFor(learner.ownerKey(), packId, LocalDate.now(clock)).stream().map(c -> c.questionId).toList();
        if (due.isEmpty()) {
            throw UserError.unprocessable(UiText.msg(m -> m.errNothingDue()));
        }
        return start(new StartRequest(packId, null, due, 20, Attempt.PRACTICE, null, null, null, null, null, null), learner);
    }

    /** The questions a scope ({@code all}, {@code objective:<id>}, {@code set:<id>}) picks from a pack, in pack order; a live session draws from it too. */
    public static List<String> questionPool(PackContent pack, String scope) {
        return pool(pack, new StartRequest(pack.id(), scope, null, 0, Attempt.PRACTICE, null, null, null, null, null, null));
    }

    private static List<String> pool(PackContent pack, StartRequest request) {
        if (request.questions() != null) {
            return request.questions().stream().filter(id -> pack.question(id).isPresent()).toList();
        }
        String scope = request.scope() == null || request.scope().isBlank() ? "all" : request.scope();
        if (scope.equals("all")) {
            return pack.questions().stream().map(Question::id).toList();
        }
        if (scope.startsWith("objective:")) {
            String objective = scope.substring("objective:".length());
            if (pack.manifest().objective(objective).isEmpty()) {
                throw UserError.unprocessable(UiText.msg(m -> m.errNoObjectiveIn(pack.id(), objective)));
            }
            return pack.questions().stream().filter(q -> q.objective().equals(objective)).map(Question::id).toList();
        }
        if (scope.startsWith("set:")) {
            String setId = scope.substring("set:".length());
            QuestionSet set = pack.manifest().sets().stream().filter(s -> s.id().equals(setId)).findFirst()
                    .orElseThrow(() -> UserError.unprocessable(UiText.msg(m -> m.errNoSet(pack.id(), setId))));
            return pack.questions().stream().filter(q -> q.tags().contains(set.tag())).map(Question::id).toList();
        }
        throw UserError.unprocessable(UiText.msg(m -> m.errScope(scope)));
    }

    /** The attempt and its responses: two statements. */
    @Transactional
    public State load(String publicId, Access access) {
        Attempt a = Attempt.byPublicId(publicId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoAttempt())));
        List<QuestionResponse> responses = QuestionResponse.of(a.id);
        AttemptFacts facts = AttemptFacts.cached(publicId);
        if (facts == null) {
            facts = AttemptFacts.of(a, responses.stream().map(r -> r.questionId).toList());
            AttemptFacts.remember(facts);
        }
        access.check(facts);
        PackContent pack = catalog.publishedContent(a.packVersionId, a.language).orElseThrow();
        return new State(a, facts, responses, pack, a.statusAt(clock.instant()), catalog.languages(a.packVersionId));
    }

    /** A submitted attempt by its shareable result id: read-only, open to whoever holds the link. */
    @Transactional
    public State loadResult(String resultId) {
        Attempt a = Attempt.byResultId(resultId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoResult())));
        List<QuestionResponse> responses = QuestionResponse.of(a.id);
        AttemptFacts facts = AttemptFacts.of(a, responses.stream().map(r -> r.questionId).toList());
        PackContent pack = catalog.publishedContent(a.packVersionId, a.language).orElseThrow();
        return new State(a, facts, responses, pack, a.status, catalog.languages(a.packVersionId));
    }

    /** The questions of an attempt as shown to its student: choices in this attempt's order. */
    public static List<String> presentedOrder(long seed, Question q) {
        List<String> ids = q.choices().stream().map(c -> c.id()).toList();
        return switch (q.type()) {
            case ORDERING -> Draw.startingOrder(seed, q.id(), q.correctOrder());
            case SINGLE, MULTIPLE, EVIDENCE_CHOICE -> Draw.choices(seed, q.id(), ids);
            default -> ids; // True/False and the three verdicts read best in their natural order
        };
    }

    /**
     * Stores an answer. Two statements when the attempt's facts are in memory: accept the sequence
     * number, update the response row. Throws 409 for a stale post or a closed attempt, 422 for an answer
     * that does not fit the question, 403 for someone else's attempt.
     */
    @Transactional
    public Recorded record(String publicId, Access access, int position, List<String> answer, Integer certainty, long seq) {
        AttemptFacts facts = facts(publicId);
        access.check(facts);
        if (position < 1 || position > facts.questionIds().size()) {
            throw UserError.notFound(UiText.msg(m -> m.errNoQuestionAt(position)));
        }
        String questionId = facts.questionIds().get(position - 1);
        PackContent pack = catalog.publishedContent(facts.packVersionId()).orElseThrow();
        Question q = pack.question(questionId).orElseThrow();
        try {
            AnswerForm.check(q, answer);
        } catch (IllegalArgumentException e) {
            throw UserError.unprocessable(e.getMessage());
        }
        if (certainty != null && (certainty < 1 || certainty > 3)) {
            throw UserError.unprocessable(UiText.msg(m -> m.errCertainty()));
        }
        if (facts.isPractice() && answer.isEmpty()) {
            throw UserError.unprocessable(UiText.msg(m -> m.errChooseBeforeCheck()));
        }
        if (!facts.rules().certaintyBased()) {
            certainty = null; // kept out of the calibration summary when the quiz does not use it
        }
        Instant now = clock.instant();
        if (!Attempt.acceptSeq(facts.id(), seq, now)) {
            throw refusal(facts.id(), seq, now);
        }
        ItemScore score = Scoring.score(q, new Answer(answer, certainty), facts.rules());
        String lockAnswered = facts.isPractice() ? " and answeredAt is null" : "";
        int updated = QuestionResponse.update("answer = ?1, certainty = ?2, answeredAt = ?3, seq = ?4, points = ?5, maxPoints = ?6, "
                        + "fraction = ?7, correct = ?8 where attemptId = ?9 and position = ?10" + lockAnswered,
                QuestionResponse.join(answer), certainty, answer.isEmpty() ? null : now, seq, answer.isEmpty() ? null : score.points(),
                score.maxPoints(), answer.isEmpty() ? null : score.fraction(), answer.isEmpty() ? null : score.correct(),
                facts.id(), position);
        if (updated != 1) {
            throw new AlreadyChecked(position);
        }
        return new Recorded(position, questionId, answer, certainty, score, seq);
    }

    /** Flags or unflags a question for the question map. Takes a sequence number like an answer. */
    @Transactional
    public void flag(String publicId, Access access, int position, boolean flagged, long seq) {
        AttemptFacts facts = facts(publicId);
        access.check(facts);
        Instant now = clock.instant();
        if (!Attempt.acceptSeq(facts.id(), seq, now)) {
            throw refusal(facts.id(), seq, now);
        }
        QuestionResponse.update("flagged = ?1 where attemptId = ?2 and position = ?3", flagged, facts.id(), position);
    }

    /**
     * Scores and closes the attempt. A second submit returns the first result: the status guard in the
     * update lets exactly one submit score it.
     */
    @Transactional
    public Attempt submit(String publicId, Access access) {
        State state = load(publicId, access);
        Attempt a = state.attempt();
        if (a.isSubmitted()) {
            return a;
        }
        AttemptScore total = score(state);
        String resultId = Tokens.linkId();
        Instant now = clock.instant();
        int changed = Attempt.update("status = ?1, submittedAt = ?2, score = ?3, maxScore = ?4, resultId = ?5 where id = ?6 and status = ?7",
                Attempt.SUBMITTED, now, total.score(), total.max(), resultId, a.id, Attempt.IN_PROGRESS);
        if (changed == 1) {
            review(a.ownerKey, state.pack(), state.responses(), LocalDate.ofInstant(now, ZoneOffset.UTC));
            if (a.assignmentId != null) {
                submitted.fire(new AttemptSubmitted(a.id, a.assignmentId, a.accountId, total.score(), state.responses()));
            }
        }
        Attempt.getEntityManager().refresh(a);
        return a;
    }

    /**
     * Keeps a quiz played elsewhere as a submitted attempt of its student on an assignment: each answer scored by the
     * assignment's rules (without a live session's speed bonus), the total as a submit stores it, the student's review
     * boxes moved, and {@link AttemptSubmitted} fired so the assignment's statistics count it.
     */
    @Transactional
    public Attempt recordPlayed(PlayedAttempt played) {
        Attempt a = new Attempt();
        a.publicId = Tokens.linkId();
        a.tokenHash = Tokens.hash(Tokens.secret()); // never handed out: the student opens it signed in
        a.resultId = Tokens.linkId();
        a.packVersionId = played.packVersionId();
        a.ownerKey = Learner.account(played.accountId(), null).ownerKey();
        a.accountId = played.accountId();
        a.mode = Attempt.EXAM;
        a.status = Attempt.SUBMITTED;
        a.selection = "list";
        a.seed = 0;
        a.partialCredit = played.rules().partialCredit();
        a.negativeMarking = played.rules().negativeMarking();
        a.certainty = played.rules().certaintyBased();
        a.questionCount = played.answers().size();
        a.lastSeq = 0;
        a.startedAt = played.started();
        a.submittedAt = played.submitted();
        a.assignmentId = played.assignmentId();
        a.persist();
        List<QuestionResponse> responses = new ArrayList<>();
        List<ScoredItem> items = new ArrayList<>();
        int position = 1;
        for (PlayedAttempt.PlayedAnswer p : played.answers()) {
            boolean answered = !p.choices().isEmpty();
            Integer certainty = answered && played.rules().certaintyBased() ? p.certainty() : null;
            ItemScore score = Scoring.score(p.question(), new Answer(p.choices(), certainty), played.rules());
            QuestionResponse r = new QuestionResponse();
            r.attemptId = a.id;
            r.position = position++;
            r.questionId = p.question().id();
            r.flagged = false;
            if (answered) {
                r.answer = QuestionResponse.join(p.choices());
                r.certainty = certainty;
                r.answeredAt = p.answeredAt();
                r.points = score.points();
                r.fraction = score.fraction();
                r.correct = score.correct();
            }
            r.maxPoints = score.maxPoints();
            r.persist();
            responses.add(r);
            items.add(new ScoredItem(p.question().id(), p.question().objective(), score, certainty));
        }
        AttemptScore total = Scoring.total(items);
        a.score = total.score();
        a.maxScore = total.max();
        PackContent pack = catalog.publishedContent(played.packVersionId()).orElseThrow();
        review(a.ownerKey, pack, responses, LocalDate.ofInstant(played.submitted(), ZoneOffset.UTC));
        submitted.fire(new AttemptSubmitted(a.id, a.assignmentId, a.accountId, total.score(), responses));
        return a;
    }

    /**
     * Deletes the attempts a start-up rehearsal took (ops.WarmUp), their responses and the review boxes
     * they filled: only this throw-away owner's and only unassigned ones, so no student's work can match.
     */
    @Transactional
    public int eraseRehearsal(String ownerKey, List<String> publicIds) {
        List<Long> ids = Attempt.<Attempt>list("ownerKey = ?1 and publicId in ?2 and assignmentId is null", ownerKey, publicIds)
                .stream().map(a -> a.id).toList();
        int erased = Attempt.deleteWithResponses(ids);
        ReviewCard.delete("ownerKey", ownerKey);
        publicIds.forEach(AttemptFacts::forget);
        return erased;
    }

    /** The score of an attempt from its stored responses (unanswered questions score 0 of their maximum). */
    public static AttemptScore score(State state) {
        List<ScoredItem> items = new ArrayList<>();
        for (QuestionResponse r : state.responses()) {
            Question q = state.pack().question(r.questionId).orElseThrow();
            ItemScore s = r.isAnswered()
                    ? new ItemScore(r.points, r.maxPoints, r.fraction, Boolean.TRUE.equals(r.correct), true)
                    : Scoring.score(q, new Answer(List.of(), null), state.facts().rules());
            items.add(new ScoredItem(q.id(), q.objective(), s, r.certainty));
        }
        return Scoring.total(items);
    }

    /** Moves each question of a submitted attempt through the learner's Leitner boxes. */
    private static void review(String ownerKey, PackContent pack, List<QuestionResponse> responses, LocalDate today) {
        for (QuestionResponse r : responses) {
            boolean right = r.isAnswered() && Boolean.TRUE.equals(r.correct);
            Optional<ReviewCard> existing = ReviewCard.find(ownerKey, pack.id(), r.questionId);
            ReviewCard card = existing.orElseGet(() -> {
                ReviewCard c = new ReviewCard();
                c.ownerKey = ownerKey;
                c.packId = pack.id();
                c.questionId = r.questionId;
                Leitner.Card first = Leitner.first(today);
                c.box = first.box();
                c.due = first.due();
                return c;
            });
            Leitner.Card next = Leitner.review(new Leitner.Card(card.box, card.due), right, today);
            card.box = next.box();
            card.due = next.due();
            if (existing.isEmpty()) {
                card.persist();
            }
        }
    }

    /** The ids of the questions a submitted attempt got wrong or left out. */
    public static List<String> missed(State state) {
        return state.responses().stream().filter(r -> !r.isAnswered() || !Boolean.TRUE.equals(r.correct))
                .map(r -> r.questionId).toList();
    }

    /** The attempt's fixed facts, after checking the caller may use it. */
    public AttemptFacts factsFor(String publicId, Access access) {
        AttemptFacts facts = facts(publicId);
        access.check(facts);
        return facts;
    }

    public PackContent pack(AttemptFacts facts) {
        return catalog.publishedContent(facts.packVersionId()).orElseThrow();
    }

    public Question question(AttemptFacts facts, String questionId) {
        return pack(facts).question(questionId).orElseThrow();
    }

    private AttemptFacts facts(String publicId) {
        AttemptFacts facts = AttemptFacts.cached(publicId);
        if (facts != null) {
            return facts;
        }
        Attempt a = Attempt.byPublicId(publicId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoAttempt())));
        facts = AttemptFacts.of(a, QuestionResponse.of(a.id).stream().map(r -> r.questionId).toList());
        AttemptFacts.remember(facts);
        return facts;
    }

    /** Why a sequence number was refused, read only on this rare path. */
    private UserError refusal(long attemptId, long seq, Instant now) {
        Attempt a = Attempt.findById(attemptId);
        if (a.isSubmitted()) {
            return UserError.conflict(UiText.msg(m -> m.errSubmitted(String.valueOf(a.submittedAt))));
        }
        if (Attempt.OVERDUE.equals(a.statusAt(now))) {
            return UserError.conflict(UiText.msg(m -> m.errTimeUp(String.valueOf(a.deadline))));
        }
        return new StaleSeq(a.lastSeq, seq);
    }

    /** A practice question keeps the answer it was checked with: its feedback has been seen. */
    public static final class AlreadyChecked extends UserError {
        AlreadyChecked(int position) {
            super(409, "Already checked", UiText.msg(m -> m.errAlreadyChecked(position)));
        }
    }

    /** A post older than one already accepted: another tab, an old page, or a double click. */
    public static final class StaleSeq extends UserError {
        private final long accepted;

        StaleSeq(long accepted, long posted) {
            super(409, "Out of date", UiText.msg(m -> m.errStaleSeq(posted, accepted)));
            this.accepted = accepted;
        }

        public long accepted() {
            return accepted;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean isChoiceType(Question q) {
        return q.type() != QuestionType.ORDERING;
    }
}

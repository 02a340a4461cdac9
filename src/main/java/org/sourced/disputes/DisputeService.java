package org.sourced.disputes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.authoring.Workspace;
import org.sourced.live.LiveService;
import org.sourced.live.LiveSession;
import org.sourced.live.SessionFacts;
import org.sourced.packs.Drafts;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackStore;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.Source;
import org.sourced.quiz.Access;
import org.sourced.quiz.Attempt;
import org.sourced.quiz.AttemptFacts;
import org.sourced.quiz.AttemptService;
import org.sourced.quiz.Learner;
import org.sourced.quiz.QuestionResponse;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * Disputes from learners and the author's decisions on them. A decision that changes the question publishes a
 * new version of the pack (published versions never change) and records an erratum; a correction can then be
 * regraded ({@link RegradeService}).
 */
@ApplicationScoped
public class DisputeService {

    static final int REPLY_MAX = 2000;
    static final int LOCATOR_MAX = 300;
    static final String ORIGIN = "erratum";

    @Inject
    AttemptService attempts;
    @Inject
    PackCatalog catalog;
    @Inject
    PackStore store;
    @Inject
    DisputeLimiter limiter;
    @Inject
    DisputeConfig config;
    @Inject
    LiveService live;

    Clock clock = Clock.systemUTC();

    /** What a learner writes: why the key is wrong, and optionally where a source says so. */
    public record Filing(String reason, String source, String locator) {
    }

    /** What the key's author decides. */
    public record Decision(String decision, String reply, KeyChange.Change change) {
    }

    public record Decided(Dispute dispute, Erratum erratum) {
    }

    /**
     * A question's disputes for its author's queue, open ones first, with the question as it is now: its key and
     * choice ids (for the decision form) and whether a correction of it can be regraded.
     */
    public record QuestionQueue(String questionId, String stem, long open, List<Dispute> disputes, String key, String choices,
                                boolean corrected) {
    }

    /** A pack's queue: its title and language, and its questions with disputes. */
    public record Queue(String packId, String title, String language, List<QuestionQueue> questions) {
    }

    /** A question of a result its learner may dispute, with what the filing form offers. */
    public record Target(String resultId, String attemptId, int position, String packId, String packTitle, String language,
                         Question question, List<Source> sources) {
    }

    /** One of a learner's disputes, with what they need to recognise it. */
    public record Mine(Dispute dispute, String packTitle, String language, String stem, Integer erratum) {
    }

    /**
     * Files a dispute on a question of an attempt the caller holds (by its token or link). The key must
     * already have been shown: the attempt is submitted, or it is practice and the question was checked.
     */
    @Transactional
    public Dispute fileOnAttempt(String publicId, Access access, String questionId, Filing filing) {
        AttemptFacts facts = attempts.factsFor(publicId, access);
        Attempt a = Attempt.findById(facts.id());
        Learner owner = new Learner(a.ownerKey, a.accountId, null);
        return file(a, owner, questionId, filing);
    }

    /** Files a dispute from a result page: only the learner who made the attempt may. */
    @Transactional
    public Dispute fileOnResult(String resultId, Learner learner, String questionId, Filing filing) {
        return file(ownResult(resultId, learner), learner, questionId, filing);
    }

    /** The question of a result its learner is about to dispute (the filing form); the same checks as filing. */
    @Transactional
    public Target onResult(String resultId, Learner learner, String questionId) {
        Attempt a = ownResult(resultId, learner);
        return target(a, response(a, questionId), resultId, null);
    }

    /** The question of an attempt the caller holds (practice feedback), as {@link #fileOnAttempt} checks it. */
    @Transactional
    public Target onAttempt(String publicId, Access access, String questionId) {
        Attempt a = Attempt.findById(attempts.factsFor(publicId, access).id());
        QuestionResponse r = response(a, questionId);
        if (!(a.isSubmitted() || a.isPractice() && r.isAnswered())) {
            throw UserError.conflict(UiText.dispute(d -> d.errKeyNotShown()));
        }
        return target(a, r, null, publicId);
    }

    private Target target(Attempt a, QuestionResponse r, String resultId, String attemptId) {
        PackContent pack = catalog.content(PackVersion.findById(a.packVersionId));
        Question q = pack.question(r.questionId).orElseThrow(() -> UserError.notFound(UiText.dispute(d -> d.errNoQuestion(r.questionId))));
        return new Target(resultId, attemptId, r.position, pack.manifest().id(), pack.manifest().title(), pack.manifest().language(), q,
                pack.manifest().sources());
    }

    /** A question with no attempt behind it (a checkpoint, a live question numbered {@code position}). */
    private static Target target(PackContent pack, Question q, int position) {
        return new Target(null, null, position, pack.manifest().id(), pack.manifest().title(), pack.manifest().language(), q,
                pack.manifest().sources());
    }

    /** Whether {@code learner} made the attempt behind this result (and so may dispute its keys). */
    @Transactional
    public boolean isOwnResult(String resultId, Learner learner) {
        return Attempt.byResultId(resultId).map(a -> owns(a, learner)).orElse(false);
    }

    /** Every dispute {@code learner} filed, newest first: never anyone else's. */
    @Transactional
    public List<Mine> mine(Learner learner) {
        List<Dispute> all = Dispute.list("ownerKey = ?1 order by createdAt desc, id desc", learner.ownerKey());
        List<Mine> out = new ArrayList<>();
        for (Dispute d : all) {
            PackContent pack = catalog.publishedContent(d.packVersionId).orElse(null);
            String stem = pack == null ? d.questionId : pack.question(d.questionId).map(DisputeService::stemOf).orElse(d.questionId);
            Erratum e = d.erratumId == null ? null : Erratum.findById(d.erratumId);
            out.add(new Mine(d, pack == null ? d.packId : pack.manifest().title(), pack == null ? null : pack.manifest().language(), stem,
                    e == null ? null : e.number));
        }
        return out;
    }

    private Attempt ownResult(String resultId, Learner learner) {
        Attempt a = Attempt.byResultId(resultId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoResult())));
        if (!owns(a, learner)) {
            throw UserError.forbidden(UiText.dispute(d -> d.errNotYourAttempt()));
        }
        return a;
    }

    private static boolean owns(Attempt a, Learner learner) {
        return a.accountId != null ? a.accountId.equals(learner.accountId()) : a.ownerKey.equals(learner.ownerKey());
    }

    private static QuestionResponse response(Attempt a, String questionId) {
        return QuestionResponse.<QuestionResponse>find("attemptId = ?1 and questionId = ?2", a.id, questionId)
                .firstResultOptional().orElseThrow(() -> UserError.notFound(UiText.dispute(d -> d.errNoQuestion(questionId))));
    }

    /** A claim-check question has no stem of its own: its claim stands for it. */
    static String stemOf(Question q) {
        return q.stem() != null && !q.stem().isBlank() ? q.stem() : q.claim() != null ? q.claim() : q.id();
    }

    /**
     * The checkpoint of a lesson a reader is about to dispute, in {@code language} when the version has it (the
     * language the lesson was read in). A checkpoint keeps no answer, and its key is shown to whoever answers it, so the
     * form needs no proof of an answer: it shows the question, never the key.
     */
    @Transactional
    public Target onCheckpoint(String packId, String lessonId, String questionId, String language) {
        PackVersion v = currentVersion(packId);
        PackContent pack = catalog.content(v, language); // the original when the version has no such translation
        return target(pack, checkpoint(pack, lessonId, questionId), 0);
    }

    /** Files a dispute on a lesson's checkpoint: no attempt behind it, the pack's current version, which the reader saw. */
    @Transactional
    public Dispute fileOnCheckpoint(String packId, String lessonId, String questionId, Learner learner, Filing filing) {
        PackVersion v = currentVersion(packId);
        PackContent pack = catalog.content(v);
        checkpoint(pack, lessonId, questionId);
        return persist(v, pack, null, learner, questionId, filing);
    }

    /**
     * Question {@code n} of a live session, for the holder of a player token to dispute once its key was revealed
     * (401/403 for no or another session's token, 404 for no such question, 409 before the reveal).
     */
    @Transactional
    public Target onLive(long sessionId, String token, int n) {
        SessionFacts facts = live.facts(revealedTo(sessionId, token, n));
        return target(facts.pack(), facts.question(n), n);
    }

    /** Files a dispute on a revealed question of a live session, on the version the session was played from. */
    @Transactional
    public Dispute fileOnLive(long sessionId, String token, int n, Learner learner, Filing filing) {
        LiveSession s = revealedTo(sessionId, token, n);
        SessionFacts facts = live.facts(s);
        return persist(PackVersion.findById(s.packVersionId), facts.pack(), null, learner, facts.question(n).id(), filing);
    }

    private LiveSession revealedTo(long sessionId, String token, int n) {
        live.player(token, sessionId);
        LiveSession s = LiveSession.findById(sessionId);
        if (n < 1 || n > s.questions().size()) {
            throw UserError.notFound(UiText.msg(m -> m.errNoQuestionAt(n)));
        }
        if (!s.keyShown(n)) {
            throw UserError.conflict(UiText.dispute(d -> d.errLiveKeyNotShown(n)));
        }
        return s;
    }

    private PackVersion currentVersion(String packId) {
        return catalog.current(packId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoPack(packId))));
    }

    private static Question checkpoint(PackContent pack, String lessonId, String questionId) {
        Lesson lesson = pack.lesson(lessonId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoLesson(pack.id(), lessonId))));
        if (!lesson.checkpointIds().contains(questionId)) {
            throw UserError.notFound(UiText.msg(m -> m.errNoCheckpoint(lessonId, questionId)));
        }
        return pack.question(questionId).orElseThrow(() -> UserError.notFound(UiText.dispute(d -> d.errNoQuestion(questionId))));
    }

    private Dispute file(Attempt a, Learner owner, String questionId, Filing filing) {
        QuestionResponse r = response(a, questionId);
        boolean keyShown = a.isSubmitted() || a.isPractice() && r.isAnswered();
        if (!keyShown) {
            throw UserError.conflict(UiText.dispute(d -> d.errKeyNotShown()));
        }
        PackVersion v = PackVersion.findById(a.packVersionId);
        PackContent pack = catalog.content(v);
        return persist(v, pack, a.id, owner, questionId, filing);
    }

    private Dispute persist(PackVersion v, PackContent pack, Long attemptId, Learner owner, String questionId, Filing filing) {
        if (filing == null || filing.reason() == null || filing.reason().isBlank()) {
            throw new InvalidField("reason", UiText.dispute(d -> d.errReasonMissing()));
        }
        String reason = filing.reason().strip();
        int max = config.reasonMax();
        if (reason.length() > max) {
            throw new InvalidField("reason", UiText.dispute(d -> d.errReasonTooLong(max)));
        }
        String source = blankToNull(filing.source());
        Set<String> sourceIds = pack.manifest().sources().stream().map(Source::id).collect(Collectors.toSet());
        if (source != null && !sourceIds.contains(source)) {
            throw new InvalidField("source", UiText.dispute(d -> d.errNoSuchSource(source)));
        }
        String locator = blankToNull(filing.locator());
        if (locator != null && locator.length() > LOCATOR_MAX) {
            throw new InvalidField("locator", UiText.dispute(d -> d.errLocatorTooLong(LOCATOR_MAX)));
        }
        limiter.admit(owner);
        Dispute d = new Dispute();
        d.packId = v.packId;
        d.packVersionId = v.id;
        d.questionId = questionId;
        d.attemptId = attemptId;
        d.ownerKey = owner.ownerKey();
        d.accountId = owner.accountId();
        d.reason = reason;
        d.sourceId = source;
        d.locator = locator;
        d.status = Dispute.OPEN;
        d.createdAt = clock.instant();
        d.persist();
        return d;
    }

    /** The learner's own disputes on an attempt they hold: never anyone else's. */
    @Transactional
    public List<Dispute> mineOnAttempt(String publicId, Access access) {
        AttemptFacts facts = attempts.factsFor(publicId, access);
        Attempt a = Attempt.findById(facts.id());
        return Dispute.mineOn(a.ownerKey, a.id);
    }

    /** Every dispute of a pack, for its author or the admin. */
    @Transactional
    public List<Dispute> ofPack(String packId, long accountId, boolean admin) {
        checkAuthor(packId, accountId, admin);
        return Dispute.ofPack(packId);
    }

    /** The pack's disputes grouped by question, questions with open disputes first. */
    @Transactional
    public Queue queue(String packId, long accountId, boolean admin) {
        List<Dispute> all = ofPack(packId, accountId, admin);
        PackContent current = catalog.current(packId).map(catalog::content).orElse(null);
        Map<String, List<Dispute>> byQuestion = new TreeMap<>();
        all.forEach(d -> byQuestion.computeIfAbsent(d.questionId, k -> new ArrayList<>()).add(d));
        List<QuestionQueue> out = new ArrayList<>();
        byQuestion.forEach((qid, ds) -> {
            Optional<Question> q = current == null ? Optional.empty() : current.question(qid);
            String key = q.map(x -> String.join(" ", KeyChange.key(x))).orElse("");
            String choices = q.map(x -> String.join(" ", x.choices().stream().map(org.sourced.packs.format.Choice::id).toList())).orElse("");
            out.add(new QuestionQueue(qid, q.map(DisputeService::stemOf).orElse(qid), ds.stream().filter(Dispute::isOpen).count(), ds, key,
                    choices, Erratum.latestCorrection(packId, qid).isPresent()));
        });
        out.sort((x, y) -> Long.compare(y.open(), x.open()));
        String title = current == null ? packId : current.manifest().title();
        return new Queue(packId, title, current == null ? null : current.manifest().language(), out);
    }

    /**
     * Decides an open dispute. Reject keeps the pack as it is; clarify and correct apply the change to the pack's
     * current version and publish it as a new version, with an erratum naming this dispute.
     */
    @Transactional
    public Decided decide(long disputeId, Decision decision, long accountId, boolean admin) {
        Dispute d = Dispute.<Dispute>findByIdOptional(disputeId)
                .orElseThrow(() -> UserError.notFound(UiText.dispute(m -> m.errNoDispute(disputeId))));
        checkAuthor(d.packId, accountId, admin);
        if (!d.isOpen()) {
            String status = d.status;
            throw UserError.conflict(UiText.dispute(m -> m.errDecided(status)));
        }
        if (decision == null || decision.reply() == null || decision.reply().isBlank()) {
            throw new InvalidField("reply", UiText.dispute(m -> m.errReplyMissing()));
        }
        String reply = decision.reply().strip();
        if (reply.length() > REPLY_MAX) {
            throw new InvalidField("reply", UiText.dispute(m -> m.errReplyTooLong(REPLY_MAX)));
        }
        String kind = decision.decision() == null ? "" : decision.decision();
        Erratum erratum = switch (kind) {
            case "reject" -> null;
            case Erratum.CLARIFY, Erratum.CORRECT -> publish(d, kind, reply, decision.change());
            default -> throw new InvalidField("decision", UiText.dispute(m -> m.errDecision(kind)));
        };
        d.status = erratum == null ? Dispute.REJECTED : erratum.isCorrection() ? Dispute.CORRECTED : Dispute.CLARIFIED;
        d.reply = reply;
        d.decidedBy = accountId;
        d.decidedAt = clock.instant();
        d.erratumId = erratum == null ? null : erratum.id;
        return new Decided(d, erratum);
    }

    private Erratum publish(Dispute d, String kind, String reply, KeyChange.Change change) {
        PackVersion current = catalog.current(d.packId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoPack(d.packId))));
        PackContent pack = catalog.content(current);
        Question q = pack.question(d.questionId)
                .orElseThrow(() -> UserError.conflict(UiText.dispute(m -> m.errQuestionGone(d.questionId))));
        Set<String> sourceIds = pack.manifest().sources().stream().map(Source::id).collect(Collectors.toSet());
        KeyChange.Applied applied = KeyChange.apply(q, change, Erratum.CORRECT.equals(kind), sourceIds);

        Map<String, String> files = new TreeMap<>(pack.files());
        Workspace ws = new Workspace(d.packId, files);
        String path = ws.places().of(q.id()).map(p -> p.path())
                .orElseThrow(() -> UserError.conflict(UiText.dispute(m -> m.errQuestionGone(d.questionId))));
        if (!ws.canRewrite(path)) {
            throw UserError.conflict(UiText.dispute(m -> m.errFileNotRewritable(path)));
        }
        List<Question> inFile = ws.questionsIn(path).stream().map(x -> x.id().equals(q.id()) ? applied.question() : x).toList();
        files.put(path, PackWriter.questions(inFile));
        PackReader.Result read = PackReader.read(files, d.packId + "/");
        if (!read.ok()) {
            String problems = String.join("; ", read.problems().stream().map(Object::toString).toList());
            throw new InvalidField(InvalidField.FORM, UiText.dispute(m -> m.errChangeProblems(problems)));
        }
        PackStore.Stored stored = store.publish(read.pack().orElseThrow(), ORIGIN, current.ownerId);
        if (stored.outcome() == PackStore.Outcome.UNCHANGED) {
            throw new InvalidField(InvalidField.FORM, UiText.dispute(m -> m.errChangesNothing()));
        }
        Erratum e = new Erratum();
        e.packId = d.packId;
        e.number = Erratum.nextNumber(d.packId);
        e.questionId = q.id();
        e.kind = kind;
        e.what = clip(applied.what());
        e.why = reply;
        e.disputeId = d.id;
        e.fromVersionId = current.id;
        e.packVersionId = stored.version().id;
        e.createdAt = clock.instant();
        e.persist();
        return e;
    }

    /** The author of a pack is the owner of its versions; a pack from content/ has none, so only the admin. */
    static void checkAuthor(String packId, long accountId, boolean admin) {
        if (PackVersion.count("packId", packId) == 0) {
            throw UserError.notFound(UiText.msg(m -> m.errNoPack(packId)));
        }
        if (!Drafts.mayEdit(packId, accountId, admin)) {
            throw UserError.forbidden(UiText.dispute(m -> m.errNotAuthor(packId)));
        }
    }

    public Optional<PackContent> packOf(Dispute d) {
        return catalog.publishedContent(d.packVersionId);
    }

    private static String clip(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

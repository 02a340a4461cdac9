package org.sourced.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.sourced.classes.Assignment;
import org.sourced.classes.ClassService;
import org.sourced.classes.Enrollment;
import org.sourced.classes.PlayedSession;
import org.sourced.quiz.AttemptService;
import org.sourced.quiz.PlayedAttempt;

/**
 * Scores and results of a live session: the standings (only over revealed questions, so a rank never gives a key
 * away early), the host's results and, when a class's session ends, an attempt for each student who played.
 */
@ApplicationScoped
public class LiveResults {

    @Inject
    EntityManager em;

    private record Cached(String key, Standings standings) {
    }

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /** The standings over the questions revealed so far (cached per session state: a reveal's thousand phones ask at once). */
    public Standings standings(LiveSession s) {
        int through = switch (s.phase().state()) {
            case REVEALED, ENDED -> s.questionNo;
            default -> s.questionNo - 1;
        };
        String key = s.version + ":" + through;
        Cached c = cache.get(s.id);
        if (c != null && c.key().equals(key)) {
            return c.standings();
        }
        Standings st = QuarkusTransaction.joiningExisting().call(() -> {
            Map<Long, String> players = new LinkedHashMap<>();
            LivePlayer.<LivePlayer>playing(s.id).forEach(p -> players.put(p.id, p.nickname));
            List<Standings.Scored> answers = new ArrayList<>();
            em.createQuery("select a.playerId, a.questionNo, a.round, a.points from LiveAnswer a where a.sessionId = ?1 and a.questionNo <= ?2",
                            Object[].class).setParameter(1, s.id).setParameter(2, through).getResultList()
                    .forEach(r -> answers.add(new Standings.Scored((Long) r[0], (Integer) r[1], (Integer) r[2], (Double) r[3])));
            return Standings.of(players, answers);
        });
        cache.put(s.id, new Cached(key, st));
        return st;
    }

    public record AnswerRow(int n, int round, String question, List<String> choices, Integer certainty, double points, double max,
                            boolean correct, boolean counts, java.time.Instant answeredAt, long elapsedMs) {
    }

    public record PlayerRow(long player, String nickname, double score, int rank, boolean removed, Long accountId, List<AnswerRow> answers) {
    }

    public record QuestionRow(int n, String id, String stem, String type, String objective, long players, long answered, double max,
                              Double facility, Double discrimination, List<String> key, List<Votes.Picked> distribution,
                              List<Votes.Picked> firstVote) {
    }

    /** @param assignment for a class's ended session, the class's assignment that keeps it (docs/live.md) */
    public record ResultsJson(long id, String pack, String title, String state, java.time.Instant created, java.time.Instant ended,
                              Long classId, Long assignment, List<PlayerRow> players, List<QuestionRow> questions) {
    }

    @Inject
    LiveService live;

    /**
     * Everything the host's results show: each player (ranked) with every answer, and each question asked with its
     * facility and discrimination (docs/classes.md's formulas: x the counted answer's points, 0 unanswered; y the
     * player's total minus x) and the spread of the votes.
     */
    public ResultsJson results(LiveSession s) {
        // a class's ended session not yet kept means the end's own try failed (docs/live.md): the host's results try again
        Long assignment = s.classroomId == null || s.assignmentId != null || s.phase().state() != LiveState.ENDED ? s.assignmentId
                : recordClassAttempts(s.id);
        return QuarkusTransaction.joiningExisting().call(() -> {
            SessionFacts f = live.facts(s);
            Standings st = standings(s);
            List<LivePlayer> everyone = LivePlayer.everyone(s.id);
            List<LiveAnswer> answers = LiveAnswer.ofSession(s.id);
            Map<Long, Map<Integer, LiveAnswer>> counted = counted(answers);
            List<PlayerRow> players = new ArrayList<>();
            for (Standings.Entry e : st.all()) {
                LivePlayer p = everyone.stream().filter(x -> x.id == e.player()).findFirst().orElseThrow();
                players.add(new PlayerRow(p.id, p.nickname, e.score(), e.rank(), false, p.accountId, rows(answers, counted, p.id)));
            }
            everyone.stream().filter(LivePlayer::removed).forEach(p -> players.add(new PlayerRow(p.id, p.nickname, 0, 0, true, p.accountId,
                    rows(answers, counted, p.id))));
            int asked = s.phase().state() == LiveState.ENDED || s.phase().state() == LiveState.REVEALED ? s.questionNo : s.questionNo - 1;
            List<QuestionRow> questions = new ArrayList<>();
            for (int n = 1; n <= asked; n++) {
                var q = f.question(n);
                double max = s.speedPoints ? SpeedPoints.max(q.points() * (f.rules().certaintyBased() ? 3 : 1))
                        : q.points() * (f.rules().certaintyBased() ? 3 : 1);
                long count = 0;
                long answered = 0;
                double sx = 0, sxx = 0, sy = 0, syy = 0, sxy = 0;
                List<LiveAnswer> last = new ArrayList<>();
                List<LiveAnswer> first = new ArrayList<>();
                for (Standings.Entry e : st.all()) {
                    LiveAnswer a = counted.getOrDefault(e.player(), Map.of()).get(n);
                    double x = a == null ? 0 : a.points;
                    double y = e.score() - x;
                    count++;
                    if (a != null) {
                        answered++;
                        last.add(a);
                    }
                    sx += x;
                    sxx += x * x;
                    sy += y;
                    syy += y * y;
                    sxy += x * y;
                }
                final int qn = n;
                answers.stream().filter(a -> a.questionNo == qn && a.round == 1).forEach(first::add);
                var sums = new org.sourced.classes.statistics.ItemStatistics.ItemSums(count, sx, sxx, sy, syy, sxy, max);
                var fac = org.sourced.classes.statistics.ItemStatistics.facility(sums);
                var dis = org.sourced.classes.statistics.ItemStatistics.discrimination(sums);
                boolean twoRounds = answers.stream().anyMatch(a -> a.questionNo == qn && a.round == 2);
                questions.add(new QuestionRow(n, q.id(), q.stem(), q.type().key(), q.objective(), count, answered, max,
                        fac.isPresent() ? fac.getAsDouble() : null, dis.isPresent() ? dis.getAsDouble() : null,
                        q.correctChoiceIds().stream().toList(), LiveEvents.distribution(f, n, last),
                        twoRounds ? LiveEvents.distribution(f, n, first) : null));
            }
            return new ResultsJson(s.id, s.packId, s.title, s.state, s.createdAt, s.endedAt, s.classroomId, assignment, players, questions);
        });
    }

    /** Each player's answer that counts for each question: the later round's where they voted twice. */
    private static Map<Long, Map<Integer, LiveAnswer>> counted(List<LiveAnswer> answers) {
        Map<Long, Map<Integer, LiveAnswer>> counted = new HashMap<>();
        for (LiveAnswer a : answers) {
            counted.computeIfAbsent(a.playerId, k -> new HashMap<>()).merge(a.questionNo, a, (x, y) -> y.round > x.round ? y : x);
        }
        return counted;
    }

    private static List<AnswerRow> rows(List<LiveAnswer> answers, Map<Long, Map<Integer, LiveAnswer>> counted, long player) {
        return answers.stream().filter(a -> a.playerId == player)
                .map(a -> new AnswerRow(a.questionNo, a.round, a.questionId, a.choiceIds(), a.certainty, a.points, a.maxPoints, a.correct,
                        counted.get(player).get(a.questionNo) == a, a.answeredAt, a.elapsedMs)).toList();
    }

    @Inject
    ClassService classes;

    @Inject
    AttemptService attempts;

    /**
     * A class's session that ended is kept by the class as an assignment that asked the questions the session
     * asked, with one submitted attempt of each of its students who played (removed players and students no longer
     * in the class are left out, as an assignment's results leave them out). The session's row is locked and then
     * points at that assignment, so an end seen twice (two instances, a repeated request) records it once.
     *
     * @return the assignment that keeps the session, or null when it is not a class's ended session
     */
    public Long recordClassAttempts(long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LiveSession s = em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
            if (s == null || s.classroomId == null || s.assignmentId != null || s.phase().state() != LiveState.ENDED) {
                return s == null ? null : s.assignmentId;
            }
            SessionFacts f = live.facts(s);
            int asked = s.questionNo;
            List<String> questionIds = f.questionIds().subList(0, Math.min(asked, f.total()));
            Instant ended = s.endedAt != null ? s.endedAt : Instant.now();
            Assignment kept = classes.recordLiveSession(new PlayedSession(s.classroomId, s.packVersionId, s.packId, s.title, questionIds,
                    s.partialCredit, s.negativeMarking, s.certainty, s.createdAt, ended));
            s.assignmentId = kept.id;
            Map<Long, Map<Integer, LiveAnswer>> counted = counted(LiveAnswer.ofSession(s.id));
            for (LivePlayer p : LivePlayer.playing(s.id)) {
                if (p.accountId == null || !Enrollment.isActiveMember(s.classroomId, p.accountId)) {
                    continue;
                }
                Map<Integer, LiveAnswer> mine = counted.getOrDefault(p.id, Map.of());
                List<PlayedAttempt.PlayedAnswer> answers = new ArrayList<>();
                for (int n = 1; n <= questionIds.size(); n++) {
                    LiveAnswer a = mine.get(n);
                    answers.add(a == null ? new PlayedAttempt.PlayedAnswer(f.question(n), List.of(), null, null)
                            : new PlayedAttempt.PlayedAnswer(f.question(n), a.choiceIds(), a.certainty, a.answeredAt));
                }
                attempts.recordPlayed(new PlayedAttempt(p.accountId, s.packVersionId, kept.id, f.rules(), p.joinedAt, ended, answers));
            }
            return kept.id;
        });
    }
}

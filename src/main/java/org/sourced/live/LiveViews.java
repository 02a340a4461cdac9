package org.sourced.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.packs.Feedback;
import org.sourced.packs.StudentQuestion;
import org.sourced.packs.format.EvidenceText;
import org.sourced.packs.format.Question;

/**
 * What the live pages show, read in one transaction: the host's projector screen and a player's phone. Like the
 * events, a view holds the key, the explanation and the evidence only once the question is revealed; before that the
 * question is a {@link StudentQuestion}, which has no key to leak.
 */
@ApplicationScoped
public class LiveViews {

    @Inject
    LiveService live;
    @Inject
    LiveEvents events;
    @Inject
    LiveResults results;

    /** Both screens ask the session's state the same way: {@code {#if view.open}}. */
    public interface InState {
        String state();

        default boolean lobby() {
            return state().equals(LiveState.LOBBY.key());
        }

        default boolean open() {
            return state().equals(LiveState.OPEN.key());
        }

        default boolean closed() {
            return state().equals(LiveState.CLOSED.key());
        }

        default boolean revealed() {
            return state().equals(LiveState.REVEALED.key());
        }

        default boolean ended() {
            return state().equals(LiveState.ENDED.key());
        }
    }

    /** One choice's share of the votes; {@code key} is false for every choice until the reveal. */
    public record ChoiceCount(String id, String type, String text, long picked, boolean key) {
    }

    /** The host's screen in the session's current phase. */
    public record HostView(long id, String pin, String title, String lang, String state, int n, int round, int total, int seconds,
                           boolean speedPoints, boolean peerInstruction, boolean forClass, List<LivePlayer> players,
                           StudentQuestion question, Instant closesAt, long secondsLeft, long answered, List<ChoiceCount> counts,
                           List<ChoiceCount> firstVote, Long movedToKey, String explanation, List<Feedback.EvidenceView> evidence,
                           List<Standings.Entry> top, boolean last, String stateKey) implements InState {


        /** A closed first vote of a peer-instruction question: the next step is the revote, not the reveal. */
        public boolean revoteNext() {
            return closed() && peerInstruction && round == 1;
        }

        /** The extra time a host may grant a player, as the select offers it. */
        public List<String> extraTimes() {
            return List.of("1", "1.5", "2");
        }

        /** Players the second vote moved onto the key (0 without a second vote). */
        public long moved() {
            return movedToKey == null ? 0 : movedToKey;
        }

        public long maxPicked() {
            long max = 0;
            for (ChoiceCount c : counts) {
                max = Math.max(max, c.picked());
            }
            if (firstVote != null) {
                for (ChoiceCount c : firstVote) {
                    max = Math.max(max, c.picked());
                }
            }
            return max;
        }
    }

    /** One player's phone in the session's current phase. */
    public record PlayView(long id, String title, String lang, String state, int n, int round, int total, String nickname,
                           StudentQuestion question, Instant closesAt, long secondsLeft, List<String> answer, boolean certaintyOn,
                           Integer certainty, Feedback feedback, double points, double maxPoints, double score, int rank, int players,
                           String stateKey) implements InState {


        public boolean answered() {
            return answer != null && !answer.isEmpty();
        }

        /** The form is shown: the question is open and this player has not answered it yet. */
        public boolean answering() {
            return open() && !answered();
        }

        /** Whether a phone without JavaScript is reloaded: everywhere but the unanswered question's form and the end. */
        public boolean waiting() {
            return !answering() && !ended();
        }
    }

    public HostView host(LiveService.Host host, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LiveSession s = live.sessionFor(host, id);
            Instant now = live.clock.instant();
            SessionFacts f = live.facts(s);
            Phase p = s.phase().at(now, s.closesAt);
            String lang = f.pack().manifest().language();
            List<LivePlayer> players = LivePlayer.playing(s.id);
            StudentQuestion question = null;
            Instant closesAt = null;
            long left = 0;
            long answered = 0;
            List<ChoiceCount> counts = List.of();
            List<ChoiceCount> firstVote = null;
            Long moved = null;
            String explanation = null;
            List<Feedback.EvidenceView> evidence = List.of();
            List<Standings.Entry> top = List.of();
            if (p.n() > 0 && p.state() != LiveState.ENDED) {
                Question q = f.question(p.n());
                question = StudentQuestion.of(q, f.order(p.n()), f.pack().manifest());
                List<LiveAnswer> now1 = LiveAnswer.ofQuestion(s.id, p.n(), p.round());
                answered = now1.size();
                if (p.state() == LiveState.OPEN) {
                    closesAt = s.openedAt.plusSeconds(s.seconds);
                    left = secondsUntil(now, closesAt);
                } else if (p.state() == LiveState.CLOSED) {
                    // the first vote of a peer-instruction question is shown without its key, for the discussion
                    counts = counts(q, f, p.n(), now1, false);
                } else {
                    LiveEvents.RevealEvent r = events.reveal(s, f, p);
                    counts = counts(q, f, p.n(), now1, true);
                    if (p.round() == 2) {
                        firstVote = counts(q, f, p.n(), LiveAnswer.ofQuestion(s.id, p.n(), 1), true);
                    }
                    moved = r.movedToKey();
                    explanation = q.explanation();
                    evidence = Feedback.evidence(q, f.pack().manifest());
                    top = results.standings(s).top(5);
                }
            } else if (p.state() == LiveState.ENDED) {
                top = results.standings(s).all();
            }
            return new HostView(s.id, s.pin, s.title, lang, p.state().key(), p.n(), p.round(), f.total(), s.seconds, s.speedPoints,
                    s.peerInstruction, s.classroomId != null, players, question, closesAt, left, answered, counts, firstVote, moved,
                    explanation, evidence, top, p.n() >= f.total(), LiveHub.stateKey(s, now));
        });
    }

    public PlayView play(String token, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LivePlayer player = live.player(token, id);
            LiveSession s = LiveSession.findById(id);
            Instant now = live.clock.instant();
            SessionFacts f = live.facts(s);
            Phase p = s.phase().at(now, s.closesAt);
            StudentQuestion question = null;
            Instant closesAt = null;
            long left = 0;
            List<String> answer = null;
            Integer certainty = null;
            Feedback feedback = null;
            double points = 0;
            double max = 0;
            if (p.n() > 0 && p.state() != LiveState.ENDED) {
                Question q = f.question(p.n());
                question = StudentQuestion.of(q, f.order(p.n()), f.pack().manifest());
                Optional<LiveAnswer> mine = LiveAnswer.of(player.id, p.n(), p.round());
                if (mine.isEmpty() && p.round() == 2 && p.state() != LiveState.OPEN) {
                    // a player who skipped the revote keeps the first vote
                    mine = LiveAnswer.of(player.id, p.n(), 1);
                }
                if (mine.isPresent()) {
                    answer = mine.get().choiceIds();
                    certainty = mine.get().certainty;
                }
                if (p.state() == LiveState.OPEN) {
                    closesAt = live.closesAtFor(s, player);
                    left = secondsUntil(now, closesAt);
                } else if (p.state() == LiveState.REVEALED) {
                    LiveAnswer a = mine.orElse(null);
                    feedback = Feedback.of(q, f.pack().manifest(), a == null ? List.of() : a.choiceIds(), a != null && a.correct,
                            a == null ? 0 : a.fraction);
                    points = a == null ? 0 : a.points;
                    max = a != null ? a.maxPoints : s.speedPoints ? SpeedPoints.max(q.points()) : q.points();
                }
            }
            Standings st = results.standings(s);
            Standings.Entry me = st.of(player.id);
            return new PlayView(s.id, s.title, f.pack().manifest().language(), p.state().key(), p.n(), p.round(), f.total(),
                    player.nickname, question, closesAt, left, answer, f.rules().certaintyBased(), certainty, feedback, points, max,
                    me == null ? 0 : me.score(), me == null ? 0 : me.rank(), st.players(), LiveHub.stateKey(s, now));
        });
    }

    private static List<ChoiceCount> counts(Question q, SessionFacts f, int n, List<LiveAnswer> answers, boolean withKey) {
        Map<String, Boolean> key = new HashMap<>();
        q.choices().forEach(c -> key.put(c.id(), withKey && c.correct()));
        List<ChoiceCount> out = new ArrayList<>();
        for (Votes.Picked picked : LiveEvents.distribution(f, n, answers)) {
            String text = EvidenceText.brief(q.choice(picked.id()).orElseThrow());
            out.add(new ChoiceCount(picked.id(), q.type().key(), text, picked.picked(), key.get(picked.id())));
        }
        return out;
    }

    static long secondsUntil(Instant now, Instant then) {
        long ms = Duration.between(now, then).toMillis();
        return ms <= 0 ? 0 : (ms + 999) / 1000;
    }
}

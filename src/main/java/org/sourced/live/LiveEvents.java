package org.sourced.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.packs.Feedback;
import org.sourced.packs.format.Question;

/**
 * The events of {@code GET /api/live/{id}/events}, built from the session's state: what a listener needs for the
 * state it finds the session in (so a reconnecting phone is back at once), and what changed after a host step.
 * The key, the explanation and the evidence exist only in {@code reveal}, built only in the revealed state.
 */
@ApplicationScoped
public class LiveEvents {

    @Inject
    LiveService live;
    @Inject
    LiveResults results;

    public record Option(String id, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionEvent(int n, int round, int total, String id, String type, String stem, String claim, List<Option> choices,
                                Instant closesAt, int seconds, int points, boolean certainty, Map<String, Feedback.EvidenceView> passages) {
    }

    public record ClosedEvent(int n, int round, long answered, long players, List<Votes.Picked> distribution) {
    }

    public record EvidenceJson(String source, String title, String kind, String locator, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RevealEvent(int n, String id, List<String> key, List<Votes.Picked> distribution, List<Votes.Picked> firstVote,
                              Long movedToKey, String explanation, List<EvidenceJson> evidence) {
    }

    public record LeaderboardEvent(int n, List<Standings.Entry> top, int players) {
    }

    public record PlayerJson(long player, String nickname) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LobbyEvent(long count, List<PlayerJson> players) {
    }

    public record EndedEvent(int n, List<Standings.Entry> top, int players) {
    }

    public record AnsweredEvent(int n, int round, long answered, long players) {
    }

    /** One event; {@code forHosts} differs from {@code data} only where the host sees more (the lobby's names). */
    public record Event(String name, Object data, Object forHosts) {
        static Event same(String name, Object data) {
            return new Event(name, data, data);
        }
    }

    public record AnswerJson(List<String> choices, Integer certainty) {
    }

    public record VerdictJson(boolean correct, double points, double max) {
    }

    /** What one player's phone shows: {@code GET /api/live/{id}/me}, and the phone page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlayerState(long player, String nickname, String state, int n, int round, int total, QuestionEvent question,
                              Instant closesAt, AnswerJson answer, VerdictJson verdict, double score, int rank, int players,
                              double extraTime) {
    }

    /**
     * The session as this player sees it now: the open question with their own countdown and the answer they gave
     * (a phone that slept comes back to it), and, only once revealed, their verdict; score and rank count revealed
     * questions only.
     */
    public PlayerState playerState(LiveSession s, LivePlayer player, Instant now) {
        SessionFacts f = live.facts(s);
        Phase p = s.phase().at(now, s.closesAt);
        QuestionEvent question = null;
        Instant closesAt = null;
        AnswerJson answer = null;
        VerdictJson verdict = null;
        if (p.n() > 0) {
            var mine = LiveAnswer.of(player.id, p.n(), p.round());
            if (mine.isEmpty() && p.round() == 2 && p.state() != LiveState.OPEN) {
                mine = LiveAnswer.of(player.id, p.n(), 1);
            }
            if (mine.isPresent()) {
                answer = new AnswerJson(mine.get().choiceIds(), mine.get().certainty);
                if (p.state() == LiveState.REVEALED || p.state() == LiveState.ENDED) {
                    verdict = new VerdictJson(mine.get().correct, mine.get().points, mine.get().maxPoints);
                }
            }
            if (p.state() == LiveState.OPEN) {
                question = question(s, f, p);
                closesAt = live.closesAtFor(s, player);
            } else if (p.state() != LiveState.ENDED) {
                question = question(s, f, p);
            }
        }
        Standings st = results.standings(s);
        Standings.Entry me = st.of(player.id);
        return new PlayerState(player.id, player.nickname, p.state().key(), p.n(), p.round(), f.total(), question, closesAt, answer, verdict,
                me == null ? 0 : me.score(), me == null ? 0 : me.rank(), st.players(), player.extraTime);
    }

    /** The events that describe the session as it stands now, in the order a listener should get them. */
    public List<Event> snapshot(LiveSession s, Instant now) {
        SessionFacts f = live.facts(s);
        Phase p = s.phase().at(now, s.closesAt);
        List<Event> out = new ArrayList<>();
        switch (p.state()) {
            case LOBBY -> out.add(lobby(s.id));
            case OPEN -> out.add(Event.same("question", question(s, f, p)));
            case CLOSED -> out.add(Event.same("closed", closed(s, f, p)));
            case REVEALED -> {
                out.add(Event.same("reveal", reveal(s, f, p)));
                Standings st = results.standings(s);
                out.add(Event.same("leaderboard", new LeaderboardEvent(p.n(), st.top(5), st.players())));
            }
            case ENDED -> {
                Standings st = results.standings(s);
                out.add(Event.same("ended", new EndedEvent(p.n(), st.top(5), st.players())));
            }
        }
        return out;
    }

    public Event lobby(long sessionId) {
        List<PlayerJson> players = LivePlayer.<LivePlayer>playing(sessionId).stream().map(x -> new PlayerJson(x.id, x.nickname)).toList();
        return new Event("lobby", new LobbyEvent(players.size(), null), new LobbyEvent(players.size(), players));
    }

    public QuestionEvent question(LiveSession s, SessionFacts f, Phase p) {
        Question q = f.question(p.n());
        List<Option> choices = f.order(p.n()).stream().map(id -> new Option(id, q.choice(id).orElseThrow().text())).toList();
        // an evidence-choice item's passages by choice id, beside the choices as in the attempt API; null for other types
        Map<String, Feedback.EvidenceView> passages = new LinkedHashMap<>();
        f.order(p.n()).forEach(id -> q.choice(id).filter(c -> c.evidence() != null)
                .ifPresent(c -> passages.put(id, Feedback.view(c.evidence(), f.pack().manifest()))));
        return new QuestionEvent(p.n(), p.round(), f.total(), q.id(), q.type().key(), q.stem(), q.claim(), choices,
                s.openedAt.plusSeconds(s.seconds), s.seconds, q.points(), f.rules().certaintyBased(), passages.isEmpty() ? null : passages);
    }

    ClosedEvent closed(LiveSession s, SessionFacts f, Phase p) {
        List<LiveAnswer> answers = LiveAnswer.ofQuestion(s.id, p.n(), p.round());
        long players = LivePlayer.count("sessionId = ?1 and removedAt is null", s.id);
        return new ClosedEvent(p.n(), p.round(), answers.size(), players, distribution(f, p.n(), answers));
    }

    public RevealEvent reveal(LiveSession s, SessionFacts f, Phase p) {
        Question q = f.question(p.n());
        List<String> key = q.correctChoiceIds().stream().toList();
        List<LiveAnswer> last = LiveAnswer.ofQuestion(s.id, p.n(), p.round());
        List<Votes.Picked> firstVote = null;
        Long moved = null;
        if (p.round() == 2) {
            List<LiveAnswer> first = LiveAnswer.ofQuestion(s.id, p.n(), 1);
            firstVote = distribution(f, p.n(), first);
            Map<Long, Boolean> firstRight = new HashMap<>();
            first.forEach(a -> firstRight.put(a.playerId, a.correct));
            Map<Long, Boolean> secondRight = new HashMap<>();
            last.forEach(a -> secondRight.put(a.playerId, a.correct));
            moved = Votes.movedToKey(firstRight, secondRight);
        }
        List<EvidenceJson> evidence = Feedback.evidence(q, f.pack().manifest()).stream()
                .map(e -> new EvidenceJson(e.sourceId(), e.title(), e.kind(), e.locator(), e.note())).toList();
        return new RevealEvent(p.n(), q.id(), key, distribution(f, p.n(), last), firstVote, moved, q.explanation(), evidence);
    }

    static List<Votes.Picked> distribution(SessionFacts f, int n, List<LiveAnswer> answers) {
        return Votes.distribution(f.order(n), answers.stream().map(LiveAnswer::choiceIds).toList());
    }
}

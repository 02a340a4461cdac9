package org.sourced.live;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * Pushes a session's events to the event streams open on this instance. The database is the shared state: every
 * host step raises the session's {@code version}; the instance that took the step pushes at once
 * ({@link #changed}), and every instance reads the version, the player count and the answer count of the sessions
 * its listeners follow every {@code sourced.live.poll-millis} (one query for all of them), so a player on another
 * instance has the next question within that time. A countdown that runs out closes the question here too, without
 * any host step. Each event is serialised once and the same bytes go to every listener.
 */
@ApplicationScoped
public class LiveHub {

    private static final long KEEP_ALIVE_MILLIS = 15_000;

    @Inject
    LiveEvents events;
    @Inject
    LiveConfig config;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    void useClock(Clock clock) {
        this.clock = clock;
    }

    private final Map<Long, Channel> channels = new ConcurrentHashMap<>();
    private volatile Sse sse;
    private volatile ScheduledExecutorService timer;
    private volatile long lastKeepAlive;

    record Listener(SseEventSink sink, boolean host, Long player) {
    }

    /** The built events for one state: the bytes for players and for hosts. */
    record Built(List<OutboundSseEvent> forAll, List<OutboundSseEvent> forHosts) {
    }

    static final class Channel {
        final long id;
        final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
        /** Subscriptions under way: the poll must not drop the channel between their lookup and their add. */
        final AtomicInteger joining = new AtomicInteger();
        String key;
        long players = -1;
        long answered = -1;
        Built last;

        Channel(long id) {
            this.id = id;
        }
    }

    /**
     * Adds a listener and sends it the session as it stands, unless it says it has seen that state already
     * ({@code seen}, the {@link #stateKey} a page was rendered at): a page that has just loaded need not fetch itself again.
     */
    public void subscribe(long sessionId, Sse sse, SseEventSink sink, boolean host, Long player, String seen) {
        this.sse = sse;
        startTimer();
        // counted in the map's own atomic step, so that the poll, which drops empty channels in one too, cannot
        // drop this one before the listener is in it: the first players of a session on an instance (on a
        // second instance, all of them) were once added to a dropped channel and never heard of a question
        Channel c = channels.compute(sessionId, (id, existing) -> {
            Channel ch = existing != null ? existing : new Channel(id);
            ch.joining.incrementAndGet();
            return ch;
        });
        Listener l = new Listener(sink, host, player);
        try {
            synchronized (c) {
                if (c.last == null) {
                    refresh(c, true);
                }
                c.listeners.add(l);
                if (c.last != null && (seen == null || !seen.equals(c.key))) {
                    send(l, c.last);
                }
            }
        } finally {
            c.joining.decrementAndGet();
        }
    }

    /** What a listener's events describe: the session's version and its state now (a countdown's end changes it too). */
    static String stateKey(LiveSession s, Instant now) {
        return s.version + ":" + s.phase().at(now, s.closesAt).state().key();
    }

    /** A host step on this instance: push without waiting for the poll. */
    public void changed(long sessionId) {
        Channel c = channels.get(sessionId);
        if (c != null) {
            synchronized (c) {
                refresh(c, true);
            }
        }
    }

    /** A removed player's streams end. */
    public void kick(long sessionId, long playerId) {
        Channel c = channels.get(sessionId);
        if (c != null) {
            c.listeners.removeIf(l -> {
                if (playerId == (l.player() == null ? -1 : l.player())) {
                    l.sink().close();
                    return true;
                }
                return false;
            });
        }
    }

    /** Rebuilds the events of the session's current state and sends them to every listener. */
    private void refresh(Channel c, boolean force) {
        try {
            Instant now = clock.instant();
            Built built = QuarkusTransaction.requiringNew().call(() -> {
                LiveSession s = LiveSession.findById(c.id);
                if (s == null) {
                    return null;
                }
                String key = stateKey(s, now);
                if (!force && key.equals(c.key)) {
                    return null;
                }
                c.key = key;
                return build(events.snapshot(s, now));
            });
            if (built != null) {
                c.last = built;
                c.listeners.forEach(l -> send(l, built));
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "live session %d: could not build its events", c.id);
        }
    }

    private void poll() {
        try {
            List<Long> ids = new ArrayList<>();
            channels.forEach((id, c) -> c.listeners.removeIf(l -> l.sink().isClosed()));
            channels.keySet().forEach(id -> channels.computeIfPresent(id, (k, c) -> c.listeners.isEmpty() && c.joining.get() == 0 ? null : c));
            ids.addAll(channels.keySet());
            boolean keepAlive = clock.millis() - lastKeepAlive > KEEP_ALIVE_MILLIS;
            if (keepAlive) {
                lastKeepAlive = clock.millis();
            }
            if (ids.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select s.id, s.version, s.state, s.closesAt, s.questionNo, s.round,"
                            + " (select count(p) from LivePlayer p where p.sessionId = s.id and p.removedAt is null),"
                            + " (select count(a) from LiveAnswer a where a.sessionId = s.id and a.questionNo = s.questionNo and a.round = s.round)"
                            + " from LiveSession s where s.id in :ids", Object[].class).setParameter("ids", ids).getResultList());
            for (Object[] row : rows) {
                Channel c = channels.get((Long) row[0]);
                if (c == null) {
                    continue;
                }
                Phase phase = new Phase(LiveState.of((String) row[2]), (Integer) row[4], (Integer) row[5]);
                String key = row[1] + ":" + phase.at(now, (Instant) row[3]).state().key();
                long players = (Long) row[6];
                long answered = (Long) row[7];
                synchronized (c) {
                    if (!key.equals(c.key)) {
                        refresh(c, false);
                    } else if (phase.state() == LiveState.LOBBY && players != c.players) {
                        Built lobby = QuarkusTransaction.requiringNew().call(() -> build(List.of(events.lobby(c.id))));
                        c.last = lobby;
                        c.listeners.forEach(l -> send(l, lobby));
                    } else if (phase.state() == LiveState.OPEN && (answered != c.answered || players != c.players)) {
                        OutboundSseEvent count = event("answered", new LiveEvents.AnsweredEvent(phase.n(), phase.round(), answered, players));
                        c.listeners.stream().filter(Listener::host).forEach(l -> l.sink().send(count));
                    }
                    c.players = players;
                    c.answered = answered;
                    if (keepAlive) {
                        OutboundSseEvent ping = sse.newEventBuilder().comment("keep-alive").build();
                        c.listeners.forEach(l -> l.sink().send(ping));
                    }
                }
            }
        } catch (RuntimeException e) {
            Log.warn("live: the poll of session states failed; trying again", e);
        }
    }

    private Built build(List<LiveEvents.Event> list) {
        List<OutboundSseEvent> all = new ArrayList<>();
        List<OutboundSseEvent> hosts = new ArrayList<>();
        for (LiveEvents.Event e : list) {
            OutboundSseEvent forAll = event(e.name(), e.data());
            all.add(forAll);
            hosts.add(e.forHosts() == e.data() ? forAll : event(e.name(), e.forHosts()));
        }
        return new Built(all, hosts);
    }

    private OutboundSseEvent event(String name, Object data) {
        try {
            return sse.newEventBuilder().name(name).mediaType(MediaType.TEXT_PLAIN_TYPE).data(json.writeValueAsString(data)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(Listener l, Built built) {
        for (OutboundSseEvent e : l.host() ? built.forHosts() : built.forAll()) {
            if (l.sink().isClosed()) {
                return;
            }
            l.sink().send(e);
        }
    }

    private void startTimer() {
        if (timer == null) {
            synchronized (this) {
                if (timer == null) {
                    ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread thread = new Thread(r, "live-poll");
                        thread.setDaemon(true);
                        return thread;
                    });
                    t.scheduleWithFixedDelay(this::poll, config.pollMillis(), config.pollMillis(), TimeUnit.MILLISECONDS);
                    timer = t;
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent e) {
        ScheduledExecutorService t = timer;
        if (t != null) {
            t.shutdownNow();
        }
        channels.values().forEach(c -> c.listeners.forEach(l -> l.sink().close()));
    }

    /** How many streams this instance holds open (for the benchmark's log). */
    public int listeners() {
        return channels.values().stream().mapToInt(c -> c.listeners.size()).sum();
    }
}

package org.sourced.ops;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.logging.Log;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.sourced.accounts.Tokens;
import org.sourced.quiz.AttemptService;
import org.sourced.quiz.CurrentLearner;
import org.sourced.quiz.Learner;

/**
 * Warm before ready: right after start, a background thread walks the student pages over loopback
 * ({@link Rehearsal}) a few times, so that the classes are loaded, the templates parsed and the hot
 * methods compiled before a load balancer or a class is let in; then it erases the attempts it took.
 * {@link WarmUpCheck} keeps {@code /q/health/ready} down until then, bounded by
 * {@code sourced.warmup.timeout}. The home page answers meanwhile: readiness is the signal, not a gate.
 */
@ApplicationScoped
public class WarmUp {

    public enum State { WAITING, RUNNING, DONE, TIMED_OUT, FAILED, OFF }

    public record Outcome(State state, long millis, int requests, int attemptsTaken, int attemptsErased) {
        public boolean ready() {
            return state != State.WAITING && state != State.RUNNING;
        }
    }

    @Inject
    WarmUpConfig config;
    @Inject
    AttemptService attempts;
    @Inject
    ValueRegistry registry;

    private final AtomicReference<Outcome> outcome = new AtomicReference<>(new Outcome(State.WAITING, 0, 0, 0, 0));
    private volatile Thread worker;
    /** The anonymous browser the rehearsal answers as: fresh at each start, so nobody else's attempts match it. */
    final String browser = Tokens.linkId();

    public Outcome outcome() {
        return outcome.get();
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            outcome.set(new Outcome(State.OFF, 0, 0, 0, 0));
            return;
        }
        worker = new Thread(this::run, "sourced-warmup");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }

    private void run() {
        long t0 = System.nanoTime();
        long deadline = t0 + config.timeout().toNanos();
        String browser = this.browser;
        Rehearsal walk = null;
        State end = State.DONE;
        try {
            outcome.set(new Outcome(State.RUNNING, 0, 0, 0, 0));
            while (walk == null || !walk.serving()) {
                URI base = walk == null ? loopback() : null;
                if (base != null) {
                    walk = new Rehearsal(base, CurrentLearner.COOKIE, browser);
                    continue;
                }
                if (System.nanoTime() > deadline) {
                    throw new java.util.concurrent.TimeoutException("the HTTP port never answered");
                }
                Thread.sleep(20);
            }
            for (int round = 0; round < config.rounds() && System.nanoTime() < deadline; round++) {
                walk.walk(round % 2 == 1);
            }
            if (System.nanoTime() > deadline) {
                end = State.TIMED_OUT;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = State.FAILED;
        } catch (Exception e) {
            end = State.FAILED;
            Log.warnf("warm-up stopped early (the app is ready anyway): %s", e.toString());
        } finally {
            List<String> taken = walk == null ? List.of() : walk.attempts();
            int erased = taken.isEmpty() ? 0 : eraseQuietly(Learner.anonymous(browser).ownerKey(), taken);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            int requests = walk == null ? 0 : walk.requests();
            outcome.set(new Outcome(end, millis, requests, taken.size(), erased));
            Log.infof("warm-up %s in %d ms: %d requests, %d rehearsal attempts erased", end.name().toLowerCase(java.util.Locale.ROOT),
                    millis, requests, erased);
        }
    }

    private int eraseQuietly(String ownerKey, List<String> publicIds) {
        try {
            return attempts.eraseRehearsal(ownerKey, publicIds);
        } catch (RuntimeException e) {
            Log.errorf(e, "warm-up could not erase its rehearsal attempts (owner %s)", ownerKey);
            return 0;
        }
    }

    /**
     * This instance's own HTTP address as the server reports it once listening (the real port, also when 0
     * was asked), or null while it is not listening yet.
     */
    private URI loopback() {
        if (!registry.containsKey(HttpServer.HTTP_SERVER)) {
            return null;
        }
        int port = registry.get(HttpServer.HTTP_SERVER).getPort();
        if (port <= 0) {
            port = registry.getOrDefault(HttpServer.HTTP_TEST_PORT, -1); // under @QuarkusTest the server has its test port
        }
        if (port <= 0) {
            return null;
        }
        String host = ConfigProvider.getConfig().getOptionalValue("quarkus.http.host", String.class).orElse("127.0.0.1");
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") || host.equals("localhost")) {
            host = "127.0.0.1"; // bound to every address: loopback is one of them
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
    }
}

package org.sourced.quiz;

import java.time.Clock;
import java.time.Duration;

import io.quarkus.arc.ClientProxy;

/** Moves the attempt service's clock for a test and puts it back, so deadlines can pass without waiting. */
final class Clocks {

    interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    private Clocks() {
    }

    /** Until closed, the service's "now" is {@code ahead} later than the real time. */
    static Restore ahead(AttemptService attempts, Duration ahead) {
        AttemptService service = ClientProxy.unwrap(attempts);
        Clock saved = service.clock;
        service.clock = Clock.offset(saved, ahead);
        return () -> service.clock = saved;
    }
}

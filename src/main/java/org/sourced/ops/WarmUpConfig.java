package org.sourced.ops;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The start-up warm-up's settings ({@code sourced.warmup.*}, docs/configuration.md). */
@ConfigMapping(prefix = "sourced.warmup")
public interface WarmUpConfig {

    /** Whether readiness waits for a rehearsal of the student pages; off in the test profile. */
    @WithDefault("true")
    boolean enabled();

    /** How many times the rehearsal walks the student pages (the first walk loads, later ones compile). */
    @WithDefault("3")
    int rounds();

    /** The longest the warm-up may hold readiness back; after it the app says ready anyway and logs why. */
    @WithDefault("PT60S")
    Duration timeout();
}

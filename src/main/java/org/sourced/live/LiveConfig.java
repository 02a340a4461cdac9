package org.sourced.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The live classroom's settings ({@code sourced.live.*}, docs/configuration.md). */
@ConfigMapping(prefix = "sourced.live")
public interface LiveConfig {

    /** How late after a player's countdown an answer still counts, for the trip over a slow network, in milliseconds. */
    @WithDefault("500")
    long graceMillis();

    /** How often an instance reads the state of the sessions its players listen to, in milliseconds. */
    @WithDefault("200")
    long pollMillis();

    /** Seconds per question when the host does not say. */
    @WithDefault("20")
    int defaultSeconds();
}

package org.sourced.quiz;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How many attempts a learner and an address may start, and when abandoned ones go (docs/security.md, "Limits"). */
@ConfigMapping(prefix = "sourced.limits.attempts")
public interface AttemptLimitsConfig {

    /** New attempts one learner (the learner cookie, or an account) may start per minute. */
    @WithName("per-learner-minute")
    @WithDefault("10")
    int perLearnerMinute();

    /** ... per day. */
    @WithName("per-learner-day")
    @WithDefault("300")
    int perLearnerDay();

    /** New attempts one client address may start per minute (a class behind one address starts together). */
    @WithName("per-address-minute")
    @WithDefault("120")
    int perAddressMinute();

    /** ... per day. */
    @WithName("per-address-day")
    @WithDefault("3000")
    int perAddressDay();

    /** Attempts in progress one learner may hold; the next start is refused until one is submitted or cleaned up. */
    @WithName("max-open")
    @WithDefault("30")
    int maxOpen();

    /** How often the cleanup of abandoned anonymous attempts runs. */
    @WithName("cleanup-every")
    @WithDefault("1h")
    String cleanupEvery();

    /** An anonymous attempt never submitted and started longer ago than this is abandoned, and deleted. */
    @WithName("cleanup-after")
    @WithDefault("P7D")
    Duration cleanupAfter();
}

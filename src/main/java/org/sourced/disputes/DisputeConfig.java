package org.sourced.disputes;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The keys of the disputes feature (docs/configuration.md, "Disputes"). */
@ConfigMapping(prefix = "sourced.disputes")
public interface DisputeConfig {

    /** Longest reason a learner may give, in characters. */
    @WithName("reason-max")
    @WithDefault("2000")
    int reasonMax();

    /** Disputes one learner (an account or an anonymous browser) may file per window. */
    @WithName("per-learner")
    @WithDefault("5")
    int perLearner();

    /** Disputes one client address may file per window (a school behind one address files for many learners). */
    @WithName("per-address")
    @WithDefault("30")
    int perAddress();

    /** The sliding window the two limits count in. */
    @WithDefault("PT1H")
    Duration window();
}

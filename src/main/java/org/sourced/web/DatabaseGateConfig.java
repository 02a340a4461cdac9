package org.sourced.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The fail-fast gate's settings ({@code sourced.db-gate.*}, docs/configuration.md). */
@ConfigMapping(prefix = "sourced.db-gate")
public interface DatabaseGateConfig {

    /** The pause between checks of a database that did not answer, in milliseconds. */
    @WithDefault("250")
    long retryMillis();
}

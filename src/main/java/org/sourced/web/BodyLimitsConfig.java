package org.sourced.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The body caps of {@link BodyLimits} (docs/configuration.md). */
@ConfigMapping(prefix = "sourced.limits.body")
public interface BodyLimitsConfig {

    /** Largest body of a JSON API route, in bytes. */
    @WithName("api-bytes")
    @WithDefault("16384")
    long apiBytes();

    /** Largest body of a page's form outside /teach/, in bytes. */
    @WithName("form-bytes")
    @WithDefault("65536")
    long formBytes();
}

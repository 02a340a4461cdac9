package org.sourced.accounts;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Sign-in throttling with device cookies (docs/security.md, "Sign-in throttling"; docs/configuration.md). */
@ConfigMapping(prefix = "sourced.limits.login")
public interface LoginLimitsConfig {

    /** Wrong passwords per window for one account from browsers without its device cookie, all together. */
    @WithName("untrusted-failures")
    @WithDefault("5")
    int untrustedFailures();

    /** Wrong passwords per window from one browser that holds the account's device cookie. */
    @WithName("device-failures")
    @WithDefault("10")
    int deviceFailures();

    /** Wrong passwords per window from one address, for clients without a device cookie (any account). */
    @WithName("address-failures")
    @WithDefault("20")
    int addressFailures();

    /** The window the failures count in; a spent budget is locked until it closes. */
    @WithDefault("PT15M")
    Duration window();

    /** How long a browser keeps its device cookie. */
    @WithName("device-cookie-days")
    @WithDefault("365")
    int deviceCookieDays();
}

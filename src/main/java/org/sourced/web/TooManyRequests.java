package org.sourced.web;

import java.time.Duration;

import org.sourced.web.i18n.UiText;

/** A 429 that says how long to wait: error pages and the API send it as {@code Retry-After} (whole seconds, at least 1). */
public class TooManyRequests extends UserError {

    private final Duration retryAfter;

    public TooManyRequests(UiText text, Duration retryAfter) {
        super(429, "Too many tries", text);
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

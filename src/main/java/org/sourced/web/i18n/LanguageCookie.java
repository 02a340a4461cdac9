package org.sourced.web.i18n;

import java.time.Duration;

import jakarta.ws.rs.core.NewCookie;

import org.sourced.web.i18n.Languages.Language;

/** The cookie that remembers the reader's language for a year. Not a secret, but scripts have no use for it. */
final class LanguageCookie {

    static final Duration LIFETIME = Duration.ofDays(365);

    private LanguageCookie() {
    }

    static NewCookie of(Language language, boolean https) {
        return new NewCookie.Builder(Languages.COOKIE).value(language.tag()).path("/").httpOnly(true).secure(https)
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) LIFETIME.toSeconds()).build();
    }
}

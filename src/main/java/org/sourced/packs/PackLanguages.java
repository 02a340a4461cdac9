package org.sourced.packs;

import java.time.Duration;
import java.util.List;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

import org.sourced.web.i18n.Languages;
import org.sourced.web.i18n.UiLanguage;

/** This request's choice of a pack's language ({@link PackLanguage}), and the options of a pack's language switch. */
@RequestScoped
public class PackLanguages {

    /** One entry of a pack's language switch: the tag, the language's name in itself, whether it is the one shown. */
    public record Option(String tag, String name, boolean current) {
    }

    static final Duration LIFETIME = Duration.ofDays(365);

    @Inject
    PackCatalog catalog;
    @Inject
    UiLanguage ui;
    @Inject
    HttpServerRequest request;

    /** The language to show this version in for this request. */
    public String chosen(PackVersion version) {
        Cookie cookie = request.getCookie(PackLanguage.cookie(version.packId));
        return PackLanguage.choose(catalog.languages(version), cookie == null ? null : cookie.getValue(), ui.lang());
    }

    /** {@code requested} when this version has it (a form's or a query's choice), else this request's choice. */
    public String chosen(PackVersion version, String requested) {
        List<String> languages = catalog.languages(version);
        return requested != null && languages.contains(requested.strip()) ? requested.strip() : chosen(version);
    }

    /** The switch's entries, empty when the pack is in one language only (then no switch is shown). */
    public static List<Option> options(List<String> languages, String current) {
        if (languages.size() < 2) {
            return List.of();
        }
        return languages.stream().map(tag -> new Option(tag, Languages.byTag(tag).map(Languages.Language::name).orElse(tag),
                tag.equals(current))).toList();
    }

    /** The cookie that remembers a pack's language for a year; not a secret, but scripts have no use for it. */
    public NewCookie remember(String packId, String tag) {
        boolean https = "https".equals(request.scheme()) || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        return new NewCookie.Builder(PackLanguage.cookie(packId)).value(tag).path("/").httpOnly(true).secure(https)
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) LIFETIME.toSeconds()).build();
    }
}

package org.sourced.web.i18n;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.sourced.web.LocalPath;
import org.sourced.web.i18n.Languages.Language;

/**
 * Chooses each request's UI language before routing ({@code ?lang=}, cookie, {@code Accept-Language},
 * English) and stores it in {@link UiLanguage}. A valid {@code ?lang=} is remembered in the cookie.
 */
public class LanguageFilter {

    private static final String CHOSEN_BY_PARAMETER = LanguageFilter.class.getName() + ".parameter";

    @Inject
    UiLanguage ui;

    @ServerRequestFilter(preMatching = true)
    public void choose(ContainerRequestContext request) {
        String parameter = request.getUriInfo().getQueryParameters().getFirst(Languages.PARAMETER);
        Cookie cookie = request.getCookies().get(Languages.COOKIE);
        Language language = Languages.resolve(parameter, cookie == null ? null : cookie.getValue(),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Languages.byTag(parameter).ifPresent(chosen -> request.setProperty(CHOSEN_BY_PARAMETER, chosen));
        ui.choose(language, back(request));
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(CHOSEN_BY_PARAMETER) instanceof Language chosen) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, LanguageCookie.of(chosen, isHttps(request)));
        }
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            // the same address renders in another language for another reader: caches must keep them apart
            Object vary = response.getHeaders().getFirst(HttpHeaders.VARY);
            response.getHeaders().putSingle(HttpHeaders.VARY, vary == null ? "Accept-Language, Cookie" : vary + ", Accept-Language, Cookie");
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, ui.lang());
        }
    }

    /**
     * The page to return to after switching language: this address for a GET; for a page rendered by a
     * POST (a form shown again with its errors) the page the form came from, which the Referer names.
     */
    static String back(ContainerRequestContext request) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            URI uri = request.getUriInfo().getRequestUri();
            return withoutLang(uri.getRawPath(), uri.getRawQuery());
        }
        return Optional.ofNullable(request.getHeaderString("Referer")).flatMap(LanguageFilter::parse)
                .map(uri -> withoutLang(uri.getRawPath(), uri.getRawQuery())).orElse("/");
    }

    static String withoutLang(String path, String query) {
        String local = LocalPath.orRoot(path == null || path.isEmpty() ? "/" : path);
        if (query == null || query.isEmpty()) {
            return local;
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(p -> !p.equals(Languages.PARAMETER) && !p.startsWith(Languages.PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? local : local + "?" + kept;
    }

    private static Optional<URI> parse(String referer) {
        try {
            return Optional.of(URI.create(referer));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttps(ContainerRequestContext request) {
        return "https".equals(request.getUriInfo().getRequestUri().getScheme())
                || "https".equalsIgnoreCase(request.getHeaderString("X-Forwarded-Proto"));
    }
}

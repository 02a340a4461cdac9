package org.sourced.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Sourced speaks and how a request picks one. Plain Java: the filter feeds it the query
 * parameter, the cookie and the {@code Accept-Language} header; tests call it directly.
 */
public final class Languages {

    /** The cookie that remembers a reader's choice. */
    public static final String COOKIE = "sourced_lang";
    /** The query parameter that switches language from a link ({@code ?lang=hy}); it also sets the cookie. */
    public static final String PARAMETER = "lang";

    /**
     * One UI language.
     *
     * @param tag     the BCP 47 tag in {@code <html lang>}, the cookie and {@code msg_<tag>.properties}
     * @param name    the language's name in itself, for the switcher
     * @param formats the locale dates are formatted with (English pages keep day-month-year)
     */
    public record Language(String tag, String name, Locale formats) {

        /** The locale message bundles and templates are rendered with. */
        public Locale locale() {
            return Locale.forLanguageTag(tag);
        }
    }

    public static final Language ENGLISH = new Language("en", "English", Locale.forLanguageTag("en-GB"));
    public static final Language ARMENIAN = new Language("hy", "Հայերեն", Locale.forLanguageTag("hy-AM"));
    public static final Language RUSSIAN = new Language("ru", "Русский", Locale.forLanguageTag("ru-RU"));

    /** In the switcher's order. To add a language, add it here and add {@code messages/msg_<tag>.properties}. */
    public static final List<Language> ALL = List.of(ENGLISH, ARMENIAN, RUSSIAN);
    public static final Language DEFAULT = ENGLISH;

    private static final List<String> TAGS = ALL.stream().map(Language::tag).toList();

    private Languages() {
    }

    /** A supported language by its exact tag (case-insensitive); anything else, including "ru-RU", is empty. */
    public static Optional<Language> byTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.strip();
        return ALL.stream().filter(l -> l.tag().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The language of a locale, or the default. */
    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : byTag(locale.getLanguage()).orElse(DEFAULT);
    }

    /**
     * The best supported match for an {@code Accept-Language} header (RFC 4647 lookup: "ru-RU" falls back
     * to "ru", weights are honoured), or empty when nothing matches or the header does not parse.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), TAGS);
            return byTag(tag);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The order of precedence: {@code ?lang=}, then the cookie, then {@code Accept-Language}, then English. */
    public static Language resolve(String parameter, String cookie, String acceptLanguage) {
        return byTag(parameter).or(() -> byTag(cookie)).or(() -> fromAcceptLanguage(acceptLanguage)).orElse(DEFAULT);
    }
}

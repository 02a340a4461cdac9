package org.sourced.web;

import java.util.Objects;

/**
 * HTML that came out of the sanitiser, never straight from a user. Templates print it unescaped through
 * {@link TemplateExtensions#markup(SafeHtml)}; every other value is escaped by Qute. Only {@link Markdown} (the
 * sanitiser's one caller) makes one: the constructor is package-private, so no other code can mark text safe.
 */
public final class SafeHtml {

    private final String html;

    SafeHtml(String html) {
        this.html = Objects.requireNonNull(html);
    }

    public String html() {
        return html;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafeHtml other && html.equals(other.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return "SafeHtml[" + html + "]";
    }
}

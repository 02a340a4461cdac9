package org.sourced.web;

/**
 * HTML that came out of the sanitiser, never straight from a user. Templates print it unescaped through
 * {@link TemplateExtensions#markup(SafeHtml)}; every other value is escaped by Qute.
 */
public record SafeHtml(String html) {
}

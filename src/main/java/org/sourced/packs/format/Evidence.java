package org.sourced.packs.format;

/**
 * What backs an answer key: the source, where in it (a paragraph, an article number), and a note in the
 * author's own words on what that passage establishes.
 */
public record Evidence(String source, String locator, String note) {
}

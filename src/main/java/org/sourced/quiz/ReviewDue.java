package org.sourced.quiz;

/** How many questions of a pack are due for review today; the language is the pack's, for its title. */
public record ReviewDue(String packId, String packTitle, String language, int due, int total) {
}

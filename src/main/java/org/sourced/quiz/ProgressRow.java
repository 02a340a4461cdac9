package org.sourced.quiz;

/** One attempt in "My progress"; the language is the pack's, for its title. */
public record ProgressRow(Attempt attempt, String packTitle, String language) {
}

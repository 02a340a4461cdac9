package org.sourced.quiz;

/** One attempt in "My progress"; the title is in the language the attempt was taken in, and {@code language} is that one. */
public record ProgressRow(Attempt attempt, String packTitle, String language) {
}

package org.sourced.packs.format;

/** A named selection of questions for quizzes, such as "2020 vs 2022": every question carrying {@code tag}. */
public record QuestionSet(String id, String title, String tag) {
}

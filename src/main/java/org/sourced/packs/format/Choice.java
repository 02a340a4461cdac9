package org.sourced.packs.format;

/**
 * One option of a question. For ordering items {@code correct} is true for every item and the key is
 * the order of the list; for true-false and claim-check items the choices are derived from the answer
 * or verdict, so every question type answers with choice ids.
 */
public record Choice(String id, String text, boolean correct, String feedback) {
}

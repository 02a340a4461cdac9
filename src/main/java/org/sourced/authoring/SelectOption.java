package org.sourced.authoring;

/** One option of a {@code {#select}} tag. */
public record SelectOption(String value, String label) {
}

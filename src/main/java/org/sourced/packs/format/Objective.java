package org.sourced.packs.format;

public record Objective(String id, String title) {
}

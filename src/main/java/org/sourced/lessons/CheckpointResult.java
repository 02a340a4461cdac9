package org.sourced.lessons;

import java.util.List;

import org.sourced.packs.Feedback;

/** A checkpoint answered in a lesson: what was picked and the feedback, or why the answer was not taken. */
public record CheckpointResult(List<String> answer, Feedback feedback, String error) {
}

package org.sourced.quiz;

import java.time.Instant;
import java.util.List;

/**
 * The regrades that changed an attempt's score, for its result page ("Regraded on …: 7 → 8, erratum #3"). The
 * disputes feature keeps them; this interface lets the result page show them without depending on that feature.
 * Without an implementation an attempt has none.
 */
public interface RegradeNotes {

    /** One regrade: the corrected question, when, the attempt's score before and after, and the erratum applied. */
    record Note(String questionId, Instant at, double oldScore, double newScore, int erratum) {
    }

    List<Note> of(long attemptId);
}

package org.sourced.classes;

import java.util.Map;

import org.sourced.packs.format.Question;

/**
 * The corrected questions whose regrade reached an assignment's attempts, so that its statistics mark as right
 * the choices its marks now follow. The disputes feature keeps corrections and regrades; this interface lets the
 * class results read them without depending on that feature. Without an implementation nothing is corrected.
 */
public interface KeyCorrections {

    /** Question id → the question as last corrected, for each question of {@code s} regraded under a correction. */
    Map<String, Question> applied(Assignment s);
}

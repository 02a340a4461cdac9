package org.sourced.packs.exchange;

import java.util.List;

/**
 * An exported file.
 *
 * @param problems what could not be written (an ordering question in GIFT, say); line 0, the message names
 *                 the question id
 */
public record Exported(byte[] bytes, List<ImportProblem> problems) {

    public Exported {
        problems = List.copyOf(problems);
    }
}

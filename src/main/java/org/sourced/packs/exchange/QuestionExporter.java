package org.sourced.packs.exchange;

import org.sourced.packs.format.PackContent;

/** Writes the questions of a pack in one exchange format. */
public interface QuestionExporter {

    Exported write(PackContent pack);
}

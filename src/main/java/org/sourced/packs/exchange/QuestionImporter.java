package org.sourced.packs.exchange;

/** Reads one uploaded file. Implementations keep no state between calls. */
public interface QuestionImporter {

    /**
     * @return the questions that could be mapped and a problem for everything else
     * @throws ImportFailure when the file cannot be read at all or breaks a limit
     */
    ImportResult read(byte[] file) throws ImportFailure;
}

package org.sourced.packs.exchange;

import java.util.List;

/**
 * What Sourced writes about the pack itself into an exchange file, so that a pack that goes to an LMS
 * format and back keeps it: its summary, licence and authors (objective titles travel in
 * {@link ImportResult#objectiveTitles()}). Each field may be null (authors empty) when the file did not say.
 */
public record PackMetadata(String summary, String licence, List<String> authors) {

    public PackMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}

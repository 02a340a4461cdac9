package org.sourced.packs.format;

import java.time.LocalDate;

/**
 * A text the pack's answer keys cite. {@code url} may be null; so may {@code counting} (how its
 * paragraphs or articles are counted), for sources imported from formats that have no such field.
 */
public record Source(String id, SourceKind kind, String title, String publisher, LocalDate published, String url,
                     Counting counting) {

    public Source(String id, SourceKind kind, String title, String publisher, LocalDate published, String url) {
        this(id, kind, title, publisher, published, url, null);
    }
}

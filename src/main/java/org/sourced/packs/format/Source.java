package org.sourced.packs.format;

import java.time.LocalDate;

/** A text the pack's answer keys cite. {@code url} may be null. */
public record Source(String id, SourceKind kind, String title, String publisher, LocalDate published, String url) {
}

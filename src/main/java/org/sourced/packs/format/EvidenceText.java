package org.sourced.packs.format;

/**
 * A choice of an evidence-choice question as one line of plain text, for the places that show a choice as words
 * only: statistics, CSV, the live projector's counts (brief), and exchange formats that have no field for a
 * source (full). A choice that is not an evidence entry is its own text.
 */
public final class EvidenceText {

    private EvidenceText() {
    }

    /** {@code <source id>, <locator>: <note>}: short enough for a table row or a chart's label. */
    public static String brief(Choice c) {
        Evidence e = c.evidence();
        return e == null ? c.text() : e.source() + ", " + e.locator() + ": " + e.note();
    }

    /**
     * {@code <title> (<kind>, <publisher>, <published>), <locator>: <note>}, the source described from {@code manifest}
     * (its id when the manifest does not list it).
     */
    public static String full(Choice c, Manifest manifest) {
        Evidence e = c.evidence();
        if (e == null) {
            return c.text();
        }
        Source s = manifest == null ? null : manifest.source(e.source()).orElse(null);
        if (s == null) {
            return brief(c);
        }
        StringBuilder out = new StringBuilder(s.title() == null ? s.id() : s.title()).append(" (");
        if (s.kind() != null) {
            out.append(s.kind().key()).append(", ");
        }
        out.append(s.publisher());
        if (s.published() != null) {
            out.append(", ").append(s.published());
        }
        return out.append("), ").append(e.locator()).append(": ").append(e.note()).toString();
    }
}

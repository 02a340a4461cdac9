package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An evidence choice as one line of text, for statistics (brief) and exchange formats (full). */
class EvidenceTextTest {

    static final Manifest MANIFEST = new Manifest("p", "P", "S", "en", "1", "CC-BY-4.0", List.of("A"), List.of(new Objective("o", "O")),
            List.of(new Source("treaty", SourceKind.PRIMARY, "Collective Security Treaty", "CSTO", LocalDate.of(1992, 5, 15), null)),
            List.of(), ScoringPolicy.DEFAULT);
    static final Choice PASSAGE = new Choice("a", "All for one.", true, null, new Evidence("treaty", "Art. 4", "All for one."));
    static final Choice PLAIN = new Choice("b", "No passage here records it.", false, null);

    @Test
    void briefNamesTheSourceByItsId() {
        assertThat(EvidenceText.brief(PASSAGE)).isEqualTo("treaty, Art. 4: All for one.");
        assertThat(EvidenceText.brief(PLAIN)).isEqualTo("No passage here records it.");
    }

    @Test
    void fullDescribesTheSourceFromTheManifest() {
        assertThat(EvidenceText.full(PASSAGE, MANIFEST)).isEqualTo("Collective Security Treaty (primary, CSTO, 1992-05-15), Art. 4: All for one.");
        assertThat(EvidenceText.full(PLAIN, MANIFEST)).isEqualTo("No passage here records it.");
        assertThat(EvidenceText.full(new Choice("c", "x", false, null, new Evidence("gone", "para. 1", "x")), MANIFEST))
                .as("a source the manifest does not list").isEqualTo("gone, para. 1: x");
    }
}

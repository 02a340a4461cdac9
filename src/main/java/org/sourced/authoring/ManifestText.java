package org.sourced.authoring;

import java.util.List;

import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.QuestionSet;
import org.sourced.packs.format.Source;

/**
 * A draft's manifest made safe to write: a field the reader could not read is null in the record, and
 * the writer would print it as the text "null". As "" it reads back as the problem it is ("is empty").
 */
final class ManifestText {

    private ManifestText() {
    }

    static Manifest sane(Manifest m) {
        List<Objective> objectives = m.objectives().stream().map(o -> new Objective(nz(o.id()), nz(o.title()))).toList();
        List<Source> sources = m.sources().stream()
                .map(s -> new Source(nz(s.id()), s.kind(), nz(s.title()), nz(s.publisher()), s.published(), s.url(), s.counting())).toList();
        List<QuestionSet> sets = m.sets().stream().map(s -> new QuestionSet(nz(s.id()), nz(s.title()), nz(s.tag()))).toList();
        return new Manifest(nz(m.id()), nz(m.title()), nz(m.summary()), nz(m.language()), nz(m.version()), nz(m.licence()),
                m.authors(), objectives, sources, sets, m.scoring());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package org.sourced.packs.transfer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourced.packs.exchange.ImportProblem;
import org.sourced.packs.exchange.ImportResult;
import org.sourced.packs.exchange.PackMetadata;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.ScoringPolicy;

/**
 * The files of a draft pack made from what an importer read: a pack.yaml around the questions, written by
 * {@link PackWriter} like any pack. A question without evidence or explanation goes in as it is and is
 * flagged; the pack reader then refuses to publish the draft until the author adds them.
 */
final class LmsDraft {

    static final String VERSION = "1.0";
    static final String LICENCE = "unspecified";

    /** What the caller decides about the pack the questions land in. */
    record Settings(String packId, String title, String language, String author, String summary) {
    }

    /**
     * @param problems the importer's, then one per flagged question, then what the pack reader finds in the
     *                 draft besides those flags (line 0: the line is in the draft, not in the uploaded file)
     */
    record Built(Map<String, String> files, int questions, List<ImportProblem> problems) {
    }

    /** The reader's words for what {@link #flags} already says about each question. */
    private static final Set<String> FLAGGED_BY_US = Set.of("a question needs at least one evidence item {source, locator, note}",
            "'explanation' is empty");

    private LmsDraft() {
    }

    static Built build(ImportResult result, Settings settings) {
        List<Question> questions = result.questions();
        Set<String> objectiveIds = new LinkedHashSet<>();
        questions.forEach(q -> objectiveIds.add(q.objective()));
        List<Objective> objectives = objectiveIds.stream().map(id -> new Objective(id, result.objectiveTitle(id))).toList();
        String title = result.title() == null ? settings.title() : result.title();
        // a file Sourced exported says its pack's summary, licence and authors; anything else gets the defaults
        PackMetadata pack = result.pack();
        String summary = pack != null && pack.summary() != null ? pack.summary() : settings.summary();
        String licence = pack != null && pack.licence() != null ? pack.licence() : LICENCE;
        List<String> authors = pack != null && !pack.authors().isEmpty() ? pack.authors() : List.of(settings.author());
        Manifest manifest = new Manifest(settings.packId(), title, summary, settings.language(), VERSION, licence,
                authors, objectives, result.sources(), List.of(), ScoringPolicy.DEFAULT);
        Map<String, String> files = PackWriter.write(manifest, List.of(), questions, Map.of());

        List<ImportProblem> problems = new ArrayList<>(result.problems());
        problems.addAll(flags(result.questions()));
        for (Problem p : PackReader.read(files, "").problems()) {
            if (!FLAGGED_BY_US.contains(p.message())) {
                problems.add(new ImportProblem(0, "in the draft, " + p.file() + " line " + p.line() + ": " + p.message()));
            }
        }
        return new Built(files, questions.size(), problems);
    }

    /** One problem per missing piece an author must add before the draft can be published. */
    static List<ImportProblem> flags(List<Question> questions) {
        List<ImportProblem> flags = new ArrayList<>();
        for (Question q : questions) {
            if (q.evidence().isEmpty()) {
                flags.add(new ImportProblem(0, "question " + q.id()
                        + " has no evidence: it stays flagged until a source, locator and note are added"));
            }
            if (q.explanation() == null) {
                flags.add(new ImportProblem(0, "question " + q.id()
                        + " has no explanation: it stays flagged until one is written"));
            }
        }
        return flags;
    }
}

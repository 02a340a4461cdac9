package org.sourced.packs.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.ScoringPolicy;

/**
 * Writes what an importer read as a draft pack (as the transfer layer's LmsDraft does) and reads it back,
 * so a test can say that the draft takes every imported id and field, not only the importer.
 */
final class DraftCheck {

    private static final Set<String> FLAGS = Set.of("a question needs at least one evidence item {source, locator, note}",
            "'explanation' is empty");

    private DraftCheck() {
    }

    /** The pack reader's problems with the draft, leaving out the evidence and explanation flags every LMS import has. */
    static List<String> problems(ImportResult result) {
        return read(result).problems().stream().filter(p -> !FLAGS.contains(p.message()))
                .map(p -> p.file() + ":" + p.line() + ": " + p.message()).toList();
    }

    static PackReader.Result read(ImportResult result) {
        Set<String> ids = new LinkedHashSet<>();
        result.questions().forEach(q -> ids.add(q.objective()));
        List<Objective> objectives = ids.stream().map(id -> new Objective(id, result.objectiveTitle(id))).toList();
        Manifest manifest = new Manifest("draft", "Draft", "Imported.", "en", "1.0", "unspecified", List.of("Test"), objectives,
                result.sources(), List.of(), ScoringPolicy.DEFAULT);
        Map<String, String> files = PackWriter.write(manifest, List.of(), result.questions(), Map.of());
        return PackReader.read(files, "");
    }

    static Question question(ImportResult result, String id) {
        return result.questions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id + " in " + result.questions().stream().map(Question::id).toList()));
    }

    static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }
}

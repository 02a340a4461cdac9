package org.sourced.packs.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourced.packs.format.Question;
import org.sourced.packs.format.Source;

/**
 * What an importer made of a file.
 *
 * @param title a category or test title if the file names one, else null
 * @param questions the questions that could be mapped, in file order
 * @param sources sources restored from Sourced metadata, so that restored evidence names a source that exists
 * @param problems everything that was skipped or changed, each with its line
 * @param objectiveTitles the titles the file gives objectives (category paths, test sections, Sourced's pack
 *                        metadata), by objective id, in the file's order
 * @param pack the pack's summary, licence and authors when the file carries Sourced's pack metadata, else null
 */
public record ImportResult(String title, List<Question> questions, List<Source> sources, List<ImportProblem> problems,
                           Map<String, String> objectiveTitles, PackMetadata pack) {

    public ImportResult {
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
        objectiveTitles = Collections.unmodifiableMap(new LinkedHashMap<>(objectiveTitles == null ? Map.of() : objectiveTitles));
    }

    public ImportResult(String title, List<Question> questions, List<Source> sources, List<ImportProblem> problems) {
        this(title, questions, sources, problems, Map.of(), null);
    }

    /** The title the file gives an objective, else its id. */
    public String objectiveTitle(String id) {
        return objectiveTitles.getOrDefault(id, id);
    }
}

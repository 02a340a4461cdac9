package org.sourced.packs.exchange;

import java.util.List;

import org.sourced.packs.format.Question;
import org.sourced.packs.format.Source;

/**
 * What an importer made of a file.
 *
 * @param title a category or test title if the file names one, else null
 * @param questions the questions that could be mapped, in file order
 * @param sources sources restored from Sourced metadata, so that restored evidence names a source that exists
 * @param problems everything that was skipped or changed, each with its line
 */
public record ImportResult(String title, List<Question> questions, List<Source> sources, List<ImportProblem> problems) {

    public ImportResult {
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }
}

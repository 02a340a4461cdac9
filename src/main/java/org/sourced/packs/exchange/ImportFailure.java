package org.sourced.packs.exchange;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The file cannot be read at all: not parseable, in the wrong encoding, or over a limit (size, zip entries,
 * zip bomb, zip slip, symlink, DOCTYPE). Nothing of it is imported.
 */
public class ImportFailure extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportFailure(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public ImportFailure(int line, String message) {
        this(List.of(new ImportProblem(line, message)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** Over a size limit (the file's bytes, the zip's entries, its inflated bytes): a 413 where a status is given. */
    public static final class TooBig extends ImportFailure {
        public TooBig(String message) {
            super(0, message);
        }
    }
}

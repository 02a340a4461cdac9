package org.sourced.packs.transfer;

import java.util.List;

import org.sourced.packs.exchange.ImportProblem;

/**
 * An upload that imported nothing: it could not be read, broke a limit, or held nothing to import. The API
 * answers 422 with {@code problems}; the import page shows them under the form.
 */
public class TransferFailure extends RuntimeException {

    private final List<ImportProblem> problems;

    public TransferFailure(String message, List<ImportProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}

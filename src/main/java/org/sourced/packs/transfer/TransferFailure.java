package org.sourced.packs.transfer;

import java.util.List;

import org.sourced.web.i18n.UiText;

import org.sourced.packs.exchange.ImportProblem;

/**
 * An upload that imported nothing: it could not be read, broke a limit, or held nothing to import. The API
 * answers 422 with {@code problems}; the import page shows them under the form.
 */
public class TransferFailure extends RuntimeException {

    private final List<ImportProblem> problems;
    private final UiText text;

    public TransferFailure(UiText text, List<ImportProblem> problems) {
        super();
        this.text = text;
        this.problems = List.copyOf(problems);
    }

    /** English, for logs and the API. */
    @Override
    public String getMessage() {
        return text.english();
    }

    /** The message as a sentence for the import page, in the reader's language. */
    public UiText text() {
        return text;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}

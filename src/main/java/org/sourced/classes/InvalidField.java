package org.sourced.classes;

import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** A 422 about one form field, so a page can show the message next to that field (the API shows only the message). */
public class InvalidField extends UserError {

    private final String field;

    public InvalidField(String field, String message) {
        this(422, field, message);
    }

    public InvalidField(int status, String field, String message) {
        this(status, field, UiText.literal(message));
    }

    public InvalidField(String field, UiText message) {
        this(422, field, message);
    }

    public InvalidField(int status, String field, UiText message) {
        super(status, status == 409 ? "Already taken" : "Cannot use that", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

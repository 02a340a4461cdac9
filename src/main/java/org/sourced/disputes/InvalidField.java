package org.sourced.disputes;

import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** A 422 about one field of a filing or a decision, so that a page shows it next to that field (the API only reads the message). */
public class InvalidField extends UserError {

    /** The field a problem belongs to when no single field holds it. */
    public static final String FORM = "form";

    private final String field;

    public InvalidField(String field, UiText message) {
        super(422, "Cannot use that", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

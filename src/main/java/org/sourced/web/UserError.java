package org.sourced.web;

import org.sourced.web.i18n.UiText;

/**
 * Something a person or script asked for that cannot be done, with a message that says what and why.
 * Shown in the layout for pages (in the reader's language: {@link #localMessage()}) and as
 * {@code {status, message}} for the API (in English: {@link #getMessage()}).
 * <p>
 * Give the message as a sentence of the bundle, {@code UserError.notFound(UiText.msg(m -> m.errNoPack(id)))}; a plain
 * {@code String} is for text that is not Sourced's own (a checker's or parser's report) and shows as it is.
 */
public class UserError extends RuntimeException {
    private final int status;
    private final UiText title;
    private final UiText text;

    public UserError(int status, String title, String message) {
        this(status, title, UiText.literal(message));
    }

    public UserError(int status, String title, UiText text) {
        this(status, UiText.literal(title), text);
    }

    /** With a title of the bundle, for a status whose error page has no heading of its own (a 410). */
    public UserError(int status, UiText title, UiText text) {
        super();
        this.status = status;
        this.title = title;
        this.text = text;
    }

    /** English, for logs and the JSON API. */
    @Override
    public String getMessage() {
        return text.english();
    }

    /** The message in this request's language. */
    public String localMessage() {
        return text.current();
    }

    /** The message as a sentence to show later (a form field's error). */
    public UiText text() {
        return text;
    }

    public static UserError notFound(String message) {
        return new UserError(404, "Not found", message);
    }

    public static UserError notFound(UiText message) {
        return new UserError(404, "Not found", message);
    }

    public static UserError forbidden(String message) {
        return new UserError(403, "Not yours", message);
    }

    public static UserError forbidden(UiText message) {
        return new UserError(403, "Not yours", message);
    }

    public static UserError conflict(String message) {
        return new UserError(409, "Out of date", message);
    }

    public static UserError conflict(UiText message) {
        return new UserError(409, "Out of date", message);
    }

    public static UserError unprocessable(String message) {
        return new UserError(422, "Cannot use that", message);
    }

    public static UserError unprocessable(UiText message) {
        return new UserError(422, "Cannot use that", message);
    }

    public static UserError badRequest(String message) {
        return new UserError(400, "Bad request", message);
    }

    public static UserError badRequest(UiText message) {
        return new UserError(400, "Bad request", message);
    }

    public int status() {
        return status;
    }

    /** The title in English. */
    public String title() {
        return title.english();
    }

    /** The title in this request's language. */
    public String localTitle() {
        return title.current();
    }
}

package org.sourced.web;

/**
 * Something a person or script asked for that cannot be done, with a message that says what and why.
 * Shown in the layout for pages and as {@code {status, message}} for the API.
 */
public class UserError extends RuntimeException {
    private final int status;
    private final String title;

    public UserError(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    public static UserError notFound(String message) {
        return new UserError(404, "Not found", message);
    }

    public static UserError forbidden(String message) {
        return new UserError(403, "Not yours", message);
    }

    public static UserError conflict(String message) {
        return new UserError(409, "Out of date", message);
    }

    public static UserError unprocessable(String message) {
        return new UserError(422, "Cannot use that", message);
    }

    public static UserError badRequest(String message) {
        return new UserError(400, "Bad request", message);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}

package org.sourced.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a row button or a drag asks of the question form's choice (or ordering item) rows, as posted in
 * {@code action}: {@code up-N}, {@code down-N}, {@code remove-N} (the buttons, which work without JavaScript) and
 * {@code move-F-T} (a row dropped at another place, app.js). Rows count from 0. One rule orders the rows for all of
 * them: row F is taken out and put back at place T, the rows between shift by one; up and down are moves by one
 * place, and do nothing at the top or the bottom (where their buttons are disabled). Plain Java, no Quarkus.
 *
 * @param action as posted, for the message when it names a row the form does not have
 * @param row    the row moved or removed; -1 when the numbers do not parse
 * @param to     where a {@code move} puts it; unused by the others
 */
public record RowAction(String action, Kind kind, int row, int to) {

    public enum Kind { UP, DOWN, MOVE, REMOVE }

    private static final Pattern VERB = Pattern.compile("(up|down|remove|move)-");
    private static final Pattern ONE = Pattern.compile("(up|down|remove)-(\\d{1,9})");
    private static final Pattern MOVE = Pattern.compile("move-(\\d{1,9})-(\\d{1,9})");

    /** The row action an {@code action} value asks for; empty when it is not one (save, add-choice, ...). */
    public static Optional<RowAction> parse(String action) {
        if (action == null || !VERB.matcher(action).lookingAt()) {
            return Optional.empty();
        }
        Matcher one = ONE.matcher(action);
        if (one.matches()) {
            Kind kind = Kind.valueOf(one.group(1).toUpperCase(java.util.Locale.ROOT));
            return Optional.of(new RowAction(action, kind, Integer.parseInt(one.group(2)), -1));
        }
        Matcher move = MOVE.matcher(action);
        if (move.matches()) {
            return Optional.of(new RowAction(action, Kind.MOVE, Integer.parseInt(move.group(1)), Integer.parseInt(move.group(2))));
        }
        // a row verb with numbers that do not parse: a tampered form, refused rather than taken for a save
        return Optional.of(new RowAction(action, Kind.MOVE, -1, -1));
    }

    /** Whether the action names only rows a form of {@code rows} rows has. */
    public boolean fits(int rows) {
        boolean rowThere = row >= 0 && row < rows;
        return kind == Kind.MOVE ? rowThere && to >= 0 && to < rows : rowThere;
    }

    /** The place the row ends up at in a form of {@code rows} rows; -1 for a removed row. Call when it {@link #fits}. */
    public int target(int rows) {
        return switch (kind) {
            case UP -> Math.max(row - 1, 0);
            case DOWN -> Math.min(row + 1, rows - 1);
            case MOVE -> to;
            case REMOVE -> -1;
        };
    }

    /** The rows after this action, in their new order. Call when it {@link #fits}. */
    public <T> List<T> apply(List<T> rows) {
        if (!fits(rows.size())) {
            throw new IllegalArgumentException(action + " does not fit " + rows.size() + " rows");
        }
        List<T> out = new ArrayList<>(rows);
        T taken = out.remove(row);
        if (kind != Kind.REMOVE) {
            out.add(target(rows.size()), taken);
        }
        return out;
    }

    /**
     * Which button of the moved row takes the focus when the form comes back, so that a keyboard user can press
     * it again: the one of the same direction, or the other one at the top or the bottom; "" for none.
     */
    public String focus(int rows) {
        if (kind == Kind.REMOVE || rows < 2) {
            return "";
        }
        int at = target(rows);
        boolean upward = kind == Kind.UP || (kind == Kind.MOVE && to < row);
        if (upward) {
            return at == 0 ? "down" : "up";
        }
        return at == rows - 1 ? "up" : "down";
    }
}

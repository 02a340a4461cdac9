package org.sourced.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of a posted form, read the way every editor form needs: text stripped and with browser
 * line endings (CRLF) made plain, checkboxes as booleans, and numbered rows ({@code choice-0-text}).
 */
public final class FormFields {

    private final Map<String, List<String>> fields;

    public FormFields(Map<String, List<String>> fields) {
        this.fields = fields == null ? Map.of() : fields;
    }

    /** The first value, stripped; "" when absent. */
    public String text(String name) {
        return raw(name).strip();
    }

    /** The first value with line endings made plain but otherwise as typed (Markdown keeps its indentation). */
    public String raw(String name) {
        List<String> values = fields.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return "";
        }
        return values.get(0).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Every non-blank value of a repeated field (checkbox groups), stripped. */
    public List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (String v : fields.getOrDefault(name, List.of())) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    /** A ticked checkbox sends its value; an unticked one sends nothing. */
    public boolean checked(String name) {
        String v = text(name);
        return !v.isEmpty() && !v.equals("false");
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** How many numbered rows the form says it holds, between 0 and {@code max}. */
    public int count(String name, int max) {
        try {
            return Math.max(0, Math.min(max, Integer.parseInt(text(name))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The field name of one cell of a numbered row: {@code row("choice", 2, "text")} is {@code choice-2-text}. */
    public static String row(String prefix, int index, String field) {
        return prefix + "-" + index + "-" + field;
    }
}

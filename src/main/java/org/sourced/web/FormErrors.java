package org.sourced.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sourced.web.i18n.UiText;

/**
 * Problems with a submitted form, by field name, shown next to each field by the form tags. A problem is a
 * sentence of the bundle ({@code errors.add("title", UiText.teach(t -> t.errLessonTitle()))}) and reads in the page's
 * language; a plain {@code String} (a checker's report) shows as it is.
 */
public final class FormErrors {
    private final Map<String, UiText> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors().add(field, message);
    }

    public static FormErrors of(String field, UiText message) {
        return new FormErrors().add(field, message);
    }

    public FormErrors add(String field, String message) {
        return add(field, UiText.literal(message));
    }

    public FormErrors add(String field, UiText message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** The field's problem in the request's language, or null. */
    public String get(String field) {
        UiText text = byField.get(field);
        return text == null ? null : text.current();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Every problem, in the request's language. */
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        byField.forEach((field, text) -> out.put(field, text.current()));
        return out;
    }
}

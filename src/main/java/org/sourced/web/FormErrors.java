package org.sourced.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Problems with a submitted form, by field name, shown next to each field by the form tags. */
public final class FormErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors().add(field, message);
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> all() {
        return byField;
    }
}

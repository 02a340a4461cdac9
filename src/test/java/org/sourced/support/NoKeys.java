package org.sourced.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks that a JSON body carries no field in which an answer key, or a hint of one, could travel. */
public final class NoKeys {

    /** Field names that hold keys or grading; none may appear before an answer. */
    public static final Set<String> KEY_FIELDS = Set.of("correct", "feedback", "explanation", "key", "evidence", "verdict", "answer",
            "keyTexts", "fraction", "score");
    private static final ObjectMapper JSON = new ObjectMapper();

    private NoKeys() {
    }

    public static void assertNoKeyFields(String body) {
        List<String> names = new ArrayList<>();
        try {
            collect(JSON.readTree(body), names);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        assertThat(names).as("field names in %s", body).isNotEmpty().doesNotContainAnyElementsOf(KEY_FIELDS);
    }

    private static void collect(JsonNode node, List<String> names) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                names.add(field.getKey());
                collect(field.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }
}

package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Sourced metadata's JSON: safe inside comments and Moodle text, and read back as the importers expect. */
class JsonTest {

    @Test
    void writtenValuesCannotCloseACommentOrLookLikeAMoodleTag() {
        String json = Json.write(Map.of("note", "--> <b>[tag:x]</b> & \u2028"));
        assertThat(json).doesNotContain("<", ">", "[", "]", "&", "\u2028")
                .contains("\\u003C", "\\u005B", "\\u0026", "\\u2028");
        assertThat(Json.read(json)).isEqualTo(Map.of("note", "--> <b>[tag:x]</b> & \u2028"));
    }

    @Test
    void objectsListsStringsAndWholeNumbersComeBackAsTheyWent() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "multiple");
        value.put("points", 3L);
        value.put("choices", List.of("a", "b"));
        value.put("evidence", List.of(Map.of("source", "s1", "locator", "par. 4")));
        value.put("nothing", null);
        String json = Json.write(value);
        assertThat(json).startsWith("{\"type\":\"multiple\",\"points\":3,");
        assertThat(Json.read(json)).isEqualTo(value);
        assertThat(Json.read("7")).isInstanceOf(Long.class);
    }

    @Test
    void notJsonIsRefusedWithAShortReason() {
        assertThatThrownBy(() -> Json.read("{\"a\": 1} trailing")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("Source:").isNotBlank();
        assertThatThrownBy(() -> Json.read("{\"a\": ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.read("[".repeat(17) + "]".repeat(17))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Json.read("[".repeat(16) + "]".repeat(16))).isInstanceOf(List.class);
    }
}

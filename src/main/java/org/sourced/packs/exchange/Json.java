package org.sourced.packs.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sourced metadata's JSON (strings, whole numbers, lists, objects) through Jackson. Writing also escapes
 * {@code < > [ ] &} (and U+2028, U+2029), so that a value can sit inside an HTML comment or a GIFT comment without
 * closing it or looking like a Moodle {@code [tag:]}. Reading gives {@code Map}, {@code List}, {@code String},
 * {@code Long} for whole numbers, {@code Double}, {@code Boolean} or null, nested at most 16 deep.
 */
final class Json {

    private static final int MAX_DEPTH = 16;

    /** Jackson's standard escapes plus the characters above as {@code \\uXXXX}. */
    private static final class CommentSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        CommentSafe() {
            for (char c : "<>[]&".toCharArray()) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // no custom escapes: every one above is Jackson's own
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build()
            .setCharacterEscapes(new CommentSafe()))
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    static String write(Object value) {
        try {
            String json = MAPPER.writeValueAsString(value);
            // JSON allows these two raw, JavaScript did not: a value may end up in a script or an HTML comment
            return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass(), e);
        }
    }

    /** @throws IllegalArgumentException with a short reason when the text is not JSON */
    static Object read(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().lines().findFirst().orElse("not JSON");
            long at = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
            throw new IllegalArgumentException(at < 0 ? reason : reason + " at character " + (at + 1), e);
        }
    }
}

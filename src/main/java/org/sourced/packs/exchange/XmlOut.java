package org.sourced.packs.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented XML. Element-only content is indented; text goes on the element's own line, so that
 * whitespace inside text never changes.
 */
final class XmlOut {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    /** @param attributes name, value, name, value...; a null value leaves the attribute out */
    XmlOut open(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    XmlOut close() {
        String name = open.pop();
        indent().append("</").append(name).append(">\n");
        return this;
    }

    XmlOut empty(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An element holding only text. */
    XmlOut text(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append('>').append(escape(text == null ? "" : text)).append("</").append(name).append(">\n");
        return this;
    }

    /** A line of markup built with {@link #escape}, such as mixed content. */
    XmlOut raw(String markup) {
        indent().append(markup).append('\n');
        return this;
    }

    byte[] bytes() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(open.size()));
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escapeAttribute(attributes[i + 1])).append('"');
            }
        }
    }

    /** Escapes text content and drops characters XML 1.0 cannot hold. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                default -> {
                    if (allowed(c)) {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }

    static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }
}

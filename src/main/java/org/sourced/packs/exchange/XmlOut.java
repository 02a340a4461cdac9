package org.sourced.packs.exchange;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indented XML through the JDK's StAX writer, which escapes by construction. Element-only content is indented;
 * text, and mixed content written with {@link #inline}, stay on their element's own line, so that whitespace
 * inside text never changes. Characters XML 1.0 cannot hold are dropped.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter out;
    private final Deque<String> open = new ArrayDeque<>();
    private int inline;

    XmlOut() {
        try {
            out = FACTORY.createXMLStreamWriter(buffer);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param attributes name, value, name, value...; a null value leaves the attribute out */
    XmlOut open(String name, String... attributes) {
        return write(() -> {
            indent();
            out.writeStartElement(name);
            attributes(attributes);
            out.writeCharacters("\n");
            open.push(name);
        });
    }

    XmlOut close() {
        return write(() -> {
            open.pop();
            indent();
            out.writeEndElement();
            out.writeCharacters("\n");
        });
    }

    XmlOut empty(String name, String... attributes) {
        return write(() -> {
            indent();
            out.writeEmptyElement(name);
            attributes(attributes);
            out.writeCharacters("\n");
        });
    }

    /** An element holding only text. */
    XmlOut text(String name, String text, String... attributes) {
        return write(() -> {
            indent();
            out.writeStartElement(name);
            attributes(attributes);
            out.writeCharacters(clean(text == null ? "" : text));
            out.writeEndElement();
            out.writeCharacters("\n");
        });
    }

    /**
     * Opens an element of mixed content on one line: {@link #lines} and further {@code inline} elements go inside,
     * {@link #end} closes it (and the line, once the outermost one is closed).
     */
    XmlOut inline(String name, String... attributes) {
        return write(() -> {
            if (inline == 0) {
                indent();
            }
            out.writeStartElement(name);
            attributes(attributes);
            inline++;
        });
    }

    /** Text inside an {@link #inline} element, stripped, its line breaks as {@code <br/>}. */
    XmlOut lines(String text) {
        return write(() -> {
            String[] lines = (text == null ? "" : text.strip()).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.writeEmptyElement("br");
                }
                out.writeCharacters(clean(lines[i]));
            }
        });
    }

    /** Closes the innermost {@link #inline} element. */
    XmlOut end() {
        return write(() -> {
            out.writeEndElement();
            if (--inline == 0) {
                out.writeCharacters("\n");
            }
        });
    }

    byte[] bytes() {
        if (!open.isEmpty() || inline > 0) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return write(out::writeEndDocument).buffer.toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlOut write(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail; a bad name is our bug
        }
    }

    private void indent() throws XMLStreamException {
        if (!open.isEmpty()) {
            out.writeCharacters("  ".repeat(open.size()));
        }
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
        }
    }

    /** Without the characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE, U+FFFF). */
    static String clean(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().filter(XmlOut::allowed).forEach(s::appendCodePoint);
        return s.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }
}

package org.sourced.packs.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Element lookups by local name, so that a file with or without a namespace prefix reads the same. */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(name(e)))) {
                found.add(e);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(name(e))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** All descendants with that local name, in document order. */
    static List<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        collect(parent, localName, found);
        return found;
    }

    private static void collect(Element parent, String localName, List<Element> found) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (localName.equals(name(e))) {
                    found.add(e);
                }
                collect(e, localName, found);
            }
        }
    }

    static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** The text of a child element, or null when there is no such child. */
    static String childText(Element parent, String localName) {
        return child(parent, localName).map(Node::getTextContent).orElse(null);
    }

    /** An attribute, or null when it is absent (DOM says "" for both). */
    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}

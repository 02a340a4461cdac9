package org.sourced.packs.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML parsing for uploads: no DTDs, no external entities, no XInclude, secure processing on. Uploaded XML
 * never needs a DOCTYPE, so one is refused outright rather than parsed with its entities switched off.
 */
public final class SafeXml {

    private static final String LINE = "sourced.line";
    private static final int MAX_DEPTH = 200;

    private SafeXml() {
    }

    /** A DOM factory that refuses DOCTYPEs, for code that parses trusted or untrusted XML without line numbers. */
    public static DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        return factory;
    }

    /** A StAX factory with DTDs and external entities off. */
    public static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /**
     * A SAX factory with external entities and DTD loading off. It still reports a DOCTYPE to a
     * {@link LexicalHandler}, which is how {@link #parse} refuses it with its line number.
     */
    public static SAXParserFactory saxParserFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setValidating(false);
        return factory;
    }

    /**
     * Parses an uploaded XML document into a namespace-aware DOM whose elements know their line
     * ({@link #line(Node)}).
     *
     * @param where the zip entry name to put before messages, or null for a plain file
     * @throws ImportFailure when the XML is not well-formed, not in its declared encoding, nested too deeply,
     *                       or has a DOCTYPE
     */
    public static Document parse(byte[] xml, String where) {
        String prefix = where == null ? "" : where + ": ";
        try {
            SAXParser parser = saxParserFactory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DomBuilder builder = new DomBuilder(documentBuilderFactory().newDocumentBuilder().newDocument(), lines(xml));
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
            InputSource source = new InputSource(new ByteArrayInputStream(xml));
            parser.parse(source, builder);
            return builder.document;
        } catch (DoctypeFound e) {
            throw new ImportFailure(e.line, prefix + "XML documents with a DOCTYPE are refused (line " + e.line + ")");
        } catch (TooDeep e) {
            throw new ImportFailure(e.line, prefix + "XML nested more than " + MAX_DEPTH + " elements deep is refused");
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage();
            String hint = message.contains("byte") && message.contains("UTF-8")
                    ? " (save the file as UTF-8, or declare its real encoding)"
                    : "";
            throw new ImportFailure(Math.max(e.getLineNumber(), 0), prefix + "not well-formed XML: " + message + hint);
        } catch (SAXException | IOException e) {
            throw new ImportFailure(0, prefix + "not readable as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document's lines, to find where a start tag begins (SAX tells where it ends). */
    private static String[] lines(byte[] xml) {
        boolean utf16 = xml.length >= 2 && ((xml[0] & 0xFF) == 0xFE && (xml[1] & 0xFF) == 0xFF
                || (xml[0] & 0xFF) == 0xFF && (xml[1] & 0xFF) == 0xFE);
        String text = new String(xml, utf16 ? java.nio.charset.StandardCharsets.UTF_16 : java.nio.charset.StandardCharsets.UTF_8);
        return text.split("\r\n|\r|\n", -1);
    }

    /** The line an element of a document from {@link #parse} starts on, or 0. */
    public static int line(Node node) {
        Object line = node == null ? null : node.getUserData(LINE);
        return line instanceof Integer i ? i : 0;
    }

    private static final class DoctypeFound extends SAXException {
        final int line;

        DoctypeFound(int line) {
            super("DOCTYPE");
            this.line = line;
        }
    }

    private static final class TooDeep extends SAXException {
        final int line;

        TooDeep(int line) {
            super("too deep");
            this.line = line;
        }
    }

    /** Builds the DOM from SAX events, because only SAX tells where each element is. */
    private static final class DomBuilder extends DefaultHandler implements LexicalHandler {
        final Document document;
        private Node current;
        private Locator locator;
        private int depth;

        private final String[] lines;

        DomBuilder(Document document, String[] lines) {
            this.document = document;
            this.current = document;
            this.lines = lines;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private int lineNow() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new TooDeep(lineNow());
            }
            Element element;
            try {
                element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
                for (int i = 0; i < attributes.getLength(); i++) {
                    String attrUri = attributes.getURI(i);
                    element.setAttributeNS(attrUri.isEmpty() ? null : attrUri, attributes.getQName(i), attributes.getValue(i));
                }
            } catch (org.w3c.dom.DOMException e) {
                // the SAX parser lets through names the DOM refuses, such as the attribute ":x" (found by
                // ImportersFuzzTest): a malformed file, not a server error
                throw new SAXParseException("a name the XML namespaces rules do not allow in <" + qName + ">", locator);
            }
            element.setUserData(LINE, tagStart(), null);
            current.appendChild(element);
            current = element;
        }

        /**
         * The line of the "<" that opens the current start tag. The locator points just past its ">", and
         * a start tag holds no other "<", so the nearest "<" before that point is its own.
         */
        private int tagStart() {
            int line = lineNow();
            if (locator == null || line < 1 || line > lines.length) {
                return line;
            }
            String end = lines[line - 1];
            int column = locator.getColumnNumber();
            if (end.substring(0, Math.max(0, Math.min(end.length(), column - 1))).lastIndexOf('<') >= 0) {
                return line;
            }
            for (int l = line - 1; l >= 1; l--) {
                if (lines[l - 1].indexOf('<') >= 0) {
                    return l;
                }
            }
            return line;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current == document) {
                return;
            }
            Node last = current.getLastChild();
            if (last instanceof Text text) {
                text.appendData(new String(ch, start, length));
            } else {
                current.appendChild(document.createTextNode(new String(ch, start, length)));
            }
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            // Called as soon as "<!DOCTYPE" is read, before any entity in it is declared or fetched.
            throw new DoctypeFound(lineNow());
        }

        @Override
        public void endDTD() {
        }

        @Override
        public void startEntity(String name) {
        }

        @Override
        public void endEntity(String name) {
        }

        @Override
        public void startCDATA() {
        }

        @Override
        public void endCDATA() {
        }

        @Override
        public void comment(char[] ch, int start, int length) {
        }
    }
}

package org.sourced.packs.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Turns HTML from Moodle or QTI into the plain text with light Markdown (paragraphs, {@code - } list items,
 * {@code > } quotes, line breaks) that Sourced stores. Conservative on purpose: only text survives, so no
 * markup, script or link from an upload reaches a page. HTML is parsed by jsoup (chosen over a scanner of our own:
 * it reads broken markup and every named entity as browsers do, in linear time; docs/exchange.md); QTI's XHTML
 * comes as elements already.
 */
final class HtmlText {

    /**
     * @param droppedMedia the HTML had images, audio, video or other embedded objects, which are left out
     * @param notes what the conversion changed that an author should know, one line each (an image left out
     *              with its file name, MathML kept as text, a link whose address could not be kept)
     */
    record Converted(String text, boolean droppedMedia, List<String> notes) {

        Converted {
            notes = List.copyOf(new java.util.LinkedHashSet<>(notes));
        }

        Converted(String text, boolean droppedMedia) {
            this(text, droppedMedia, List.of());
        }
    }

    /** Link addresses kept as Markdown links: the app shows them as text, escaped, never as live markup. */
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)(https?://|mailto:)[^\\s<>\"'`]+");

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "table", "tr", "section", "article", "header", "footer", "aside", "nav", "dl", "dt", "dd", "figure",
            "figcaption", "address", "hr", "qti-prompt", "qti-content-body", "main");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "template", "noscript");
    private static final Set<String> MEDIA = Set.of("img", "object", "embed", "video", "audio", "iframe", "picture",
            "svg", "canvas", "source");

    private HtmlText() {
    }

    /**
     * HTML as Moodle stores it, well-formed or not: jsoup parses it as a browser would (every named entity,
     * unclosed tags, stray brackets), and the same walk as for QTI's XHTML reads its text.
     */
    static Converted fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return new Converted("", false);
        }
        Document document = W3CDom.convert(Jsoup.parseBodyFragment(html));
        return fromElement(document.getDocumentElement(), e -> false); // <head> is skipped with its content
    }

    /** The text of an element's content, leaving out the elements {@code skip} picks. */
    static Converted fromElement(Element element, Predicate<Element> skip) {
        Walker walker = new Walker(skip);
        walker.children(element);
        return new Converted(tidy(walker.out.toString()), walker.droppedMedia, walker.notes);
    }

    private static final class Walker {
        final StringBuilder out = new StringBuilder();
        final Predicate<Element> skip;
        boolean droppedMedia;
        final List<String> notes;

        Walker(Predicate<Element> skip) {
            this(skip, new ArrayList<>());
        }

        Walker(Predicate<Element> skip, List<String> notes) {
            this.notes = notes;
            this.skip = skip;
        }

        void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Text text) {
                    out.append(text.getData().replaceAll("[\\s\u00A0]+", " "));
                } else if (n instanceof Element e && !skip.test(e)) {
                    element(e);
                }
            }
        }

        void element(Element e) {
            String name = Dom.name(e).toLowerCase();
            if (SKIPPED.contains(name)) {
                return;
            }
            if (MEDIA.contains(name)) {
                droppedMedia = true;
                String alt = e.getAttribute("alt");
                if (!alt.isBlank()) {
                    out.append("[image: ").append(alt.strip()).append("]");
                }
                String file = !e.getAttribute("src").isBlank() ? e.getAttribute("src") : e.getAttribute("data");
                notes.add((name.equals("img") ? "image" : "<" + name + ">")
                        + (file.isBlank() ? "" : " \"" + file.strip() + "\"") + " left out"
                        + (alt.isBlank() ? "" : " (its alt text is kept)"));
                return;
            }
            switch (name) {
                case "math" -> {
                    String math = MathText.of(e);
                    if (math.isEmpty()) {
                        notes.add("a MathML formula with no readable text left out");
                    } else {
                        out.append(math);
                        notes.add("MathML kept as plain text: " + math);
                    }
                }
                case "a" -> {
                    Walker inner = new Walker(skip, notes);
                    inner.children(e);
                    droppedMedia |= inner.droppedMedia;
                    String text = tidy(inner.out.toString()).replace("\n", " ");
                    String href = e.getAttribute("href").strip();
                    if (href.isEmpty() || href.startsWith("#")) {
                        out.append(text);
                    } else if (SAFE_HREF.matcher(href).matches()) {
                        String label = text.replace("[", "\\[").replace("]", "\\]");
                        out.append(text.isEmpty() || text.equals(href) ? "<" + href + ">" : "[" + label + "](" + href + ")");
                    } else {
                        out.append(text);
                        notes.add("link \"" + href + "\" left out (only http, https and mailto addresses are kept); its text stays");
                    }
                }
                case "br" -> out.append('\n');
                case "li" -> { // the next item or the list's end starts the next line: a tight list
                    out.append("\n- ");
                    children(e);
                }
                case "pre" -> out.append("\n\n").append(e.getTextContent().strip()).append("\n\n");
                case "blockquote" -> {
                    Walker inner = new Walker(skip, notes);
                    inner.children(e);
                    droppedMedia |= inner.droppedMedia;
                    List<String> quoted = new ArrayList<>();
                    for (String line : tidy(inner.out.toString()).split("\n", -1)) {
                        quoted.add(line.isEmpty() ? ">" : "> " + line);
                    }
                    out.append("\n\n").append(String.join("\n", quoted)).append("\n\n");
                }
                case "td", "th" -> {
                    children(e);
                    out.append(' ');
                }
                default -> {
                    boolean block = BLOCKS.contains(name);
                    if (block) {
                        out.append("\n\n");
                    }
                    children(e);
                    if (block) {
                        out.append("\n\n");
                    }
                }
            }
        }
    }

    /** Strips each line, keeps at most one blank line in a row, and trims the whole. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : text.replace('\u00A0', ' ').split("\n", -1)) {
            String stripped = line.strip().replaceAll(" {2,}", " ");
            if (stripped.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(stripped);
            blank = false;
        }
        return out.toString();
    }
}

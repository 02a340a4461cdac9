package org.sourced.packs.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Turns HTML from Moodle or QTI into the plain text with light Markdown (paragraphs, {@code - } list items,
 * {@code > } quotes, line breaks) that Sourced stores. Conservative on purpose: only text survives, so no
 * markup, script or link from an upload reaches a page. Well-formed fragments are read as XML; anything
 * else has its tags stripped.
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
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "link", "col", "area",
            "source", "wbr", "embed", "param", "track", "base");
    private static final Map<String, Integer> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", 160), Map.entry("ndash", 8211), Map.entry("mdash", 8212), Map.entry("lsquo", 8216),
            Map.entry("rsquo", 8217), Map.entry("ldquo", 8220), Map.entry("rdquo", 8221), Map.entry("hellip", 8230),
            Map.entry("laquo", 171), Map.entry("raquo", 187), Map.entry("copy", 169), Map.entry("reg", 174),
            Map.entry("trade", 8482), Map.entry("deg", 176), Map.entry("middot", 183), Map.entry("bull", 8226),
            Map.entry("euro", 8364), Map.entry("pound", 163), Map.entry("times", 215), Map.entry("divide", 247),
            Map.entry("shy", 173), Map.entry("sect", 167), Map.entry("para", 182), Map.entry("minus", 8722),
            Map.entry("eacute", 233), Map.entry("egrave", 232), Map.entry("aacute", 225), Map.entry("agrave", 224),
            Map.entry("ouml", 246), Map.entry("uuml", 252), Map.entry("auml", 228), Map.entry("szlig", 223),
            Map.entry("ccedil", 231), Map.entry("iacute", 237), Map.entry("oacute", 243), Map.entry("uacute", 250),
            Map.entry("ntilde", 241));
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|&");
    /*
     * Every pattern here runs on uploaded text and must take linear time: the lazy "(\\s[^<>]*?)?\\s*" this
     * replaced took quadratic time on "<br" and a run of spaces (20 kB: 10 s). The possessive group cannot give
     * back what it took, and its trailing "/" and spaces are trimmed in code.
     */
    private static final Pattern VOID_TAG = Pattern.compile("<(" + String.join("|", VOID) + ")(\\s[^<>]*+)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA_TAG = Pattern.compile("<(img|object|embed|video|audio|iframe|svg|math)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> STRIPPED_BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "li", "tr", "table", "blockquote", "pre", "section", "article");

    private HtmlText() {
    }

    static Converted fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return new Converted("", false);
        }
        String fragment = "<div>" + VOID_TAG.matcher(xmlEntities(html)).replaceAll(m -> Matcher.quoteReplacement(
                "<" + m.group(1) + trimEnd(m.group(2)) + "/>")) + "</div>";
        try {
            Document document = SafeXml.parse(fragment.getBytes(StandardCharsets.UTF_8), null);
            return fromElement(document.getDocumentElement(), e -> false);
        } catch (ImportFailure notXml) {
            return stripTags(html);
        }
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
                case "li" -> {
                    out.append("\n- ");
                    children(e);
                    out.append('\n');
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

    private static String xmlEntities(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name == null) {
                replacement = "&amp;";
            } else if (name.startsWith("#") || Set.of("amp", "lt", "gt", "quot", "apos").contains(name)) {
                replacement = m.group();
            } else if (ENTITIES.containsKey(name)) {
                replacement = "&#" + ENTITIES.get(name) + ";";
            } else {
                replacement = "&amp;" + name + ";";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Tags stripped from HTML that is not well-formed: comments, script and style with their content, the
     * rest leaving line breaks and list dashes. A scanner, not regular expressions: each "<" without a ">"
     * after it made a pattern like {@code <[^>]*>} scan to the end again, quadratic on hostile uploads.
     */
    private static Converted stripTags(String html) {
        boolean media = MEDIA_TAG.matcher(html).find();
        StringBuilder out = new StringBuilder();
        boolean[] unclosed = new boolean[2]; // once a "</script" or "</style" search fails, later ones would too
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                out.append(html, i, n);
                break;
            }
            out.append(html, i, lt);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                if (end < 0) {
                    out.append(html, lt, n); // not a comment after all; no '>' can close a tag past here either
                    break;
                }
                i = end + 3;
                continue;
            }
            int gt = html.indexOf('>', lt + 1);
            if (gt < 0) {
                out.append(html, lt, n);
                break;
            }
            boolean closing = gt > lt + 1 && html.charAt(lt + 1) == '/';
            String name = tagName(html, closing ? lt + 2 : lt + 1, gt);
            i = gt + 1;
            int kind = "script".equals(name) ? 0 : "style".equals(name) ? 1 : -1;
            if (kind >= 0 && !closing && !unclosed[kind]) {
                int close = indexOfIgnoreCase(html, "</" + name, i);
                int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
                if (closeEnd < 0) {
                    unclosed[kind] = true;
                } else {
                    i = closeEnd + 1;
                }
                continue;
            }
            if ("br".equals(name)) {
                out.append('\n');
            } else if ("li".equals(name) && !closing) {
                out.append("\n- ");
            } else if (STRIPPED_BLOCKS.contains(name)) {
                out.append("\n\n");
            }
        }
        String text = out.toString().replaceAll("[ \t\u00A0]+", " ");
        List<String> notes = new ArrayList<>();
        if (html.toLowerCase(java.util.Locale.ROOT).contains("href")) {
            notes.add("the HTML is not well-formed, so only its text is kept: link addresses in it are left out");
        }
        return new Converted(tidy(decodeEntities(text)), media, notes);
    }

    /** Without trailing spaces and slashes ({@code " /"} of {@code <br />}); a loop, as "[\\s/]+$" is quadratic. */
    private static String trimEnd(String attributes) {
        if (attributes == null) {
            return "";
        }
        int end = attributes.length();
        while (end > 0 && (Character.isWhitespace(attributes.charAt(end - 1)) || attributes.charAt(end - 1) == '/')) {
            end--;
        }
        return attributes.substring(0, end);
    }

    /** The lower-case name of the tag whose name starts at {@code from}, or "" when none does. */
    private static String tagName(String html, int from, int to) {
        int end = from;
        while (end < to && (Character.isLetterOrDigit(html.charAt(end)) || html.charAt(end) == '-')) {
            end++;
        }
        return html.substring(from, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int at = text.indexOf('<', from); at >= 0; at = text.indexOf('<', at + 1)) {
            if (text.regionMatches(true, at, what, 0, what.length())) {
                return at;
            }
        }
        return -1;
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group();
            if (name != null) {
                Integer code = switch (name) {
                    case "amp" -> (int) '&';
                    case "lt" -> (int) '<';
                    case "gt" -> (int) '>';
                    case "quot" -> (int) '"';
                    case "apos" -> (int) '\'';
                    default -> name.startsWith("#x") || name.startsWith("#X") ? parse(name.substring(2), 16)
                            : name.startsWith("#") ? parse(name.substring(1), 10) : ENTITIES.get(name);
                };
                if (code != null && Character.isValidCodePoint(code) && code != 0) {
                    replacement = new String(Character.toChars(code));
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Integer parse(String digits, int radix) {
        try {
            return Integer.parseInt(digits, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

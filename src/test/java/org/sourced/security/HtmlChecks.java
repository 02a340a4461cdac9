package org.sourced.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page must never contain, whatever text it shows: checked on the parsed DOM, as a browser would
 * build it, so that an escaped payload passes and a live one fails wherever it landed.
 */
final class HtmlChecks {

    /** The app's own scripts, both served by the app and named in main.html. */
    static final Set<String> APP_SCRIPTS = Set.of("/webjars/htmx.org/2.0.8/dist/htmx.min.js", "/js/app.js");
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster",
            "background", "srcset", "codebase", "cite", "longdesc", "usemap", "dynsrc", "lowsrc", "ping");
    static final Set<String> SAFE_LINK_STARTS = Set.of("/", "#", "https://", "http://", "mailto:");
    static final Set<String> FORBIDDEN_ELEMENTS = Set.of("style", "iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "math", "foreignobject", "noscript", "template", "portal");
    static final Set<String> META_NAMES = Set.of("viewport", "htmx-config");

    private HtmlChecks() {
    }

    /** Every problem on the page, each a sentence naming the element; empty when the page is inert. */
    static List<String> problems(String html) {
        Document doc = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element script : doc.select("script")) {
            if (!APP_SCRIPTS.contains(script.attr("src")) || !script.data().isBlank()) {
                problems.add("a script that is not the app's: " + script.outerHtml());
            }
        }
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                problems.add("a <" + tag + "> element: " + shorten(e.outerHtml()));
            }
            if (tag.equals("meta") && !e.hasAttr("charset") && !META_NAMES.contains(e.attr("name"))) {
                problems.add("a meta element the layout does not have: " + e.outerHtml());
            }
            if (tag.equals("link") && !(e.attr("rel").equals("stylesheet") && e.attr("href").equals("/css/app.css"))) {
                problems.add("a link element the layout does not have: " + e.outerHtml());
            }
            if (tag.equals("form") && !e.attr("action").startsWith("/")) {
                problems.add("a form that posts off the site: " + shorten(e.outerHtml()));
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = normalised(a.getValue());
                if (key.startsWith("on")) {
                    problems.add("an event handler attribute " + key + " on <" + tag + ">: " + shorten(e.outerHtml()));
                }
                if (key.equals("style") || key.equals("srcdoc") || key.equals("autofocus") && !tag.equals("input")) {
                    problems.add("a " + key + " attribute on <" + tag + ">: " + shorten(e.outerHtml()));
                }
                if ((key.startsWith("hx-") || key.startsWith("data-hx-")) && !tag.equals("form")) {
                    problems.add("an htmx attribute " + key + " outside the app's forms: " + shorten(e.outerHtml()));
                }
                if (URL_ATTRIBUTES.contains(key) || key.endsWith(":href")) {
                    if (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:")) {
                        problems.add("a " + value.substring(0, value.indexOf(':') + 1) + " URL in " + key + " of <" + tag + ">");
                    }
                    if (key.equals("href") && tag.equals("a") && SAFE_LINK_STARTS.stream().noneMatch(value::startsWith)) {
                        problems.add("a link to an unexpected address '" + a.getValue() + "'");
                    }
                }
            }
        }
        return problems;
    }

    /** As a browser reads a URL's scheme: without spaces and control characters, in lower case. */
    private static String normalised(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ' && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}

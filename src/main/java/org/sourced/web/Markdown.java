package org.sourced.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown from packs to safe HTML. CommonMark escapes raw HTML and drops unsafe link schemes; jsoup's
 * safelist then removes anything else that is not plain prose markup, a second line of defence should a
 * renderer option ever change. Rendered text is memoised: published packs never change.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed().removeTags("img").addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final Map<String, SafeHtml> RENDERED = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 5_000;

    private Markdown() {
    }

    public static SafeHtml render(String markdown) {
        SafeHtml cached = RENDERED.get(markdown);
        if (cached != null) {
            return cached;
        }
        SafeHtml html = new SafeHtml(sanitise(RENDERER.render(PARSER.parse(markdown))));
        if (RENDERED.size() < MEMO_LIMIT) {
            RENDERED.put(markdown, html);
        }
        return html;
    }

    /** Renders without memoising: for drafts and previews, which change with every keystroke. */
    public static SafeHtml preview(String markdown) {
        return new SafeHtml(sanitise(RENDERER.render(PARSER.parse(markdown))));
    }

    private static String sanitise(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, settings);
    }
}

package org.sourced.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lesson Markdown to safe HTML: prose markup survives, raw HTML is shown as text, unsafe links are dropped. */
class MarkdownTest {

    @Test
    void proseMarkupIsRendered() {
        String html = Markdown.render("## A heading\n\nSome *emphasis* and a [link](https://example.org/a).\n\n- one\n- two\n").html();
        assertThat(html).contains("<h2>A heading</h2>", "<em>emphasis</em>", "<li>one</li>",
                "<a href=\"https://example.org/a\" rel=\"nofollow noopener\">link</a>");
    }

    @Test
    void rawHtmlIsShownAsText() {
        String html = Markdown.render("Before <script>alert(1)</script> after.\n\n<iframe src=\"https://evil.example\"></iframe>\n").html();
        assertThat(html).doesNotContain("<script", "<iframe").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;iframe");
    }

    @Test
    void javascriptLinksAndImagesAreDropped() {
        String html = Markdown.preview("[click](javascript:alert(1)) ![x](https://example.org/x.png)").html();
        assertThat(html).doesNotContain("javascript:", "<img").contains("click");
    }

    @Test
    void theSameMarkdownRendersTheSame() {
        assertThat(Markdown.render("Text **bold**.")).isEqualTo(Markdown.preview("Text **bold**."))
                .isEqualTo(new SafeHtml("<p>Text <strong>bold</strong>.</p>\n"));
    }
}

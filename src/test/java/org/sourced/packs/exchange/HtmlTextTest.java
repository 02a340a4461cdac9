package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Moodle's HTML to the stored text, well-formed or not (jsoup parses it as a browser would). */
class HtmlTextTest {

    @Test
    void namedAndNumericEntitiesBecomeTheirCharacters() {
        assertThat(HtmlText.fromHtml("<p>Caf&eacute; &hellip; &#x2248; &#1344; &Sigma; &amp;</p>").text())
                .isEqualTo("Café … ≈ Հ Σ &");
    }

    @Test
    void paragraphsListsAndBreaksBecomeLightMarkdown() {
        HtmlText.Converted c = HtmlText.fromHtml("<p>Members:</p><ul><li>Armenia</li><li>Russia</li></ul>One<br>two");
        assertThat(c.text()).isEqualTo("Members:\n\n- Armenia\n- Russia\n\nOne\ntwo");
        assertThat(c.droppedMedia()).isFalse();
    }

    @Test
    void brokenMarkupStillKeepsItsTextAndLinks() {
        HtmlText.Converted c = HtmlText.fromHtml("<p>Read <b>the <a href=\"https://example.org/treaty\">treaty</a> & 1 < 2<p>next");
        assertThat(c.text()).isEqualTo("Read the [treaty](https://example.org/treaty) & 1 < 2\n\nnext");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void scriptsStylesAndUnsafeLinksLeaveOnlyText() {
        HtmlText.Converted c = HtmlText.fromHtml("<script>alert(1)</script><style>p{}</style>"
                + "<a href=\"javascript:alert(1)\">click</a><!-- note -->");
        assertThat(c.text()).isEqualTo("click");
        assertThat(c.notes()).containsExactly(
                "link \"javascript:alert(1)\" left out (only http, https and mailto addresses are kept); its text stays");
    }

    @Test
    void imagesAreLeftOutWithTheirAltTextAndANote() {
        HtmlText.Converted c = HtmlText.fromHtml("<p>Map: <img src=\"@@PLUGINFILE@@/map.png\" alt=\"CSTO members\"></p>");
        assertThat(c.text()).isEqualTo("Map: [image: CSTO members]");
        assertThat(c.droppedMedia()).isTrue();
        assertThat(c.notes()).containsExactly("image \"@@PLUGINFILE@@/map.png\" left out (its alt text is kept)");
    }

    @Test
    void mathMlInHtmlIsKeptAsText() {
        HtmlText.Converted c = HtmlText.fromHtml("<p>Is <math><msqrt><mn>2</mn></msqrt><mo>&gt;</mo><mn>2</mn></math>?</p>");
        assertThat(c.text()).contains("2").contains(">").startsWith("Is ").endsWith("?");
        assertThat(c.notes()).anyMatch(n -> n.startsWith("MathML kept as plain text"));
    }
}

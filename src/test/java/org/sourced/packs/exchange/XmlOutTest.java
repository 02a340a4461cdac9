package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The exporters' XML writer: indented, escaped by the StAX writer, text and mixed content on one line. */
class XmlOutTest {

    static String xml(XmlOut x) {
        return new String(x.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void elementsAreIndentedAndTextIsEscaped() {
        String xml = xml(new XmlOut().open("quiz", "lang", "hy").text("name", "A < B & \"C\"", "format", "x\"y<")
                .empty("hidden", "value", "0", "skipped", null).close());
        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz lang=\"hy\">\n"
                + "  <name format=\"x&quot;y&lt;\">A &lt; B &amp; \"C\"</name>\n  <hidden value=\"0\"/>\n</quiz>\n");
    }

    @Test
    void mixedContentStaysOnItsLineWithBreaksAsBrElements() {
        String xml = xml(new XmlOut().open("div").inline("p").lines(" one\ntwo <3 ").inline("b").lines("x").end().end().close());
        assertThat(xml).endsWith("<div>\n  <p>one<br/>two &lt;3<b>x</b></p>\n</div>\n");
    }

    @Test
    void charactersXmlCannotHoldAreDropped() {
        String xml = xml(new XmlOut().text("t", "a\u0000b\u0007c\uFFFEd", "v", "\u0001e"));
        assertThat(xml).contains("<t v=\"e\">abcd</t>");
    }

    @Test
    void anUnclosedElementIsOurBugAndSaysSo() {
        assertThatThrownBy(() -> new XmlOut().open("quiz").bytes()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quiz");
    }
}

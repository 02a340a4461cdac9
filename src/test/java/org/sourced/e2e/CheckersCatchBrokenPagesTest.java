package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;

/**
 * The checkers fail when they should. {@code /test-only/broken.html} (served from src/test/resources, so only
 * to the tests) has an input without a label, a {@code <li>} outside a list, an element HTML does not have and
 * a paragraph wider than a phone: each check must fail on it, and so must a flow that visits it.
 */
@QuarkusTest
class CheckersCatchBrokenPagesTest {

    static final String BROKEN = "/test-only/broken.html";

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void axeReportsTheUnlabelledInput(JavaScript javaScript) {
        try (Browser browser = Browser.start(base, javaScript).withoutChecksOnArrival()) {
            browser.open(BROKEN);
            assertThat(browser.accessibilityViolations()).anySatisfy(v -> {
                assertThat(v.rule()).isEqualTo("label");
                assertThat(v.impact()).isEqualTo("critical");
                assertThat(v.targets()).containsExactly("input");
            });
            assertThatThrownBy(browser::checkAccessibility).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("serious or critical").hasMessageContaining("label (critical)");
        }
    }

    @Test
    void theNuHtmlCheckerReportsTheInvalidElements() {
        try (Browser browser = Browser.withJavaScript(base).withoutChecksOnArrival()) {
            browser.open(BROKEN);
            assertThat(browser.htmlErrors()).anySatisfy(e -> {
                assertThat(e.line()).isEqualTo(15);
                assertThat(e.message()).contains("Element “li” not allowed as child of element “div”");
            }).anySatisfy(e -> {
                assertThat(e.line()).isEqualTo(16);
                assertThat(e.message()).contains("Element “foo” not allowed");
            });
            assertThatThrownBy(browser::checkHtml).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Nu Html Checker found").hasMessageContaining("line 15");
        }
    }

    @Test
    void theCheckerReadsTheHtmlAsSentNotTheRepairedDom() {
        try (Browser browser = Browser.withJavaScript(base).withoutChecksOnArrival()) {
            browser.open(BROKEN);
            assertThat(browser.rawSource()).contains("<div><li>A list item outside any list</li></div>");
            assertThat(browser.driver().getPageSource()).doesNotContain("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset");
        }
    }

    @Test
    void theWidthCheckReportsAPageTooWideForAPhone() {
        try (Browser browser = Browser.withJavaScript(base).withoutChecksOnArrival()) {
            browser.resize(360, 800).open(BROKEN);
            assertThatThrownBy(browser::checkFitsWidth).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("scrolls sideways").hasMessageContaining("pre.too-wide");
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void aFlowThatVisitsABrokenPageFails(JavaScript javaScript) {
        try (Browser browser = Browser.start(base, javaScript)) {
            assertThatThrownBy(() -> browser.open(BROKEN)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining(BROKEN);
        }
    }
}

package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.PackKey;
import org.sourced.packs.format.Question;

/**
 * A student who uses only the keyboard (Tab, arrows, Space, Enter, digits; no clicks) finds the pack, starts a
 * practice quiz, answers all ten questions, submits and reads the result, and can see where the focus is.
 */
@QuarkusTest
class KeyboardOnlyTest {

    static final PackKey KEY = PackKey.of("csto-armenia");
    static final int TABS = 120;

    @TestHTTPResource("/")
    URL base;

    /** Every control the student reached, and whether it showed a focus ring when it had the focus. */
    final List<String> withoutRing = new ArrayList<>();
    int reached;

    @Test
    void studentCompletesAQuizWithTheKeyboardAlone() {
        try (Browser browser = Browser.withJavaScript(base)) {
            browser.open("/");
            tabTo(browser, "the skip link", e -> Browser.nameOf(e).equals("Skip to content"));
            tabTo(browser, "the pack's link", e -> Browser.nameOf(e).equals(KEY.title()));
            browser.enterAndArrive();

            // The form's defaults are a 10-question practice quiz on the whole pack.
            tabTo(browser, "Start", named("Start"));
            browser.enterAndArrive();

            int right = 0;
            for (int n = 1; n <= 10; n++) {
                assertThat(browser.title()).startsWith("Question " + n + " of 10");
                Question q = KEY.question(browser.question());
                boolean answerRight = n % 2 == 1;
                answerByKeyboard(browser, answerRight ? KEY.rightAnswer(q) : KEY.wrongAnswer(q));
                tabTo(browser, "Check my answer", named("Check my answer"));
                browser.enterAndArrive();
                assertThat(browser.feedback()).startsWith(answerRight ? "Right." : "Not right.");
                right += answerRight ? 1 : 0;
                tabTo(browser, n < 10 ? "Next" : "Finish", named(n < 10 ? "Next →" : "Finish…"));
                browser.enterAndArrive();
            }

            assertThat(browser.heading()).isEqualTo("Review and submit");
            tabTo(browser, "Submit", named("Submit and see my result"));
            browser.enterAndArrive();
            assertThat(browser.heading()).isEqualTo("Your result: " + right + " of 10 (" + right * 10 + "%)");

            assertThat(reached).isGreaterThan(20);
            assertThat(withoutRing).as("controls that had the keyboard focus without a visible focus ring").isEmpty();
        }
    }

    /**
     * Radio buttons: Tab into the group, then arrow keys move the choice (and select it) until the wanted one.
     * Checkboxes: Tab through them, Space on each to tick. Ordering: Tab to each position box, type its number.
     */
    private void answerByKeyboard(Browser browser, List<String> texts) {
        WebElement first = tabTo(browser, "the question's first control", e -> e.getAttribute("name") != null
                && (e.getAttribute("name").equals("choice") || e.getAttribute("name").startsWith("rank-")));
        String type = first.getAttribute("type");
        if (type.equals("radio")) {
            WebElement focused = first;
            for (int i = 0; i < 10 && !labelOf(browser, focused).equals(texts.get(0)); i++) {
                browser.keys(Keys.ARROW_DOWN);
                focused = browser.focused();
            }
            assertThat(labelOf(browser, focused)).isEqualTo(texts.get(0));
            if (!focused.isSelected()) {
                browser.keys(Keys.SPACE);
            }
            assertThat(focused.isSelected()).isTrue();
            return;
        }
        List<WebElement> controls = browser.driver().findElements(By.cssSelector("fieldset.question input"));
        for (int i = 0; i < controls.size(); i++) {
            String id = controls.get(i).getAttribute("id");
            WebElement focused = i == 0 ? first : browser.tabUntil("control " + (i + 1) + " of the question", e -> id.equals(e.getAttribute("id")), 5);
            assertThat(focused.getAttribute("id")).isEqualTo(id);
            String label = labelOf(browser, focused).replaceFirst("^Position of ", "");
            if (type.equals("checkbox")) {
                if (texts.contains(label) != focused.isSelected()) {
                    browser.keys(Keys.SPACE);
                }
            } else {
                browser.keys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(texts.indexOf(label) + 1));
            }
        }
    }

    private WebElement tabTo(Browser browser, String what, Predicate<WebElement> target) {
        WebElement focused = browser.tabUntil(what, target, TABS);
        reached++;
        if (!browser.focusIsVisible()) {
            withoutRing.add(what + " on " + browser.path());
        }
        return focused;
    }

    private static Predicate<WebElement> named(String name) {
        return e -> Browser.nameOf(e).equals(name);
    }

    private static String labelOf(Browser browser, WebElement input) {
        WebElement label = browser.driver().findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
        return Browser.squash(label.getAttribute("textContent"));
    }
}

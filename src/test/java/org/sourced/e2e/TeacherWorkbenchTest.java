package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;
import org.sourced.e2e.support.Teacher;

/**
 * From a real LMS bank to a published pack in the browser: a teacher imports a 40-question Moodle GIFT export (no
 * evidence, most keys unexplained), reads what each question needs on the draft page, walks the evidence pass one
 * screen per question (the first one adds the source in place), and publishes. Every page on the way passes the
 * HTML and accessibility checks; the step and the compact editor fit a 360 px screen. The test counts the page
 * loads and form posts the flow takes and prints them per question, with JavaScript (Ctrl+Enter saves) and
 * without (plain forms).
 */
@QuarkusTest
class TeacherWorkbenchTest {

    static final Path BANK = Path.of("src", "test", "resources", "exchange", "gift", "moodle-export-40.gift");
    static final int QUESTIONS = 40;

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void aFortyQuestionBankIsEvidencedThroughTheEvidencePassAndPublished(JavaScript javaScript) {
        String packId = "e2e-bench-" + UUID.randomUUID().toString().substring(0, 8);
        boolean js = javaScript.on();
        try (Browser browser = Browser.start(base, javaScript)) {
            Teacher.newAccount(browser, "Wren Workbench").signsIn();
            int loads = 0;
            int posts = 0;

            browser.open("/teach/import");
            loads++;
            browser.attach("File", BANK).fill("Pack id (optional)", packId).fill("Language (optional)", "en").press("Import");
            posts++;
            loads++;
            assertThat(browser.text()).contains("now holds 40 questions from the GIFT file");
            browser.follow("Open the draft");
            loads++;
            assertThat(browser.text()).contains("40 questions need work before publishing", "add evidence: a passage of a source that backs the key");
            browser.screenshot("workbench-problems");

            browser.press("Add evidence (40 questions)");
            loads++;
            int walked = 0;
            while (!browser.text().contains("Every question cites evidence.")) {
                walked++;
                assertThat(walked).as("the pass ends").isLessThanOrEqualTo(QUESTIONS);
                int left = QUESTIONS - walked + 1;
                assertThat(browser.text()).contains(left + (left == 1 ? " question" : " questions") + " to go, this one included");
                if (walked == 1) {
                    // no source yet: the new-source fields are open and chosen
                    browser.fill("Title", "Civics 9 atlas").fill("Publisher", "School press").select("Kind", "report")
                            .fillDate("Published", LocalDate.of(2024, 9, 1));
                } else {
                    assertThat(browser.driver().findElement(By.cssSelector("input[name=source][value=civics-9-atlas]")).isSelected())
                            .as("the source the last step cited is chosen").isTrue();
                }
                if (walked == 2) {
                    browser.screenshot("workbench-evidence-pass");
                    browser.resize(360, 800).checkFitsWidth().resize(1280, 900);
                }
                browser.fill("Where in it", "para. " + walked).fill("What that passage establishes", "Backs the key of question " + walked + ".");
                if (!browser.driver().findElements(By.name("explanation")).isEmpty()) {
                    browser.fill("Explanation", "Why the key is right, written in the pass (" + walked + ").");
                }
                if (js) {
                    browser.driver().findElement(By.name("note")).click();
                    browser.keysAndArrive(Keys.chord(Keys.CONTROL, Keys.ENTER));
                } else {
                    browser.press("Save and next");
                }
                posts++;
                loads++;
            }
            assertThat(walked).isEqualTo(QUESTIONS);

            browser.follow("Back to the pack");
            loads++;
            assertThat(browser.text()).contains("The checker finds no problem");
            browser.press("Publish as version 1");
            posts++;
            loads++;
            assertThat(browser.text()).contains("Published. Attempts already started keep the version they started on.");
            assertThat(browser.driver().findElements(By.linkText("Open as a student"))).isNotEmpty();

            // the compact editor of one of the evidenced questions, wide and at 360 px
            browser.follow("capital-of-armenia");
            assertThat(browser.driver().findElements(By.cssSelector("ol.choice-rows > li"))).hasSize(4);
            browser.screenshot("workbench-compact-editor");
            if (js) {
                // typing is saved without pressing anything; a reload shows it stored
                browser.fill("Explanation", "Saved while typing, with no button pressed.");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                        d.findElement(By.id("autosave-status")).getText().startsWith("Saved at "));
                browser.open(browser.path());
                assertThat(browser.field(browser.driver(), "Explanation").getAttribute("value"))
                        .isEqualTo("Saved while typing, with no button pressed.");
            }
            browser.resize(360, 800).checkFitsWidth();

            double perQuestion = (double) posts / QUESTIONS;
            System.out.printf("WORKBENCH javascript=%s questions=%d posts=%d loads=%d posts/question=%.3f loads/question=%.3f%n",
                    javaScript, QUESTIONS, posts, loads, perQuestion, (double) loads / QUESTIONS);
            assertThat(perQuestion).as("form posts per question (the goal: at most two)").isLessThanOrEqualTo(2.0);
        }
    }
}

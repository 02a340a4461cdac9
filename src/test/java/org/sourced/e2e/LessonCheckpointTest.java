package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.sourced.packs.Feedback;
import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;
import org.sourced.e2e.support.PackKey;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Question;

/** A student reads the first lesson of a pack and answers its checkpoints, with and without JavaScript. */
@QuarkusTest
class LessonCheckpointTest {

    static final PackKey KEY = PackKey.of("csto-armenia");

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void studentReadsALessonAndAnswersItsCheckpoints(JavaScript javaScript) {
        Lesson lesson = KEY.firstLesson();
        Question first = KEY.question(lesson.checkpointIds().get(0));
        Question second = KEY.question(lesson.checkpointIds().get(1));

        try (Browser browser = Browser.start(base, javaScript)) {
            browser.open("/").follow(KEY.title()).follow(lesson.title());
            assertThat(browser.heading()).isEqualTo(lesson.title());
            assertThat(browser.text()).as("the lesson's Markdown is shown as formatted text, not as tags").doesNotContain("<p>", "</h2>");
            assertThat(browser.checkpointQuestion(first.id()).stem()).isEqualTo(Browser.squash(first.stem()));
            browser.screenshot("lesson");

            String lessonUrl = browser.url();
            browser.answerCheckpoint(first.id(), KEY.wrongAnswer(first)).checkCheckpoint(first.id());

            String feedback = checkpointFeedback(browser, first.id());
            assertThat(feedback).startsWith("Not right.").contains("The answer: " + String.join("; ", KEY.rightAnswer(first).stream().map(Feedback::withoutFullStop).toList()))
                    .contains(KEY.explanation(first)).contains("Evidence");
            if (javaScript.on()) {
                assertThat(browser.url()).as("htmx shows the feedback in place, without loading a page").isEqualTo(lessonUrl);
            } else {
                assertThat(browser.url()).as("the form posts and the reply opens at the checkpoint")
                        .endsWith("/checkpoints/" + first.id() + "#cp-" + first.id());
                assertThat(topOf(browser, "cp-" + first.id())).as("the checkpoint is scrolled into view").isBetween(-2L, 800L);
            }
            browser.screenshot("checkpoint-feedback");

            browser.answerCheckpoint(second.id(), KEY.rightAnswer(second)).checkCheckpoint(second.id());
            assertThat(checkpointFeedback(browser, second.id())).startsWith("Right.").contains(KEY.explanation(second));
            if (javaScript.on()) {
                assertThat(browser.url()).isEqualTo(lessonUrl);
                assertThat(checkpointFeedback(browser, first.id())).as("the first checkpoint keeps its feedback").startsWith("Not right.");
            }
        }
    }

    /**
     * An ordering checkpoint: with JavaScript the student sorts the items with the Move up buttons; without it
     * those buttons (which would do nothing) are not shown and the student numbers the items instead.
     */
    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void studentPutsEventsInOrderInACheckpoint(JavaScript javaScript) {
        Question q = KEY.question("order-2022-2023");
        Lesson lesson = KEY.pack().lessons().stream().filter(l -> l.checkpointIds().contains(q.id())).findFirst().orElseThrow();
        List<String> right = KEY.rightAnswer(q);

        try (Browser browser = Browser.start(base, javaScript)) {
            browser.open("/packs/" + KEY.pack().id() + "/lessons/" + lesson.id());
            WebElement checkpoint = browser.checkpoint(q.id());
            List<WebElement> moves = checkpoint.findElements(By.cssSelector("button[data-move]"));
            assertThat(moves).hasSize(2 * right.size());
            if (javaScript.on()) {
                assertThat(moves).allMatch(WebElement::isDisplayed);
                for (int target = 0; target < right.size(); target++) {
                    String item = right.get(target);
                    while (positionOf(browser, q.id(), item) > target + 1) {
                        browser.button(browser.checkpoint(q.id()), "Move up: " + item).click();
                    }
                }
                assertThat(browser.checkpointQuestion(q.id()).choices()).as("the list as the student sorted it").isEqualTo(right);
            } else {
                assertThat(moves).noneMatch(WebElement::isDisplayed);
                browser.answerCheckpoint(q.id(), right);
            }
            browser.checkCheckpoint(q.id());
            assertThat(checkpointFeedback(browser, q.id())).startsWith("Right.").contains("The right order: 1. " + right.get(0));
            if (javaScript.on()) {
                assertThat(browser.checkpoint(q.id()).findElements(By.cssSelector("button[data-move]")))
                        .as("the buttons in the swapped-in checkpoint work too").allMatch(WebElement::isDisplayed);
            }
        }
    }

    /** Where an item stands in the list as shown, 1 for the top. */
    private static int positionOf(Browser browser, String questionId, String item) {
        return browser.checkpointQuestion(questionId).choices().indexOf(item) + 1;
    }

    private static String checkpointFeedback(Browser browser, String questionId) {
        return Browser.squash(browser.checkpoint(questionId).findElement(By.cssSelector("[role=status]")).getText());
    }

    private static long topOf(Browser browser, String id) {
        return ((Number) browser.driver().executeScript("return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top)", id))
                .longValue();
    }
}

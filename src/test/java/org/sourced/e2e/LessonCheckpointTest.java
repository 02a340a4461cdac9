package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

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
            assertThat(feedback).startsWith("Not right.").contains("The answer: " + String.join("; ", KEY.rightAnswer(first)))
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

    private static String checkpointFeedback(Browser browser, String questionId) {
        return Browser.squash(browser.checkpoint(questionId).findElement(By.cssSelector("[role=status]")).getText());
    }

    private static long topOf(Browser browser, String id) {
        return ((Number) browser.driver().executeScript("return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top)", id))
                .longValue();
    }
}

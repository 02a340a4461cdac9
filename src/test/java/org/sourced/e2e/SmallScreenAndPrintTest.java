package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.PackKey;
import org.sourced.e2e.support.Student;

/** The student pages on a 360 px phone (nothing scrolls sideways) and the result page on paper. */
@QuarkusTest
class SmallScreenAndPrintTest {

    static final PackKey KEY = PackKey.of("csto-armenia");

    @TestHTTPResource("/")
    URL base;

    @Test
    void studentPagesFitA360PixelScreen() {
        try (Browser browser = Browser.withJavaScript(base)) {
            browser.resize(360, 800);
            assertThat(browser.viewportWidth()).isEqualTo(360);

            Student student = new Student(browser, KEY).opensThePack();
            browser.checkFitsWidth().screenshot("pack-360px");
            browser.follow(KEY.firstLesson().title());
            browser.checkFitsWidth().screenshot("lesson-360px");

            browser.follow(KEY.title()); // the breadcrumb back to the pack
            student.startsPractice();
            browser.checkFitsWidth().screenshot("question-360px");
            student.answers(true);
            browser.check().checkFitsWidth().screenshot("feedback-360px");
            browser.finish().checkFitsWidth();
            browser.submit().checkFitsWidth().screenshot("results-360px");
        }
    }

    @Test
    void theResultPagePrintsCleanly() throws IOException {
        try (Browser browser = Browser.withJavaScript(base)) {
            Student student = new Student(browser, KEY).opensThePack().startsExam(30);
            student.answers(true);
            browser.next();
            student.answers(false);
            browser.finish().submit();
            assertThat(browser.heading()).startsWith("Your result: 1 of 10");

            browser.printMedia();
            assertThat(browser.isRendered("header.site-header")).as("the site's navigation").isFalse();
            assertThat(browser.isRendered("footer.site-footer")).as("the footer").isFalse();
            assertThat(browser.isRendered("main .actions")).as("the buttons").isFalse();
            assertThat(browser.isRendered("main h1")).as("the score").isTrue();
            assertThat(browser.isRendered("main table")).as("the score by objective").isTrue();
            assertThat(browser.isRendered("main section .feedback")).as("every question's key and evidence").isTrue();
            browser.checkFitsWidth().screenshot("results-print");
            browser.screenMedia();

            Path pdf = browser.printToPdf("results-print");
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(bytes.length).isGreaterThan(10_000);
        }
    }
}

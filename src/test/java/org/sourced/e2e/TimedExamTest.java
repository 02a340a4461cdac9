package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;
import org.sourced.e2e.support.PackKey;
import org.sourced.e2e.support.Student;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.Question;

/**
 * A student takes a timed exam: the deadline is shown, answers are stored without feedback, and the
 * attempt's link alone resumes it after the browser forgot everything.
 */
@QuarkusTest
class TimedExamTest {

    static final PackKey KEY = PackKey.of("csto-armenia");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    static final Pattern DUE = Pattern.compile("Exam · due (\\d+ \\w+ \\d{4}, \\d\\d:\\d\\d UTC) \\((\\d+) min left\\)");

    @TestHTTPResource("/")
    URL base;

    /** One minute on the clock: the test does not wait for it, it checks the deadline and the stored answers. */
    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void studentTakesAOneMinuteExam(JavaScript javaScript) {
        try (Browser browser = Browser.start(base, javaScript)) {
            Student student = new Student(browser, KEY).opensThePack();
            Instant before = Instant.now();
            student.startsExam(1);
            Instant after = Instant.now();

            Matcher due = due(browser);
            assertThat(due.group(1)).as("the deadline is a minute after the start")
                    .isIn(MINUTE.format(before.plusSeconds(60)), MINUTE.format(after.plusSeconds(60)));
            assertThat(due.group(2)).isEqualTo("1");
            browser.screenshot("exam-question");

            Question first = student.answers(true);
            browser.next();
            assertThat(browser.title()).startsWith("Question 2 of 10");
            assertThat(browser.showsFeedback()).as("an exam shows no key before the end").isFalse();
            student.answers(false);
            browser.next();
            student.answers(true);
            browser.next();
            assertThat(browser.title()).startsWith("Question 4 of 10");
            assertThat(browser.text()).contains("3 of 10 answered");

            browser.press("Question 1, answered");
            assertThat(browser.title()).startsWith("Question 1 of 10");
            assertThat(browser.showsFeedback()).isFalse();
            if (!first.type().key().equals("ordering")) {
                assertThat(browser.question().selected()).as("the stored answer").containsExactlyInAnyOrderElementsOf(student.answerTexts(first, true));
            }

            browser.finish();
            assertThat(browser.text()).contains("You answered 3 of 10 questions.").contains("due " + due.group(1));
            browser.submit();
            assertThat(browser.heading()).isEqualTo("Your result: 2 of 10 (20%)");
            assertThat(browser.text()).contains("Exam").contains("not answered");
        }
    }

    /**
     * Closing the browser loses its cookies (the anonymous student's id and the CSRF token): the attempt's
     * link alone must bring the student back to where they were, answers and deadline intact.
     */
    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void studentForgetsEverythingAndResumesFromTheLink(JavaScript javaScript) {
        try (Browser browser = Browser.start(base, javaScript)) {
            Student student = new Student(browser, KEY).opensThePack().startsExam(30);
            String deadline = due(browser).group(1);
            Question first = student.answers(true);
            browser.next();
            Question second = student.answers(false);
            browser.next();
            assertThat(browser.title()).startsWith("Question 3 of 10");
            String link = student.attemptLink();

            browser.clearCookies();
            assertThat(browser.driver().manage().getCookies()).isEmpty();
            browser.open(link);

            assertThat(browser.path()).as("back at the first question not yet answered").isEqualTo(link + "/questions/3");
            assertThat(browser.text()).contains("2 of 10 answered");
            assertThat(due(browser).group(1)).as("the same deadline").isEqualTo(deadline);
            browser.screenshot("resumed");

            browser.press("Question 1, answered");
            assertSelected(browser, student, first, true);
            browser.press("Question 2, answered");
            assertSelected(browser, student, second, false);

            browser.press("Question 3, not answered");
            student.answers(true);
            browser.next();
            assertThat(browser.text()).as("answering goes on after the resume").contains("3 of 10 answered");
        }
    }

    /**
     * Moving on without answering leaves a question unanswered, for every type: an ordering question must not
     * count the order it happened to be shown in as the student's answer. The timeline objective's 14
     * questions include 5 ordering ones, so any 10 of them include at least one.
     */
    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void questionsSkippedStayUnanswered(JavaScript javaScript) {
        Objective timeline = KEY.pack().manifest().objective("timeline").orElseThrow();
        long count = KEY.pack().questions().stream().filter(q -> q.objective().equals("timeline")).count();
        try (Browser browser = Browser.start(base, javaScript)) {
            new Student(browser, KEY).opensThePack();
            browser.choose(timeline.title() + " (" + count + " questions)").choose("10").choose(Student.EXAM).press("Start");
            for (int n = 1; n < 10; n++) {
                browser.next();
            }
            browser.finish();
            assertThat(browser.text()).contains("You answered 0 of 10 questions.");
        }
    }

    private static void assertSelected(Browser browser, Student student, Question q, boolean right) {
        assertThat(KEY.question(browser.question()).id()).isEqualTo(q.id());
        if (!q.type().key().equals("ordering")) {
            assertThat(browser.question().selected()).containsExactlyInAnyOrderElementsOf(student.answerTexts(q, right));
        } else {
            List<String> order = student.answerTexts(q, right);
            for (int i = 0; i < order.size(); i++) {
                assertThat(browser.field(browser.driver(), "Position of " + order.get(i)).getAttribute("value")).isEqualTo(String.valueOf(i + 1));
            }
        }
    }

    private static Matcher due(Browser browser) {
        Matcher m = DUE.matcher(browser.text());
        assertThat(m.find()).as("the question page shows the deadline: " + browser.text()).isTrue();
        return m;
    }
}

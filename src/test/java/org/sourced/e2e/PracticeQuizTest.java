package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;
import org.sourced.e2e.support.PackKey;
import org.sourced.e2e.support.Student;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * A student takes a 10-question practice quiz, sees the key, the explanation and the evidence after each
 * answer, submits, and reads a result that matches what they answered.
 */
@QuarkusTest
class PracticeQuizTest {

    static final PackKey KEY = PackKey.of("csto-armenia");
    static final Pattern ANSWER = Pattern.compile("Your answer: (.+?) · (\\d+ of \\d+) points");

    @TestHTTPResource("/")
    URL base;

    record Given(int position, Question question, boolean right, List<String> texts) {
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void studentPractisesTenQuestionsAndReadsTheResult(JavaScript javaScript) {
        try (Browser browser = Browser.start(base, javaScript)) {
            Student student = new Student(browser, KEY).opensThePack().startsPractice();
            List<Given> given = new ArrayList<>();

            for (int n = 1; n <= 10; n++) {
                assertThat(browser.title()).startsWith("Question " + n + " of 10");
                assertThat(browser.showsFeedback()).as("no key before the answer").isFalse();
                if (n == 1) {
                    browser.screenshot("question");
                }
                boolean right = n % 3 != 0; // 3, 6 and 9 wrong: 7 of 10
                Question q = student.answers(right);
                browser.check();

                assertThat(browser.title()).as("the feedback is on the same question").startsWith("Question " + n + " of 10");
                assertThat(browser.feedback())
                        .startsWith(right ? "Right." : "Not right.")
                        .contains(KEY.explanation(q))
                        .contains("Evidence");
                assertThat(evidenceItems(browser)).as("one line per piece of evidence in the pack").hasSize(q.evidence().size());
                assertThat(browser.question().selected()).as("the answer is kept and shown")
                        .containsExactlyInAnyOrderElementsOf(q.type() == QuestionType.ORDERING ? List.of() : student.answerTexts(q, right));
                if (n == 1) {
                    browser.screenshot("feedback");
                }
                given.add(new Given(n, q, right, student.answerTexts(q, right)));
                if (n < 10) {
                    browser.next();
                } else {
                    browser.finish();
                }
            }

            assertThat(browser.heading()).isEqualTo("Review and submit");
            assertThat(browser.text()).contains("You answered 10 of 10 questions.");
            browser.screenshot("summary");
            browser.submit();

            assertThat(browser.path()).startsWith("/results/");
            assertThat(browser.heading()).isEqualTo("Your result: 7 of 10 (70%)");
            assertThat(browser.text()).contains("Practice");
            browser.screenshot("results");
            assertResultMatches(browser, given);
        }
    }

    /** The result page, question by question and objective by objective, against what the student answered. */
    static void assertResultMatches(Browser browser, List<Given> given) {
        List<WebElement> items = browser.driver().findElements(By.cssSelector("main section[aria-labelledby]"));
        assertThat(items).hasSize(given.size());
        for (Given g : given) {
            String item = Browser.squash(items.get(g.position() - 1).getText());
            assertThat(item).startsWith(g.position() + ". " + Browser.squash(g.question().stem()));
            Matcher answer = ANSWER.matcher(item);
            assertThat(answer.find()).as("item %d shows the answer and its points: %s", g.position(), item).isTrue();
            // Choices are listed in the order they were shown, which the quiz shuffles; an ordering answer in its order.
            List<String> accepted = g.question().type() == QuestionType.ORDERING
                    ? List.of(String.join("; ", g.texts()))
                    : permutations(g.texts()).stream().map(p -> String.join("; ", p)).toList();
            assertThat(answer.group(1)).as("the answer given").isIn(accepted);
            assertThat(answer.group(2)).isEqualTo(g.right() ? "1 of 1" : "0 of 1");
            assertThat(item).contains(g.right() ? "Right." : "Not right.").contains(KEY.explanation(g.question())).contains("Evidence");
        }

        Map<String, int[]> byObjective = new LinkedHashMap<>();
        for (Given g : given) {
            int[] counts = byObjective.computeIfAbsent(g.question().objective(), o -> new int[2]);
            counts[0] += g.right() ? 1 : 0;
            counts[1]++;
        }
        List<String> rows = browser.driver().findElements(By.cssSelector("main table tbody tr")).stream()
                .map(r -> Browser.squash(r.getText())).toList();
        List<String> expected = byObjective.entrySet().stream().map(e -> {
            String title = KEY.pack().manifest().objective(e.getKey()).map(Objective::title).orElseThrow();
            int right = e.getValue()[0];
            int total = e.getValue()[1];
            return Browser.squash(title + " " + right + " of " + total + " " + percent(right, total) + "%");
        }).toList();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    static List<List<String>> permutations(List<String> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new ArrayList<>(items);
            String head = rest.remove(i);
            for (List<String> tail : permutations(rest)) {
                List<String> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                all.add(p);
            }
        }
        return all;
    }

    static String percent(int right, int total) {
        double p = Math.round(1000.0 * right / total) / 10.0;
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }

    static List<String> evidenceItems(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[role=status].feedback ul.evidence:not(.key) > li")).stream()
                .map(e -> Browser.squash(e.getText())).toList();
    }
}

package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;
import org.sourced.e2e.support.PackKey;
import org.sourced.e2e.support.Student;
import org.sourced.e2e.support.Teacher;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.Question;

/**
 * A teacher creates a class and assigns a quiz to it; two students, each in a browser of their own (one with
 * JavaScript, one without), join with the class's code, take the quiz and submit; the teacher then reads the
 * assignment's dashboard, whose every figure is worked out here from what the students answered and the pack's
 * own key ({@link PackKey}), never copied from the page.
 */
@QuarkusTest
class TeacherClassTest {

    static final PackKey KEY = PackKey.of("csto-armenia");
    static final String OBJECTIVE = "membership";
    static final int LENGTH = 5;
    static final String ACCOUNTS = "an account (name, email, password)";
    static final String EXAM = "Exam: feedback after submitting";
    static final String PASSWORD = "student password 1";

    @TestHTTPResource("/")
    URL base;

    /** What one student answered: each question drawn, in order, and whether the answer was right. */
    record Taken(String name, String email, Map<Question, Boolean> answers) {
        int scored() {
            return answers.entrySet().stream().filter(Map.Entry::getValue).mapToInt(e -> e.getKey().points()).sum();
        }

        int max() {
            return answers.keySet().stream().mapToInt(Question::points).sum();
        }

        double percent() {
            return 100.0 * scored() / max();
        }
    }

    @Test
    void teacherAssignsAQuizAndReadsTheDashboardAfterTwoStudentsAnswered() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String className = "10B history " + suffix;
        String title = "Who is in the CSTO " + suffix;
        Objective objective = KEY.pack().manifest().objective(OBJECTIVE).orElseThrow();
        List<Question> inScope = KEY.pack().questions().stream().filter(q -> q.objective().equals(OBJECTIVE)).toList();

        try (Browser browser = Browser.withJavaScript(base)) {
            Teacher teacher = Teacher.newAccount(browser, "Theo Teacher").signsIn();

            teacher.createsAClass(className, ACCOUNTS);
            assertThat(browser.heading()).isEqualTo(className);
            assertThat(browser.text()).contains("Students join with an account").contains("No one has joined yet.");
            String code = teacher.joinCode();
            assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

            browser.press("Assign a quiz");
            assertThat(browser.heading()).isEqualTo("Assign a quiz");
            browser.select("What to assign", KEY.title() + ": " + objective.title() + " (" + inScope.size() + " questions)")
                    .fill("Title (optional)", title)
                    .fill("Questions per attempt", String.valueOf(LENGTH))
                    .select("Mode", EXAM)
                    // a wrong answer then scores 0, never less, whatever the pack says
                    .select("Negative marking", "Off");
            browser.screenshot("assign");
            browser.press("Assign");
            assertThat(browser.path()).startsWith("/assignments/");
            assertThat(browser.heading()).isEqualTo(title);
            assertThat(browser.text()).containsPattern("Completed: 0 of 0( students)? ");

            // Two students, each in a fresh browser: no cookie of the teacher's or of each other's
            List<Taken> taken = new ArrayList<>();
            taken.add(takesTheAssignment(JavaScript.ENABLED, code, className, title, "Ani Petrosyan", List.of(true, true, true, false, false)));
            taken.add(takesTheAssignment(JavaScript.DISABLED, code, className, title, "Davit Sargsyan", List.of(false, true, false, false, false)));

            // The teacher's way back from the dashboard left open: the class in its breadcrumb, then the assignment
            browser.follow(className);
            assertThat(browser.text()).contains("Students (2)");
            assertThat(browser.table("Students of " + className)).extracting(row -> row.get(0))
                    .containsExactlyInAnyOrder("Ani Petrosyan", "Davit Sargsyan");
            browser.screenshot("class");
            browser.follow(title);
            browser.screenshot("dashboard");

            assertDashboard(browser, taken, objective, inScope);
        }
    }

    /** A student joins with the code (registering an account), starts the assignment, answers, submits. */
    private Taken takesTheAssignment(JavaScript javaScript, String code, String className, String title, String name, List<Boolean> rights) {
        String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        try (Browser browser = Browser.start(base, javaScript)) {
            Student student = new Student(browser, KEY);
            browser.open("/join").fill("Join code", code.toLowerCase(Locale.ROOT)).press("Continue");
            assertThat(browser.heading()).isEqualTo("Join " + className);
            browser.fill("Your name", name).fill("Email", email).fill("Password", PASSWORD).press("Register and join");
            assertThat(browser.heading()).isEqualTo("My assignments");
            assertThat(browser.table("Quizzes assigned to you")).hasSize(1);
            browser.press("Start " + title);

            Map<Question, Boolean> answers = new LinkedHashMap<>();
            for (int n = 1; n <= LENGTH; n++) {
                assertThat(browser.title()).startsWith("Question " + n + " of " + LENGTH);
                boolean right = rights.get(n - 1);
                Question q = student.answers(right);
                assertThat(q.objective()).isEqualTo(OBJECTIVE);
                answers.put(q, right);
                if (n < LENGTH) {
                    browser.next();
                } else {
                    browser.finish();
                }
            }
            assertThat(browser.text()).contains("You answered " + LENGTH + " of " + LENGTH + " questions.");
            browser.submit();

            Taken t = new Taken(name, email, answers);
            assertThat(browser.heading()).isEqualTo("Your result: " + t.scored() + " of " + t.max() + " (" + PracticeQuizTest.percent(t.scored(), t.max()) + "%)");
            return t;
        }
    }

    private static void assertDashboard(Browser browser, List<Taken> taken, Objective objective, List<Question> inScope) {
        List<Double> percents = taken.stream().map(Taken::percent).sorted().toList();
        double mean = percents.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double median = (percents.get(0) + percents.get(1)) / 2;
        assertThat(browser.text())
                .containsPattern("Completed: 2 of 2( students)? \\(100\\.0 %\\)")
                .contains("Mean: " + percent(mean))
                .contains("Median: " + percent(median))
                .contains("Attempts in the question statistics: 2");

        // the histogram's table: one student in each of their bands
        List<List<String>> bands = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int band = i;
            long count = percents.stream().filter(p -> Math.min(9, (int) Math.floor(p / 10)) == band).count();
            bands.add(List.of((i * 10) + "-" + (i * 10 + 10) + " %", String.valueOf(count)));
        }
        assertThat(browser.table("Students per score band")).isEqualTo(bands);

        // each student: one attempt, submitted, none in progress, not late, and the score they earned
        List<List<String>> students = browser.table("Each student's work on this assignment");
        assertThat(students).hasSize(2);
        for (Taken t : taken) {
            List<String> row = students.stream().filter(r -> r.get(0).startsWith(t.name())).findFirst().orElseThrow();
            assertThat(row.subList(0, 6)).containsExactly(t.name() + " " + t.email(), "1", "1", "0", "–", percent(t.percent()));
        }

        // each question of the objective: how many attempts drew it, and the share of its points they scored
        List<List<String>> questions = browser.table("Statistics per question");
        assertThat(questions).hasSize(inScope.size());
        for (Question q : inScope) {
            List<Double> scores = taken.stream().filter(t -> t.answers().containsKey(q))
                    .map(t -> t.answers().get(q) ? 1.0 : 0.0).toList();
            List<String> row = questions.stream().filter(r -> r.get(1).endsWith(" " + q.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + q.id() + " in " + questions));
            assertThat(row.get(1)).as("stem and id").isEqualTo(Browser.squash(q.stem()) + " " + q.id());
            assertThat(row.get(2)).as("attempts on %s", q.id()).isEqualTo(String.valueOf(scores.size()));
            assertThat(row.get(3)).as("facility of %s", q.id())
                    .isEqualTo(scores.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", scores.stream().mapToDouble(d -> d).average().orElseThrow()));
        }

        // the objective's mastery: all points scored over all points available
        int scored = taken.stream().mapToInt(Taken::scored).sum();
        int available = taken.stream().mapToInt(Taken::max).sum();
        assertThat(browser.table("Class mastery per objective")).containsExactly(
                List.of(objective.title(), String.valueOf(scored), String.valueOf(available), percent(100.0 * scored / available)));
    }

    /** As the dashboard prints a percent: one decimal, a space, the sign. */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f %%", value);
    }
}

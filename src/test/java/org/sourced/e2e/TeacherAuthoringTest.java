package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;
import org.sourced.e2e.support.Teacher;

/**
 * A teacher signs in, imports a GIFT file from an LMS into a draft, adds the source its keys rest on, edits an
 * imported question (a new stem, an explanation, a piece of evidence) and sees the edit in the preview that
 * shows the question as a student sees it. The draft is the teacher's own: nothing is published, so no other
 * test sees it.
 */
@QuarkusTest
class TeacherAuthoringTest {

    /** Three questions (single, multiple, true/false) under one category, with ids in the comments. */
    static final Path GIFT = Path.of("src", "test", "resources", "e2e", "treaty-basics.gift");
    static final List<String> GIFT_IDS = List.of("treaty-city", "treaty-first-members", "treaty-article-4");
    static final String GIFT_FIRST_STEM = "In which city was the Collective Security Treaty signed in May 1992?";
    /** The pack's title: the GIFT category's parent, as Moodle nests a quiz's categories under the course's. */
    static final String PACK_TITLE = "Treaty basics";

    static final String NEW_STEM = "Where did six states sign the Collective Security Treaty on 15 May 1992?";
    static final String EXPLANATION = "The treaty's closing line gives the place and date: Tashkent, 15 May 1992.";
    static final String SOURCE_TITLE = "Collective Security Treaty of 15 May 1992";
    static final String SOURCE_PUBLISHER = "Collective Security Treaty Organization";
    static final String LOCATOR = "closing line";
    static final String NOTE = "Signed in Tashkent on 15 May 1992.";

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void teacherImportsAGiftFileAndEditsAQuestion(JavaScript javaScript) {
        String packId = "e2e-treaty-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.start(base, javaScript)) {
            Teacher teacher = Teacher.newAccount(browser, "Tess Teacher").signsIn();
            assertThat(browser.link(teacher.name()).getAttribute("href")).as("the header names who is signed in").endsWith("/account/password");
            browser.follow("Teach");
            assertThat(browser.heading()).isEqualTo("Teach");

            // Import: the form is at /teach/import (no page links to it but its own result page: typed here)
            browser.open("/teach/import");
            assertThat(browser.selected("Format")).isEqualTo("GIFT");
            browser.attach("File", GIFT).fill("Pack id (optional)", packId).fill("Language (optional)", "en").press("Import");

            assertThat(browser.heading()).isEqualTo("Imported into the draft “" + packId + "”");
            assertThat(browser.text()).contains("now holds 3 questions from the GIFT file").contains("Fix what is listed below");
            List<String> flagged = problems(browser);
            for (String id : GIFT_IDS) {
                assertThat(flagged).as("each imported question is flagged for its missing evidence")
                        .contains("question " + id + " has no evidence: it stays flagged until a source, locator and note are added");
            }
            browser.screenshot("teach-imported");

            browser.follow("Open the draft");
            assertThat(browser.heading()).isEqualTo(PACK_TITLE);
            assertThat(draftQuestions(browser)).as("the draft lists the imported questions by id and stem")
                    .hasSize(GIFT_IDS.size())
                    .contains("treaty-city: " + GIFT_FIRST_STEM)
                    .allSatisfy(q -> assertThat(GIFT_IDS).anyMatch(id -> q.startsWith(id + ": ")));
            browser.screenshot("teach-draft");

            // The source the evidence will cite: LMS files have none, so the form offers one empty row
            browser.follow("Edit the sources");
            browser.fill("Id", "csto-treaty-1992").select("Kind", "primary").fill("Title", SOURCE_TITLE)
                    .fill("Publisher", SOURCE_PUBLISHER).fillDate("Published", LocalDate.of(1992, 5, 15));
            browser.press("Save the sources");
            assertThat(browser.text()).contains("Saved.");

            // Edit the first question: its stem, an explanation, and evidence from that source
            browser.follow(PACK_TITLE).follow("treaty-city");
            assertThat(browser.heading()).isEqualTo("Question treaty-city");
            assertThat(value(browser, "Question")).isEqualTo(GIFT_FIRST_STEM);
            browser.fill("Question", NEW_STEM).fill("Explanation", EXPLANATION).press("Add evidence");
            assertThat(value(browser, "Question")).as("adding a row keeps what was typed").isEqualTo(NEW_STEM);
            browser.select("Source", SOURCE_TITLE + ", " + SOURCE_PUBLISHER).fill("Where in it", LOCATOR)
                    .fill("What that passage establishes", NOTE).press("Save the question");

            assertThat(browser.path()).as(browser.text()).endsWith("/questions/treaty-city?saved=true");
            assertThat(browser.text()).contains("Saved.").doesNotContain("Not saved");
            assertThat(value(browser, "Question")).isEqualTo(NEW_STEM);
            assertThat(value(browser, "Explanation")).isEqualTo(EXPLANATION);
            browser.screenshot("teach-question-editor");

            // The preview shows the question as a student sees it: the new stem, and after an answer the new key text
            browser.press("Preview as a student");
            assertThat(browser.heading()).isEqualTo("Preview");
            Browser.ShownQuestion shown = browser.question();
            assertThat(shown.stem()).isEqualTo(NEW_STEM);
            assertThat(shown.choices()).containsExactlyInAnyOrder("Tashkent", "Moscow", "Minsk");
            browser.answer("Tashkent").press("Check my answer");
            assertThat(browser.feedback()).startsWith("Right.").contains(EXPLANATION).contains(SOURCE_TITLE).contains(LOCATOR);
            browser.screenshot("teach-preview");

            // Back on the draft: the edited question has no problem left; the two others keep both of theirs (no evidence,
            // no explanation), though saving the first one rewrote the file they share
            browser.follow(PACK_TITLE);
            assertThat(draftQuestions(browser)).contains("treaty-city: " + NEW_STEM);
            assertThat(problemCounts(browser)).containsExactlyInAnyOrder("treaty-city 0", "treaty-first-members 2", "treaty-article-4 2");
        }
    }

    /** The problems a page lists: the import's table of skipped or flagged items, or the draft's list. */
    static List<String> problems(Browser browser) {
        List<String> rows = browser.driver().findElements(By.cssSelector("main table[aria-labelledby=problems-heading] tbody tr td:last-child"))
                .stream().map(e -> Browser.squash(e.getText())).toList();
        if (!rows.isEmpty()) {
            return rows;
        }
        return browser.driver().findElements(By.cssSelector("main ul.problems li")).stream().map(e -> Browser.squash(e.getText())).toList();
    }

    /** The first column of the draft's Questions table: "id: stem". */
    static List<String> draftQuestions(Browser browser) {
        return browser.driver().findElements(By.cssSelector("section[aria-labelledby=questions-h] tbody tr td:first-child")).stream()
                .map(e -> Browser.squash(e.getText())).toList();
    }

    /** Each row of the draft's Questions table as "id problems". */
    static List<String> problemCounts(Browser browser) {
        return browser.driver().findElements(By.cssSelector("section[aria-labelledby=questions-h] tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")))
                .map(cells -> cells.get(0).findElement(By.tagName("a")).getText() + " " + Browser.squash(cells.get(3).getText()))
                .toList();
    }

    static String value(Browser browser, String label) {
        return browser.field(browser.driver(), label).getAttribute("value");
    }
}

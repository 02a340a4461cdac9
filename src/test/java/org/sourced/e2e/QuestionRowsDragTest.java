package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.sourced.accounts.Account;
import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;
import org.sourced.e2e.support.Teacher;
import org.sourced.packs.Drafts;
import org.sourced.packs.PackFile;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.support.PackFiles;

/**
 * Reordering a question's choices in the compact editor. With JavaScript the teacher drags the last choice by its
 * handle to the top with the mouse: the form comes back with the rows in their new order and an edit typed before
 * the drag kept, the status line says where the row went, the moved row's button has the focus, and autosave
 * stores the new order (read back from the stored draft, not the page), and still refuses (409) to write over a
 * version saved elsewhere since. Without JavaScript there is no handle and
 * the ↑ button does the same, saved with the Save button.
 */
@QuarkusTest
class QuestionRowsDragTest {

    static final String QUESTION = "which-articles";
    static final String TYPED_STEM = "Which articles speak of mutual help and consultation?";
    static final String EXPLANATION = "Articles 2 and 4 set out consultation and assistance.";
    static final String ELSEWHERE = "Changed in another tab, Articles 2 and 4 set it out.";

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void theLastChoiceGoesToTheTopAndTheNewOrderIsStored(JavaScript javaScript) {
        try (Browser browser = Browser.start(base, javaScript)) {
            Teacher teacher = Teacher.newAccount(browser, "Dara Drag").signsIn();
            String packId = draftOfTheTinyPackFor(teacher);
            browser.open("/teach/packs/" + packId + "/questions/" + QUESTION);
            assertThat(choiceTexts(browser)).containsExactly("Article 2", "Article 4", "Article 9");
            browser.fill("Question", TYPED_STEM);
            List<WebElement> handles = browser.driver().findElements(By.cssSelector("[data-drag-handle]"));
            assertThat(handles).hasSize(3);

            if (javaScript.on()) {
                assertThat(handles).allMatch(WebElement::isDisplayed);
                browser.dragAndArrive(handles.get(2), row(browser, 0));
                assertThat(choiceTexts(browser)).containsExactly("Article 9", "Article 2", "Article 4");
                assertThat(browser.field(browser.driver(), "Question").getAttribute("value")).as("the edit typed before the drag")
                        .isEqualTo(TYPED_STEM);
                assertThat(Browser.nameOf(browser.focused())).as("the moved row's button, to go on from the keyboard")
                        .isEqualTo("Move row 1 down");
                assertThat(browser.focusIsVisible()).isTrue();
                WebElement status = browser.driver().findElement(By.id("autosave-status"));
                assertThat(status.getText()).isEqualTo("Row 3 moved to place 1.");
                browser.screenshot("editor-row-dragged");
                // no key was pressed since the drop: the moved form is saved as an edit
                new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).withMessage(() -> "the status line says '" + status.getText() + "'")
                        .until(d -> status.getText().startsWith("Saved at "));
                // and autosave still refuses to write over a version this page has not seen
                someoneElseChangesTheExplanation(packId, teacher);
                browser.fill("Explanation", "Typed over a version this page has not seen.");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).withMessage(() -> "the status line says '" + status.getText() + "'")
                        .until(d -> status.getText().startsWith("This question was changed in another tab"));
                assertThat(stored(packId).explanation()).isEqualTo(ELSEWHERE);
            } else {
                assertThat(handles).noneMatch(WebElement::isDisplayed);
                browser.press("Move row 3 up").press("Move row 2 up");
                assertThat(choiceTexts(browser)).containsExactly("Article 9", "Article 2", "Article 4");
                assertThat(Browser.nameOf(browser.focused())).isEqualTo("Move row 1 down");
                assertThat(stored(packId).stem()).as("a row button saves nothing").isNotEqualTo(TYPED_STEM);
                browser.press("Save the question");
                assertThat(browser.text()).contains("Saved.");
            }

            Question stored = stored(packId);
            assertThat(stored.choices()).extracting(Choice::id).containsExactly("art9", "art2", "art4");
            assertThat(stored.choices()).extracting(Choice::correct).containsExactly(false, true, true);
            assertThat(stored.stem()).isEqualTo(TYPED_STEM);
            browser.open(browser.path());
            assertThat(choiceTexts(browser)).as("a reload shows the stored order").containsExactly("Article 9", "Article 2", "Article 4");
        }
    }

    /** The tiny fixture pack as a draft of the teacher's own, under a fresh id. */
    static String draftOfTheTinyPackFor(Teacher teacher) {
        String packId = "e2e-rows-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files = new LinkedHashMap<>(PackFiles.read(PackFiles.TINY));
        files.put("pack.yaml", files.get("pack.yaml").replaceFirst("(?m)^id: tiny$", "id: " + packId));
        long id = QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("email", teacher.email()).firstResult().id);
        Arc.container().instance(Drafts.class).get().save(files, id, false, "browser");
        return packId;
    }

    /** A second tab (or a colleague) saves the question with another explanation, keeping the rest as stored. */
    static void someoneElseChangesTheExplanation(String packId, Teacher teacher) {
        long id = QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("email", teacher.email()).firstResult().id);
        Map<String, String> files = QuarkusTransaction.requiringNew().call(() -> PackFile.filesOf(Drafts.draftOf(packId).orElseThrow().id));
        Map<String, String> changed = new LinkedHashMap<>(files);
        changed.replaceAll((path, text) -> text.replace(EXPLANATION, ELSEWHERE));
        assertThat(changed).isNotEqualTo(files);
        Arc.container().instance(Drafts.class).get().save(changed, id, false, "browser");
    }

    /** The question as stored in the pack's draft. */
    static Question stored(String packId) {
        return QuarkusTransaction.requiringNew().call(() -> Drafts.read(Drafts.draftOf(packId).orElseThrow()).draft().questions())
                .stream().filter(q -> q.id().equals(QUESTION)).findFirst().orElseThrow();
    }

    static List<String> choiceTexts(Browser browser) {
        int rows = browser.driver().findElements(By.cssSelector("ol.choice-rows > li")).size();
        return IntStream.rangeClosed(1, rows)
                .mapToObj(n -> browser.field(browser.driver(), "Choice " + n).getAttribute("value")).toList();
    }

    static WebElement row(Browser browser, int index) {
        return browser.driver().findElements(By.cssSelector("ol.choice-rows > li")).get(index);
    }
}

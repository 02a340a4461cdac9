package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/**
 * The compact question editor without JavaScript: a choice is one row with its own move and remove buttons, which
 * re-show the form with every other edit kept; the student's view of the stored question sits beside the form.
 */
@QuarkusTest
class CompactEditorTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    AccountService accounts;

    Client teacher;
    String base;

    @BeforeEach
    void pack() {
        String email = "compact-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Cora Compact", PASSWORD, Role.TEACHER);
        teacher = Client.signIn(email, PASSWORD);
        base = "/teach/packs/" + PackFixture.create(teacher, PackFixture.newId("compact"));
    }

    @Test
    void theEditorShowsChoicesAsRowsWithTheIdUnderAdvancedAndTheStudentViewBeside() {
        String page = teacher.get(base + "/questions/q-single").then().statusCode(200).extract().asString();
        assertThat(page).contains("class=\"choice-rows\"", "<summary>Advanced: id</summary>", "value=\"up-1\"", "value=\"remove-0\"",
                "id=\"editor-preview\"", "As a student sees it (last saved)");
        // the first row cannot move up nor the last down
        assertThat(page).containsPattern("value=\"up-0\" class=\"secondary\" disabled").containsPattern("value=\"down-1\" class=\"secondary\" disabled");
        // the side panel is the student's view: the choices, and no key
        String aside = page.substring(page.indexOf("id=\"editor-preview\""));
        assertThat(aside).contains("Tashkent", "Moscow").doesNotContain("Right: the text says Tashkent.");
    }

    @Test
    void moveAndRemoveKeepWhatWasTypedAndSaveNothing() {
        List<String> fields = new ArrayList<>(List.of(PackFixture.questions()[0]));
        int stem = fields.indexOf("stem") + 1;
        fields.set(stem, "A stem typed but not saved");
        int action = fields.indexOf("action") + 1;

        fields.set(action, "down-0");
        Response moved = teacher.post(base + "/questions/q-single", fields.toArray(String[]::new));
        assertThat(moved.statusCode()).isEqualTo(200);
        String html = moved.asString();
        assertThat(html).contains("A stem typed but not saved");
        assertThat(html.indexOf("value=\"Moscow\"")).as("Moscow is now the first row").isLessThan(html.indexOf("value=\"Tashkent\""));
        assertThat(html).contains("name=\"choice-0-text\" value=\"Moscow\"", "name=\"choice-1-text\" value=\"Tashkent\"");

        fields.set(action, "remove-1");
        Response removed = teacher.post(base + "/questions/q-single", fields.toArray(String[]::new));
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(removed.asString()).contains("A stem typed but not saved", "value=\"Tashkent\"").doesNotContain("value=\"Moscow\"")
                .contains("name=\"choiceCount\" value=\"1\"");

        String stored = teacher.get(base + "/questions/q-single").asString();
        assertThat(stored).as("a row button saves nothing").contains(PackFixture.SINGLE_STEM).doesNotContain("A stem typed but not saved");
    }

    @Test
    void aDropMovesARowToItsPlaceKeepingWhatWasTypedSaysSoAndSavesNothing() {
        List<String> fields = new ArrayList<>(List.of(PackFixture.questions()[1]));
        fields.set(fields.indexOf("stem") + 1, "Members, typed but not saved");
        fields.set(fields.indexOf("action") + 1, "move-2-0");
        Response moved = teacher.post(base + "/questions/q-multiple", fields.toArray(String[]::new));
        assertThat(moved.statusCode()).isEqualTo(200);
        String html = moved.asString();
        assertThat(html).contains("Members, typed but not saved", "name=\"choice-0-text\" value=\"Georgia\"",
                "name=\"choice-1-text\" value=\"Armenia\"", "name=\"choice-2-text\" value=\"Russia\"");
        // the status line says where the row went, the moved row's button has the focus, and the page asks app.js to autosave
        assertThat(html).contains("role=\"status\" aria-live=\"polite\">Row 3 moved to place 1.</span>", "data-rows-moved")
                .containsPattern("value=\"down-0\" class=\"secondary\" autofocus");
        assertThat(html).as("each row carries its drag handle, hidden until app.js shows it")
                .contains("data-drag-rows", "data-row=\"2\"", "data-drag-handle hidden aria-hidden=\"true\"");
        assertThat(teacher.get(base + "/questions/q-multiple").asString()).as("a drop saves nothing by itself")
                .contains("Which are members?").doesNotContain("Members, typed but not saved").doesNotContain("data-rows-moved");
    }

    @Test
    void aNewQuestionsRowsMoveTooWithTheNoticeInTheFormsOwnStatusLine() {
        Response moved = teacher.post(base + "/questions/new", "type", "ordering", "id", "q-new-order", "stem", "Earliest first",
                "itemCount", "3", "item-0-text", "First", "item-1-text", "Second", "item-2-text", "Third", "evidenceCount", "0",
                "action", "move-0-2");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.asString()).contains("name=\"item-0-text\" value=\"Second\"", "name=\"item-2-text\" value=\"First\"",
                "id=\"rows-status\" role=\"status\" aria-live=\"polite\">Row 1 moved to place 3.</span>").doesNotContain("data-rows-moved");
        assertThat(teacher.get(base + "/questions/q-new-order").statusCode()).as("nothing saved").isEqualTo(404);
    }

    @Test
    void aMoveNamingARowTheFormDoesNotHaveIsRefusedAndSavesNothing() {
        String before = teacher.get(base + "/questions/q-multiple").asString();
        for (String action : List.of("move-3-0", "move-0-3", "move-x-1", "up-7", "remove-3")) {
            List<String> fields = new ArrayList<>(List.of(PackFixture.questions()[1]));
            fields.set(fields.indexOf("stem") + 1, "Not to be saved");
            fields.set(fields.indexOf("action") + 1, action);
            Response r = teacher.post(base + "/questions/q-multiple", fields.toArray(String[]::new));
            assertThat(r.statusCode()).as(action).isEqualTo(400);
            assertThat(r.asString()).as(action).contains("&#39;" + action + "&#39; names a row this form does not have: it holds 3 rows");
        }
        assertThat(teacher.get(base + "/questions/q-multiple").asString()).isEqualTo(before);
    }
}

package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.packs.Drafts;
import org.sourced.packs.PackFile;

/**
 * The question editor's autosave: it writes a complete form into the draft and hands the form the version it now
 * edits; a form opened on an older version (a second tab) is refused with a conflict, as is its plain save, and
 * nothing of the other tab's work is overwritten.
 */
@QuarkusTest
class AutosaveTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern BASE = Pattern.compile("name=\"base\" id=\"base\" value=\"([0-9a-f]*)\"");

    @Inject
    AccountService accounts;

    Client teacher;
    String base;

    @BeforeEach
    void pack() {
        String email = "autosave-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Ada Save", PASSWORD, Role.TEACHER);
        teacher = Client.signIn(email, PASSWORD);
        String packId = PackFixture.create(teacher, PackFixture.newId("autosave"));
        base = "/teach/packs/" + packId;
    }

    @Test
    void anAutosaveWritesTheFormAndMovesItsVersionOn() {
        String page = teacher.get(base + "/questions/q-single").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-autosave=", "data-hx-post=\"" + base + "/questions/q-single/autosave\"", "id=\"autosave-status\"");
        String opened = version(page);

        Response saved = teacher.post(base + "/questions/q-single/autosave", form(opened, "Where was the treaty signed, as typed?"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.asString()).contains("Saved at ", "data-hx-swap-oob=\"true\"");
        String next = version(saved.asString());
        assertThat(next).isNotEqualTo(opened).isNotEmpty();
        assertThat(questionFile()).contains("Where was the treaty signed, as typed?");

        // the same tab goes on typing from the version it was handed
        Response again = teacher.post(base + "/questions/q-single/autosave", form(next, "Where was the treaty signed, typed on?"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(questionFile()).contains("Where was the treaty signed, typed on?");
        assertThat(version(teacher.get(base + "/questions/q-single").asString())).isEqualTo(version(again.asString()));
    }

    @Test
    void aSecondTabOnAnOlderVersionGetsAConflictAndOverwritesNothing() {
        String tabA = version(teacher.get(base + "/questions/q-single").asString());
        String tabB = version(teacher.get(base + "/questions/q-single").asString());
        assertThat(tabA).isEqualTo(tabB);

        PackFixture.expect303(teacher.post(base + "/questions/q-single", form(tabA, "Tab A's question")));
        Response autosaveB = teacher.post(base + "/questions/q-single/autosave", form(tabB, "Tab B's question"));
        assertThat(autosaveB.statusCode()).isEqualTo(409);
        assertThat(autosaveB.asString()).contains("changed in another tab or by someone else");
        Response saveB = teacher.post(base + "/questions/q-single", form(tabB, "Tab B's question"));
        assertThat(saveB.statusCode()).isEqualTo(409);
        // the page keeps what tab B typed, says why, and still carries B's version (a reload gets the new one)
        assertThat(saveB.asString()).contains("changed in another tab or by someone else", "Tab B&#39;s question", tabB);
        assertThat(questionFile()).contains("Tab A's question").doesNotContain("Tab B's question");
    }

    @Test
    void anIncompleteFormIsNotSavedAndSaysWhy() {
        String opened = version(teacher.get(base + "/questions/q-single").asString());
        String before = questionFile();
        Response r = teacher.post(base + "/questions/q-single/autosave", form(opened, ""));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.asString()).contains("Not saved: ").contains(opened);
        assertThat(questionFile()).isEqualTo(before);
    }

    @Test
    void anAutosaveOfWhatIsAlreadyStoredIsNoConflict() {
        String old = version(teacher.get(base + "/questions/q-single").asString());
        PackFixture.expect303(teacher.post(base + "/questions/q-single", form(old, "Stored once")));
        // a late autosave of the same text, sent before the form learnt its new version
        Response late = teacher.post(base + "/questions/q-single/autosave", form(old, "Stored once"));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.asString()).contains("Saved at ");
    }

    private static String version(String html) {
        Matcher m = BASE.matcher(html);
        assertThat(m.find()).as("a base version field in " + html.substring(0, Math.min(html.length(), 200))).isTrue();
        return m.group(1);
    }

    private static String[] form(String version, String stem) {
        List<String> fields = new ArrayList<>(List.of(PackFixture.questions()[0]));
        for (int i = 0; i < fields.size(); i += 2) {
            if (fields.get(i).equals("stem")) {
                fields.set(i + 1, stem);
            }
        }
        fields.addAll(List.of("base", version));
        return fields.toArray(String[]::new);
    }

    private String questionFile() {
        String packId = base.substring(base.lastIndexOf('/') + 1);
        Map<String, String> files = QuarkusTransaction.requiringNew().call(() -> PackFile.filesOf(Drafts.draftOf(packId).orElseThrow().id));
        return files.entrySet().stream().filter(e -> e.getValue().contains("id: q-single")).map(Map.Entry::getValue).findFirst().orElseThrow();
    }
}

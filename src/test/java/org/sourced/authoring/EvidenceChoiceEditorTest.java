package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.authoring.AuthoringFlowTest.filesOfDraft;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/**
 * Issue 16 item 5 in the teacher's workbench: an evidence-choice item written into a draft's file previews as a
 * student sees it (a lesson checkpoint's markup), while the question form, which has no rows for passages, refuses to
 * open, save or create one (409) rather than drop its passages; saving another question of the same file keeps it.
 */
@QuarkusTest
class EvidenceChoiceEditorTest {

    private static final String PASSWORD = "correct horse battery";

    static final String ITEM = """
            - id: q-evidence
              type: evidence-choice
              objective: basics
              difficulty: 2
              stem: Which passage establishes where the treaty was signed?
              claim: The treaty was signed in Tashkent.
              choices:
                - id: closing
                  evidence: {source: treaty, locator: closing lines, note: The text ends with the place and date of signature.}
                  correct: true
                  feedback: Right, the closing lines name the city.
                - id: title
                  evidence: {source: treaty, locator: title, note: The title names the treaty and nothing else.}
                  correct: false
                  feedback: The title gives no place.
                - id: none
                  text: No passage of the treaty records it.
                  correct: false
              explanation: The closing lines of the treaty give Tashkent and 15 May 1992.
              evidence:
                - {source: treaty, locator: closing lines, note: Signed in Tashkent on 15 May 1992.}
            """;

    @Inject
    AccountService accounts;

    Client teacher;
    String base;
    String path;

    @BeforeEach
    void aDraftWithAnEvidenceChoiceItem() {
        String email = "teacher-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Tess Ter", PASSWORD, Role.TEACHER);
        teacher = Client.signIn(email, PASSWORD);
        String packId = PackFixture.create(teacher, PackFixture.newId("evchoice"));
        base = "/teach/packs/" + packId;
        Map<String, String> files = filesOfDraft(packId);
        path = files.keySet().stream().filter(p -> p.startsWith("questions/") && files.get(p).contains("q-single")).findFirst().orElseThrow();
        // the writer indents a file's list by two spaces; the item follows suit
        String item = files.get(path).startsWith("  -") ? ITEM.indent(2) : ITEM;
        PackFixture.expect303(teacher.post(base + "/files/" + path, "text", files.get(path) + item));
        assertThat(filesOfDraft(packId).get(path)).contains("id: q-evidence");
        this.packId = packId;
    }

    String packId;

    @Test
    void thePreviewShowsThePassagesAsChoicesAndTheKeyOnlyOnceAnswered() {
        Document before = Jsoup.parse(teacher.get(base + "/questions/q-evidence/preview").then().statusCode(200).extract().asString());

        assertThat(before.select(".feedback")).isEmpty();
        assertThat(before.text()).doesNotContain("Right, the closing lines name the city.")
                .doesNotContain("The closing lines of the treaty give Tashkent");
        assertThat(before.selectFirst("fieldset.question legend").text()).isEqualTo("Which passage establishes where the treaty was signed?");
        assertThat(before.selectFirst("fieldset.question blockquote.claim").text()).isEqualTo("The treaty was signed in Tashkent.");
        assertThat(before.select("fieldset.question input[name=choice]")).hasSize(3)
                .allSatisfy(i -> assertThat(i.attr("type")).isEqualTo("checkbox"));
        var closing = before.selectFirst("label:has(input[value=closing])");
        assertThat(closing.selectFirst("cite").text()).isEqualTo("Collective Security Treaty");
        assertThat(closing.text()).contains("CSTO").contains("closing lines: The text ends with the place and date of signature.");
        assertThat(before.selectFirst("label:has(input[value=none])").text()).isEqualTo("No passage of the treaty records it.");

        Document wrong = Jsoup.parse(teacher.post(base + "/questions/q-evidence/preview", "choice", "title")
                .then().statusCode(200).extract().asString());
        assertThat(wrong.selectFirst(".feedback").text()).startsWith("Not right.").contains("The title gives no place.")
                .contains("The closing lines of the treaty give Tashkent");
        assertThat(wrong.select(".feedback ul.evidence.key li")).singleElement()
                .satisfies(li -> assertThat(li.text()).contains("Collective Security Treaty").contains("closing lines: The text ends"));

        Document right = Jsoup.parse(teacher.post(base + "/questions/q-evidence/preview", "choice", "closing")
                .then().statusCode(200).extract().asString());
        assertThat(right.selectFirst(".feedback").text()).startsWith("Right.");
    }

    @Test
    void theFormRefusesToOpenSaveOrCreateOneAndSavingAnotherQuestionKeepsIt() {
        String refused = teacher.get(base + "/questions/q-evidence").then().statusCode(409).extract().asString();
        assertThat(refused).contains("Question &#39;q-evidence&#39; is an evidence-choice question, which the form cannot edit yet");
        String[] form = PackFixture.questions()[0].clone();
        form[1] = "q-evidence";
        teacher.post(base + "/questions/q-evidence", form).then().statusCode(409);
        teacher.get(base + "/questions/new?type=evidence-choice").then().statusCode(409);
        assertThat(filesOfDraft(packId).get(path)).contains("id: q-evidence", "locator: closing lines", "text: No passage of the treaty records it.");

        String[] single = PackFixture.questions()[0].clone();
        for (int i = 0; i < single.length; i += 2) {
            if (single[i].equals("stem")) {
                single[i + 1] = "Where did the states sign it?";
            }
        }
        PackFixture.expect303(teacher.post(base + "/questions/q-single", single));

        String after = filesOfDraft(packId).get(path);
        assertThat(after).contains("Where did the states sign it?", "type: evidence-choice", "source: treaty",
                "note: The text ends with the place and date of signature.", "text: No passage of the treaty records it.",
                "claim: The treaty was signed in Tashkent.");
        assertThat(teacher.get(base + "/questions/q-evidence/preview").then().statusCode(200).extract().asString())
                .contains("The text ends with the place and date of signature.");
    }
}

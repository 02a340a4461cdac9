package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.packs.PackFile;
import org.sourced.packs.PackVersion;

/** A pack's life in the browser: made, checked, previewed, published, edited, published again, downloaded and uploaded. */
@QuarkusTest
class AuthoringFlowTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    AccountService accounts;

    Client teacher;

    @BeforeEach
    void signIn() {
        String email = "teacher-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Tess Ter", PASSWORD, Role.TEACHER);
        teacher = Client.signIn(email, PASSWORD);
    }

    @Test
    void aPackMadeInTheBrowserIsPublishedEditedAndPublishedAgainWhileAttemptsKeepTheirVersion() {
        String packId = PackFixture.create(teacher, PackFixture.newId("flow"));
        String base = "/teach/packs/" + packId;

        String overview = teacher.get(base).then().statusCode(200).extract().asString();
        assertThat(overview).contains("The checker finds no problem", "q-single", "q-ordering", "The basics", "Publish as version 1");
        PackFixture.expect303(teacher.post(base + "/publish"));
        assertThat(versionNumbers(packId)).containsExactly(1);

        // a student starts on version 1
        Client student = Client.anonymous();
        Response started = student.post("/attempts", "pack", packId, "scope", "all", "length", "0", "mode", "practice");
        assertThat(started.statusCode()).isEqualTo(303);
        String attempt = started.getHeader("Location").replaceAll(".*/attempts/([^/]+)/.*", "$1");

        // the teacher changes the single-choice question and publishes version 2
        String edited = teacher.get(base + "/questions/q-single").then().statusCode(200).extract().asString();
        assertThat(edited).contains(PackFixture.SINGLE_STEM, "Tashkent", "q-single");
        String[] form = PackFixture.questions()[0].clone();
        for (int i = 0; i < form.length; i += 2) {
            if (form[i].equals("stem")) {
                form[i + 1] = "Where did the six states sign the treaty?";
            }
        }
        PackFixture.expect303(teacher.post(base + "/questions/q-single", form));
        assertThat(teacher.get(base).asString()).contains("Publish as version 2");
        PackFixture.expect303(teacher.post(base + "/publish"));
        assertThat(versionNumbers(packId)).containsExactly(1, 2);

        // the attempt still shows version 1's text; a new attempt gets version 2's
        List<String> pages = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            pages.add(student.get("/attempts/" + attempt + "/questions/" + n).then().statusCode(200).extract().asString());
        }
        assertThat(pages).anyMatch(p -> p.contains(PackFixture.SINGLE_STEM));
        assertThat(pages).noneMatch(p -> p.contains("Where did the six states"));
        assertThat(Client.anonymous().get("/packs/" + packId).asString()).contains("5 questions");
    }

    @Test
    void editingAPublishedPackStartsADraftFromItsNewestVersion() {
        String packId = PackFixture.create(teacher, PackFixture.newId("reopen"));
        String base = "/teach/packs/" + packId;
        PackFixture.expect303(teacher.post(base + "/publish"));
        PackFixture.expect303(teacher.post(base + "/discard"));
        assertThat(teacher.get(base).asString()).contains("Edit this pack").doesNotContain("Discard the draft");
        teacher.get(base + "/questions/q-single").then().statusCode(409);

        Response opened = teacher.post(base + "/edit");
        assertThat(opened.getHeader("Location")).endsWith(base + "?notice=opened");
        String page = teacher.get(base).asString();
        assertThat(page).contains("The draft is the same as version 1", "Nothing changed since version 1");
        assertThat(filesOfDraft(packId)).isEqualTo(filesOfVersion(packId, 1));
    }

    @Test
    void fieldProblemsShowNextToTheirFieldsAndNothingIsSaved() {
        String packId = PackFixture.create(teacher, PackFixture.newId("fields"));
        String base = "/teach/packs/" + packId;
        Map<String, String> before = filesOfDraft(packId);

        String page = teacher.post(base + "/questions/new", "id", "Bad Id", "type", "single", "stem", "", "choiceCount", "2",
                "choice-0-text", "A", "choice-0-correct", "true", "choice-1-text", "B", "choice-1-correct", "true",
                "evidenceCount", "1", "evidence-0-locator", "p. 1", "objective", "basics", "difficulty", "9", "points", "1",
                "action", "save").then().statusCode(422).extract().asString();

        assertThat(page).contains("id=\"id-error\"", "id=\"stem-error\"", "id=\"choices-error\"", "Mark exactly one choice as correct",
                "id=\"evidence-0-source-error\"", "Evidence needs a source.", "id=\"difficulty-error\"", "id=\"explanation-error\"");
        assertThat(page).contains("value=\"Bad Id\"", "value=\"p. 1\"");
        assertThat(filesOfDraft(packId)).isEqualTo(before);

        String lesson = teacher.post(base + "/lessons/basics", "title", "", "objective", "basics", "body", "Text\n[[checkpoint: nope]]\n")
                .then().statusCode(422).extract().asString();
        assertThat(lesson).contains("id=\"title-error\"", "the checkpoint names question &#39;nope&#39;");
        String metadata = teacher.post(base + "/metadata", "title", "T", "summary", "S", "language", "Armenian please", "version", "1",
                "licence", "x", "authors", "").then().statusCode(422).extract().asString();
        assertThat(metadata).contains("id=\"language-error\"", "id=\"authors-error\"");
        String objectives = teacher.post(base + "/objectives", "objectiveCount", "1", "objective-0-id", "basics", "objective-0-fixed", "true",
                "objective-0-title", "The basics", "objective-0-remove", "true").then().statusCode(422).extract().asString();
        assertThat(objectives).contains("Still used by");
        assertThat(filesOfDraft(packId)).isEqualTo(before);
    }

    @Test
    void theNoJavaScriptButtonsAddRowsWithoutSaving() {
        String packId = PackFixture.create(teacher, PackFixture.newId("rows"));
        String base = "/teach/packs/" + packId;
        Map<String, String> before = filesOfDraft(packId);
        String[] form = PackFixture.questions()[0].clone();
        form[form.length - 1 - 20] = form[form.length - 1 - 20]; // unchanged: the fixture's single question
        List<String> fields = new ArrayList<>(List.of(form));
        int action = fields.indexOf("action");
        fields.set(action + 1, "add-choice");
        fields.addAll(List.of("choice-1-remove", "true"));

        String page = teacher.post(base + "/questions/q-single", fields.toArray(String[]::new)).then().statusCode(200).extract().asString();

        assertThat(page).contains("name=\"choiceCount\" value=\"2\"", "value=\"Tashkent\"", "id=\"choice-1-text\"")
                .doesNotContain("value=\"Moscow\"");
        fields.set(action + 1, "add-evidence");
        assertThat(teacher.post(base + "/questions/q-single", fields.toArray(String[]::new)).asString())
                .contains("name=\"evidenceCount\" value=\"2\"");
        assertThat(teacher.post(base + "/objectives", "objectiveCount", "0", "action", "add").asString()).contains("objective-0-title");
        assertThat(filesOfDraft(packId)).isEqualTo(before);
    }

    @Test
    void aQuestionPreviewHidesTheKeyUntilTheTeacherAnswers() {
        String packId = PackFixture.create(teacher, PackFixture.newId("preview"));
        String base = "/teach/packs/" + packId;

        String question = teacher.get(base + "/questions/q-single/preview").then().statusCode(200).extract().asString();
        assertThat(question).contains("Preview", PackFixture.SINGLE_STEM, "Tashkent", "Moscow")
                .doesNotContain("The treaty&#39;s own text", "Right: the text says");

        String answered = teacher.post(base + "/questions/q-single/preview", "choice", "b").then().statusCode(200).extract().asString();
        assertThat(answered).contains("Not right.", "The treaty names Tashkent.", "The treaty&#39;s own text (q-single)",
                "Collective Security Treaty", "closing lines");
        teacher.post(base + "/questions/q-single/preview").then().statusCode(422);

        for (String id : List.of("q-multiple", "q-true-false", "q-claim", "q-ordering")) {
            assertThat(teacher.get(base + "/questions/" + id + "/preview").then().statusCode(200).extract().asString())
                    .contains("Preview").doesNotContain("The treaty&#39;s own text");
        }
        assertThat(teacher.post(base + "/questions/q-claim/preview", "choice", "refuted").asString())
                .contains("Right.", "the treaty from 1992");
    }

    @Test
    void aLessonPreviewRendersItsTextAndAnswersItsCheckpointsInPlace() {
        String packId = PackFixture.create(teacher, PackFixture.newId("lesson"));
        String base = "/teach/packs/" + packId;

        String page = teacher.get(base + "/lessons/basics/preview").then().statusCode(200).extract().asString();
        assertThat(page).contains("Preview", "<strong>signed</strong>", "<h2>Next</h2>", PackFixture.SINGLE_STEM)
                .doesNotContain("Right: the text says");

        String fragment = teacher.request().header("HX-Request", "true").contentType("application/x-www-form-urlencoded")
                .formParam(Client.CSRF, csrfOf(page)).formParam("choice", "a")
                .post(base + "/lessons/basics/preview/checkpoints/q-single").then().statusCode(200).extract().asString();
        assertThat(fragment.strip()).startsWith("<section class=\"checkpoint\"").contains("Right.", "Right: the text says Tashkent.")
                .doesNotContain("<html");
    }

    @Test
    void theLiveMarkdownPreviewIsRenderedAndSanitised() {
        String packId = PackFixture.create(teacher, PackFixture.newId("md"));

        String html = teacher.post("/teach/packs/" + packId + "/preview", "body",
                "# Title\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))").then().statusCode(200).extract().asString();

        assertThat(html).contains("<h1>Title</h1>", "&lt;script&gt;").doesNotContain("<script>", "javascript:", "<html");
        String noJs = teacher.post("/teach/packs/" + packId + "/lessons/basics", "title", "The basics", "objective", "basics",
                "body", "## Draft heading", "action", "preview").then().statusCode(200).extract().asString();
        assertThat(noJs).contains("<h2>Draft heading</h2>", "data-hx-post=\"/teach/packs/" + packId + "/preview\"");
    }

    @Test
    void publishingADraftWithProblemsIsRefusedWithTheProblemsListed() {
        String packId = PackFixture.newId("broken");
        PackFixture.expect303(teacher.post("/teach/packs", "id", packId, "title", "Broken"));

        String page = teacher.post("/teach/packs/" + packId + "/publish").then().statusCode(422).extract().asString();

        assertThat(page).contains("cannot be published", packId + "/pack.yaml:", "a pack needs at least one objective",
                "href=\"/teach/packs/" + packId + "/objectives\"", "&#39;summary&#39; is empty");
        assertThat(versionNumbers(packId)).isEmpty();
    }

    @Test
    void aDownloadedZipUploadedAgainDownloadsByteForByte() {
        String packId = PackFixture.create(teacher, PackFixture.newId("zip"));
        String base = "/teach/packs/" + packId;
        PackFixture.expect303(teacher.post(base + "/publish"));

        Response v1 = teacher.get(base + "/download?version=1");
        assertThat(v1.statusCode()).isEqualTo(200);
        assertThat(v1.getHeader("Content-Disposition")).contains(packId + "-v1.zip");
        byte[] zip = v1.asByteArray();
        assertThat(PackZip.packFiles(zip, new PackZip.Limits(10_000_000, 100, 10_000_000))).isEqualTo(filesOfVersion(packId, 1));

        // change the draft, then upload version 1's zip over it: the draft is version 1 again, to the byte
        PackFixture.expect303(teacher.post(base + "/lessons/new", PackFixture.lesson("extra", "Extra")));
        assertThat(filesOfDraft(packId)).containsKey("lessons/02-extra.md");
        Response uploaded = teacher.upload(zip);
        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.getHeader("Location")).endsWith(base + "?notice=uploaded");

        byte[] again = teacher.get(base + "/download?version=draft").asByteArray();
        assertThat(again).isEqualTo(zip);
        assertThat(filesOfDraft(packId)).isEqualTo(filesOfVersion(packId, 1));
        assertThat(teacher.get(base + "/download").asByteArray()).isEqualTo(zip); // default: the newest published
    }

    @Test
    void aFileOfTheDraftCanBeEditedAsTextButTheFormatStillRules() {
        String packId = PackFixture.create(teacher, PackFixture.newId("file"));
        String base = "/teach/packs/" + packId;
        String yaml = filesOfDraft(packId).get("pack.yaml");

        assertThat(teacher.get(base + "/files/pack.yaml").asString()).contains("licence: CC-BY-4.0");
        PackFixture.expect303(teacher.post(base + "/files/pack.yaml", "text", yaml + "sets:\n  - {id: core, title: Core, tag: core}\n"));
        assertThat(filesOfDraft(packId).get("pack.yaml")).contains("tag: core");

        String refused = teacher.post(base + "/files/pack.yaml", "text", yaml.replace("id: " + packId, "id: someone-else"))
                .then().statusCode(422).extract().asString();
        assertThat(refused).contains("must stay &#39;" + packId + "&#39;");
        teacher.get(base + "/files/nothing.txt").then().statusCode(404);

        // a real file is longer than Vert.x's default 2 KB per form field: 40 KB (notes in comments) still saves
        String notes = "# a teacher's note on where this pack comes from, kept in the file\n".repeat(600);
        String big = yaml + notes;
        assertThat(big.length()).isGreaterThan(40_000);
        PackFixture.expect303(teacher.post(base + "/files/pack.yaml", "text", big));
        assertThat(filesOfDraft(packId).get("pack.yaml")).endsWith(notes);
    }

    /**
     * Issue 10: feedback on the whole response and hints, as an LMS import brings them, show in the preview
     * for the score the answer earns, and saving the question in the form (which has no fields for them) keeps them.
     */
    @Test
    void responseFeedbackShowsAfterAnsweringAndSurvivesAFormEdit() {
        String packId = PackFixture.create(teacher, PackFixture.newId("respfb"));
        String base = "/teach/packs/" + packId;
        Map<String, String> files = filesOfDraft(packId);
        String path = files.entrySet().stream().filter(e -> e.getKey().startsWith("questions/") && e.getValue().contains("q-single"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String yaml = files.get(path);
        String withFeedback = yaml.replaceFirst("(?m)^( +)(explanation: [^\\n]*\\(q-single\\)[^\\n]*)$",
                "$1response-feedback:\n$1  correct: Well read, you found it.\n$1  incorrect: Read the closing lines again.\n"
                        + "$1hints:\n$1- Look at the last page.\n$1$2");
        assertThat(withFeedback).isNotEqualTo(yaml);
        // straight into the draft's row, as an import stores it (the text editor's form is held to 2 KB by the HTTP layer)
        QuarkusTransaction.requiringNew().run(() -> {
            long draftId = PackVersion.<PackVersion>find("packId = ?1 and status = ?2", packId, PackVersion.DRAFT).firstResult().id;
            PackFile.<PackFile>find("packVersionId = ?1 and path = ?2", draftId, path).firstResult().content = withFeedback;
        });

        assertThat(teacher.post(base + "/questions/q-single/preview", "choice", "b").then().statusCode(200).extract().asString())
                .contains("Read the closing lines again.").doesNotContain("Well read, you found it.");
        assertThat(teacher.post(base + "/questions/q-single/preview", "choice", "a").then().statusCode(200).extract().asString())
                .contains("Well read, you found it.").doesNotContain("Read the closing lines again.");

        String[] form = PackFixture.questions()[0].clone();
        for (int i = 0; i < form.length; i += 2) {
            if (form[i].equals("stem")) {
                form[i + 1] = "Where did the six states sign it?";
            }
        }
        PackFixture.expect303(teacher.post(base + "/questions/q-single", form));
        assertThat(filesOfDraft(packId).get(path)).contains("Where did the six states sign it?", "Read the closing lines again.",
                "Look at the last page.");
    }

    private static String csrfOf(String page) {
        return page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
    }

    static List<Integer> versionNumbers(String packId) {
        return QuarkusTransaction.requiringNew().call(() -> PackVersion.<PackVersion>list("packId = ?1 and status = ?2 order by versionNo",
                packId, PackVersion.PUBLISHED).stream().map(v -> v.versionNo).toList());
    }

    static Map<String, String> filesOfDraft(String packId) {
        return QuarkusTransaction.requiringNew().call(() -> PackFile.filesOf(
                PackVersion.<PackVersion>find("packId = ?1 and status = ?2", packId, PackVersion.DRAFT).firstResult().id));
    }

    static Map<String, String> filesOfVersion(String packId, int versionNo) {
        return QuarkusTransaction.requiringNew().call(() -> PackFile.filesOf(
                PackVersion.<PackVersion>find("packId = ?1 and versionNo = ?2", packId, versionNo).firstResult().id));
    }
}

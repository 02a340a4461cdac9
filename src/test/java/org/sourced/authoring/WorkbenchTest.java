package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import org.sourced.packs.PackVersion;

/**
 * The teacher's workbench on a real LMS bank: a Moodle GIFT export lands without evidence, the pack page says what
 * each question needs in a teacher's words, the evidence pass evidences every question one post each, bulk actions
 * change many questions at once (or refuse whole), and the last one can be undone.
 */
@QuarkusTest
class WorkbenchTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern STEP = Pattern.compile("/teach/packs/[^/]+/evidence/([^?]+)(\\?saved=(.+))?");

    @Inject
    AccountService accounts;

    Client teacher;

    @BeforeEach
    void signIn() {
        String email = "bench-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Wanda Bench", PASSWORD, Role.TEACHER);
        teacher = Client.signIn(email, PASSWORD);
    }

    static byte[] moodleExport() {
        try (InputStream in = WorkbenchTest.class.getResourceAsStream("/exchange/gift/moodle-export-40.gift")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String importBank() {
        String packId = PackFixture.newId("bench");
        Response imported = teacher.postFile("/teach/import", "file", "civics-9.gift", moodleExport(), "format", "gift", "pack", packId,
                "language", "en");
        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(200);
        return packId;
    }

    @Test
    void problemsAreInTheTeachersWordsGroupedByQuestionAndLinkedToTheirFix() {
        String packId = importBank();
        String page = teacher.get("/teach/packs/" + packId).then().statusCode(200).extract().asString();
        assertThat(page).contains("40 questions need work before publishing", "Add evidence (40 questions)",
                "</a>, <em>Which city is the capital of Armenia?</em> <span class=\"meta\">capital-of-armenia</span>:",
                "Question 1</a>, <em>In an alliance treaty, what does a collective-defence clause…</em>",
                "add evidence: a passage of a source that backs the key",
                // most of the bank has no general feedback: the explanation is asked for too
                "explain the key: why the right answer is right",
                "href=\"/teach/packs/" + packId + "/evidence/");
        // the pack page no longer lists question problems as file:line; the file view still does
        assertThat(page).doesNotContain("a question needs at least one evidence item {source, locator, note}");
        String file = teacher.get("/teach/packs/" + packId).then().extract().asString();
        Matcher path = Pattern.compile("/teach/packs/" + packId + "/files/(questions/[^\"]+\\.yaml)").matcher(file);
        assertThat(path.find()).as("a question file is listed").isTrue();
        String fileView = teacher.get("/teach/packs/" + packId + "/files/" + path.group(1)).then().statusCode(200).extract().asString();
        assertThat(fileView).containsPattern(Pattern.quote(path.group(1)) + ":\\d+: a question needs at least one evidence item");
    }

    @Test
    void theEvidencePassWalksEveryFlaggedQuestionOnePostEachAndThePackPublishes() {
        String packId = importBank();
        String base = "/teach/packs/" + packId;
        Response start = teacher.get(base + "/evidence");
        assertThat(start.statusCode()).isEqualTo(303);
        Matcher m = STEP.matcher(start.getHeader("Location"));
        assertThat(m.find()).isTrue();
        String current = m.group(1);

        // the first step: the question and its key; the pack has no source yet, so "a new source" is chosen
        String step = teacher.get(base + "/evidence/" + current).then().statusCode(200).extract().asString();
        assertThat(step).contains("40 questions to go, this one included", "In an alliance treaty, what does a collective-defence clause promise?",
                "<strong>✓ that an attack on one member is treated as an attack on all</strong>", "value=\"new\" checked",
                "data-evidence-pass", "name=\"explanation\"");

        // a refused step changes nothing: no locator, no note
        String hashBefore = draftHash(packId);
        Response refused = teacher.post(base + "/evidence/" + current, "source", "new", "new-title", "Civics 9 atlas",
                "new-publisher", "School press", "new-kind", "report", "new-published", "2024-09-01", "locator", "", "note", "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Say where in the source", "Say what that passage establishes", "value=\"Civics 9 atlas\"");
        assertThat(draftHash(packId)).isEqualTo(hashBefore);

        // the first passage cites a new source, added to the pack in the same post
        Response saved = teacher.post(base + "/evidence/" + current, "source", "new", "new-title", "Civics 9 atlas",
                "new-publisher", "School press", "new-kind", "report", "new-published", "2024-09-01", "locator", "para. 1",
                "note", "The atlas defines collective defence.", "explanation", "An attack on one is an attack on all.");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(files(packId).get("pack.yaml")).contains("id: civics-9-atlas", "title: Civics 9 atlas");

        int posts = 2;
        int loads = 2;
        String previous = current;
        String location = saved.getHeader("Location");
        List<String> walked = new ArrayList<>(List.of(current));
        while (location.contains("/evidence/")) {
            m = STEP.matcher(location);
            assertThat(m.find()).as(location).isTrue();
            assertThat(m.group(3)).as("the notice names the question just saved").isEqualTo(previous);
            current = m.group(1);
            String page = teacher.get(location).then().statusCode(200).extract().asString();
            loads++;
            assertThat(page).contains("Saved the evidence of " + previous, "value=\"civics-9-atlas\"");
            List<String> fields = new ArrayList<>(List.of("source", "civics-9-atlas", "locator", "para. " + (walked.size() + 1),
                    "note", "Backs the key of " + current + "."));
            if (page.contains("name=\"explanation\"")) {
                fields.addAll(List.of("explanation", "Written in the evidence pass."));
            }
            Response r = teacher.post(base + "/evidence/" + current, fields.toArray(String[]::new));
            posts++;
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
            walked.add(current);
            previous = current;
            location = r.getHeader("Location");
        }
        assertThat(walked).hasSize(40).doesNotHaveDuplicates();
        assertThat(posts).as("posts per question").isLessThanOrEqualTo(2 * 40);
        assertThat(loads).isEqualTo(41);
        assertThat(location).endsWith("/evidence?saved=" + previous);
        String done = teacher.get(location).then().statusCode(200).extract().asString();
        assertThat(done).contains("Every question cites evidence.");

        String overview = teacher.get(base).then().statusCode(200).extract().asString();
        assertThat(overview).contains("The checker finds no problem");
        PackFixture.expect303(teacher.post(base + "/publish"));
        assertThat(PackVersion.count("packId = ?1 and status = ?2", packId, PackVersion.PUBLISHED)).isEqualTo(1);
    }

    @Test
    void skippingComesBackToTheQuestionAfterTheOthers() {
        String packId = importBank();
        String base = "/teach/packs/" + packId;
        String first = STEP.matcher(teacher.get(base + "/evidence").getHeader("Location")).results().findFirst().orElseThrow().group(1);
        String hash = draftHash(packId);
        Response skipped = teacher.post(base + "/evidence/" + first, "action", "skip");
        assertThat(skipped.statusCode()).isEqualTo(303);
        String second = STEP.matcher(skipped.getHeader("Location")).results().findFirst().orElseThrow().group(1);
        assertThat(second).isNotEqualTo(first);
        assertThat(draftHash(packId)).as("a skip saves nothing").isEqualTo(hash);
    }

    @Test
    void aBulkActionChangesEverySelectedQuestionInOneSaveAndIsUndone() {
        String packId = importBank();
        String base = "/teach/packs/" + packId;
        List<String> ids = questionIds(packId);
        Map<String, String> before = files(packId);
        String objective = objectiveIds(before.get("pack.yaml")).get(0);

        Response r = teacher.post(base + "/bulk", "q", ids.get(0), "q", ids.get(1), "q", ids.get(25), "bulk", "difficulty", "value", "3");
        assertThat(r.statusCode()).isEqualTo(303);
        String page = teacher.get(r.getHeader("Location").replaceAll("#.*", "")).then().statusCode(200).extract().asString();
        assertThat(page).contains("Saved the change to the selected questions.", "Undo: Set the difficulty (3)");
        Map<String, String> after = files(packId);
        assertThat(difficultyOf(after, ids.get(0))).isEqualTo("3");
        assertThat(difficultyOf(after, ids.get(25))).isEqualTo("3");
        assertThat(difficultyOf(after, ids.get(2))).isEqualTo(difficultyOf(before, ids.get(2))).isNotEqualTo("3");

        // tags add to what a question has; citing one source gives each question its own locator
        PackFixture.expect303(teacher.post(base + "/bulk", "q", ids.get(0), "q", ids.get(1), "bulk", "tags", "value", "unit-1, capitals"));
        assertThat(after = files(packId)).isNotEqualTo(before);
        assertThat(String.join("\n", after.values())).contains("capitals");

        // undo takes back only the last bulk action
        PackFixture.expect303(teacher.post(base + "/undo"));
        Map<String, String> undone = files(packId);
        assertThat(String.join("\n", undone.values())).doesNotContain("capitals");
        assertThat(difficultyOf(undone, ids.get(0))).isEqualTo("3");
        // and there is nothing more to undo
        Response again = teacher.post(base + "/undo");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("There is nothing to undo.");
        assertThat(objective).isNotBlank();
    }

    @Test
    void aRefusedBulkActionChangesNothingAndSaysWhy() {
        String packId = importBank();
        String base = "/teach/packs/" + packId;
        List<String> ids = questionIds(packId);
        String hash = draftHash(packId);

        Response badValue = teacher.post(base + "/bulk", "q", ids.get(0), "q", ids.get(1), "bulk", "objective", "value", "no-such-objective");
        assertThat(badValue.statusCode()).isEqualTo(422);
        assertThat(badValue.asString()).contains("Nothing was changed", "&#39;no-such-objective&#39; is not one of the pack&#39;s objectives.");
        // the selection is kept on the re-shown page
        assertThat(badValue.asString()).contains("value=\"" + ids.get(0) + "\" id=\"q-0\" checked");

        Response unknownQuestion = teacher.post(base + "/bulk", "q", ids.get(0), "q", "not-a-question", "bulk", "points", "value", "2");
        assertThat(unknownQuestion.statusCode()).isEqualTo(422);
        assertThat(unknownQuestion.asString()).contains("Question &#39;not-a-question&#39; cannot be changed here");

        Response locators = teacher.post(base + "/bulk", "q", ids.get(0), "q", ids.get(1), "bulk", "cite", "value", "nowhere",
                "locators", "para. 1", "note", "");
        assertThat(locators.statusCode()).isEqualTo(422);
        assertThat(locators.asString()).contains("&#39;nowhere&#39; is not one of the pack&#39;s sources.",
                "Give one locator per selected question: 2 selected, 1 given.", "Write a note");

        Response none = teacher.post(base + "/bulk", "bulk", "points", "value", "2");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.asString()).contains("Select at least one question.");

        assertThat(draftHash(packId)).isEqualTo(hash);
        Response undo = teacher.post(base + "/undo");
        assertThat(undo.statusCode()).as("a refused action leaves nothing to undo").isEqualTo(409);
    }

    @Test
    void anUndoIsRefusedOnceTheDraftChangedAfterTheBulkAction() {
        String packId = importBank();
        String base = "/teach/packs/" + packId;
        List<String> ids = questionIds(packId);
        PackFixture.expect303(teacher.post(base + "/bulk", "q", ids.get(0), "bulk", "points", "value", "5"));
        // a later edit, through the evidence pass
        Response step = teacher.post(base + "/evidence/" + ids.get(1), "source", "new", "new-title", "Atlas", "new-publisher", "Press",
                "new-kind", "report", "new-published", "2024-01-01", "locator", "para. 2", "note", "A later edit.",
                "explanation", "Why the key is right.");
        assertThat(step.statusCode()).isEqualTo(303);
        assertThat(teacher.get(base).asString()).doesNotContain("Undo: ");
        Response undo = teacher.post(base + "/undo");
        assertThat(undo.statusCode()).isEqualTo(409);
        assertThat(undo.asString()).contains("undoing it now would lose the later edits");
        assertThat(String.join("\n", files(packId).values())).contains("A later edit.", "points: 5");
    }

    @Test
    void anotherTeacherCannotUseTheWorkbenchOnMyDraft() {
        String packId = importBank();
        String email = "other-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Otto Other", PASSWORD, Role.TEACHER);
        Client other = Client.signIn(email, PASSWORD);
        String hash = draftHash(packId);
        String first = questionIds(packId).get(0);
        assertThat(other.get("/teach/packs/" + packId + "/evidence/" + first).statusCode()).isEqualTo(403);
        assertThat(other.post("/teach/packs/" + packId + "/evidence/" + first, "source", "new", "locator", "x", "note", "y").statusCode())
                .isEqualTo(403);
        assertThat(other.post("/teach/packs/" + packId + "/bulk", "q", first, "bulk", "points", "value", "9").statusCode()).isEqualTo(403);
        assertThat(other.post("/teach/packs/" + packId + "/undo").statusCode()).isEqualTo(403);
        assertThat(draftHash(packId)).isEqualTo(hash);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String draftHash(String packId) {
        return QuarkusTransaction.requiringNew().call(() -> Drafts.draftOf(packId).orElseThrow().contentHash);
    }

    private static Map<String, String> files(String packId) {
        return QuarkusTransaction.requiringNew().call(() -> PackFile.filesOf(Drafts.draftOf(packId).orElseThrow().id));
    }

    private static List<String> questionIds(String packId) {
        List<String> ids = new ArrayList<>();
        files(packId).entrySet().stream().filter(e -> e.getKey().startsWith("questions/")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> Pattern.compile("(?m)^  - id: (\\S+)").matcher(e.getValue()).results().forEach(r -> ids.add(r.group(1))));
        return ids;
    }

    private static List<String> objectiveIds(String manifest) {
        return Pattern.compile("(?m)^  - id: (\\S+)").matcher(manifest).results().map(r -> r.group(1)).toList();
    }

    private static String difficultyOf(Map<String, String> files, String questionId) {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Matcher m = Pattern.compile("(?ms)^  - id: " + Pattern.quote(questionId) + "\\n.*?^    difficulty: (\\d+)").matcher(e.getValue());
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no question " + questionId);
    }
}

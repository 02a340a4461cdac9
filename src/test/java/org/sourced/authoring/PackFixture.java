package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.restassured.response.Response;

/** A complete small pack made through the editor pages, one form at a time, as a teacher would. */
final class PackFixture {

    static final String SINGLE_STEM = "In which city was the treaty signed?";

    private PackFixture() {
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates the pack with an objective, a source, one question of each type and a lesson with a checkpoint. */
    static String create(Client teacher, String packId) {
        String base = "/teach/packs/" + packId;
        expect303(teacher.post("/teach/packs", "id", packId, "title", "Test pack " + packId));
        expect303(teacher.post(base + "/metadata", "title", "Test pack " + packId, "summary", "A pack made by a test.",
                "language", "en", "version", "1.0", "licence", "CC-BY-4.0", "authors", "Tess Ter"));
        expect303(teacher.post(base + "/objectives", "objectiveCount", "1", "objective-0-id", "basics", "objective-0-title", "The basics"));
        expect303(teacher.post(base + "/sources", "sourceCount", "1", "source-0-id", "treaty", "source-0-kind", "primary",
                "source-0-title", "Collective Security Treaty", "source-0-publisher", "CSTO", "source-0-published", "1992-05-15",
                "source-0-url", "https://example.org/treaty"));
        for (String[] question : questions()) {
            expect303(teacher.post(base + "/questions/new", question));
        }
        expect303(teacher.post(base + "/lessons/new", lesson("basics", "The basics")));
        return packId;
    }

    static String[] lesson(String id, String title) {
        return new String[] {"id", id, "title", title, "objective", "basics", "sources", "treaty",
                "body", "The treaty was **signed** in 1992.\n\n[[checkpoint: q-single]]\n\n## Next\nMore text.\n"};
    }

    static String[][] questions() {
        return new String[][] {
                withCommon("q-single", "single", "stem", SINGLE_STEM, "choiceCount", "2",
                        "choice-0-text", "Tashkent", "choice-0-correct", "true", "choice-0-feedback", "Right: the text says Tashkent.",
                        "choice-1-text", "Moscow", "choice-1-feedback", "The treaty names Tashkent."),
                withCommon("q-multiple", "multiple", "stem", "Which are members?", "choiceCount", "3",
                        "choice-0-text", "Armenia", "choice-0-correct", "true", "choice-1-text", "Russia", "choice-1-correct", "true",
                        "choice-2-text", "Georgia"),
                withCommon("q-true-false", "true-false", "stem", "The treaty was signed in 1992.", "answer", "true",
                        "feedback-true", "Yes.", "feedback-false", "It was 1992."),
                withCommon("q-claim", "claim-check", "claim", "A commentator says the treaty dates from 2002.", "verdict", "refuted",
                        "feedback-refuted", "The organisation dates from 2002; the treaty from 1992."),
                withCommon("q-ordering", "ordering", "stem", "Put these in order, earliest first.", "itemCount", "2",
                        "item-0-text", "The treaty is signed", "item-1-text", "The treaty enters into force"),
        };
    }

    private static String[] withCommon(String id, String type, String... specific) {
        String[] common = {"id", id, "type", type, "explanation", "The treaty's own text (" + id + ").", "objective", "basics",
                "difficulty", "1", "points", "1", "tags", "core", "evidenceCount", "1", "evidence-0-source", "treaty",
                "evidence-0-locator", "closing lines", "evidence-0-note", "Names Tashkent and 15 May 1992.", "action", "save"};
        String[] all = new String[common.length + specific.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(specific, 0, all, common.length, specific.length);
        return all;
    }

    static void expect303(Response r) {
        assertThat(r.statusCode()).as(r.getBody().asString().replaceAll("(?s).*<main[^>]*>|</main>.*", "")).isEqualTo(303);
    }
}

package org.sourced.packs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.Source;
import org.sourced.support.Key;
import org.sourced.support.NoKeys;

/** Packs as JSON: the listing, a pack's metadata with counts, and never a question, key or explanation. */
@QuarkusTest
class PackApiTest {

    @Test
    void theListingHoldsTheShippedPackWithItsCounts() {
        PackContent pack = Key.pack();
        Response r = given().get("/api/packs");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        List<Map<String, Object>> csto = r.jsonPath().getList("findAll { it.id == 'csto-armenia' }");
        assertThat(csto).singleElement().isEqualTo(Map.of("id", Key.PACK, "title", pack.manifest().title(), "version", 1,
                "label", pack.manifest().version(), "language", "en", "lessons", pack.lessons().size(),
                "questions", pack.questions().size(), "languages", Key.languages()));
    }

    @Test
    void aPackHasItsObjectivesSourcesSetsAndLessonsAndNoAnswerKey() {
        PackContent pack = Key.pack();
        Response r = given().get("/api/packs/" + Key.PACK);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonPath json = r.jsonPath();

        assertThat(json.getString("id")).isEqualTo(Key.PACK);
        assertThat(json.getString("title")).isEqualTo(pack.manifest().title());
        assertThat(json.getString("summary")).isEqualTo(pack.manifest().summary());
        assertThat(json.getString("licence")).isEqualTo(pack.manifest().licence());
        assertThat(json.getList("authors", String.class)).isEqualTo(pack.manifest().authors());
        assertThat(json.getInt("questions")).isEqualTo(pack.questions().size());
        assertThat(json.getList("objectives.id", String.class))
                .containsExactlyElementsOf(pack.manifest().objectives().stream().map(Objective::id).toList());
        for (Objective o : pack.manifest().objectives()) {
            assertThat(json.getInt("objectives.find { it.id == '" + o.id() + "' }.questions"))
                    .isEqualTo(pack.questions().stream().filter(q -> q.objective().equals(o.id())).count());
        }
        assertThat(json.getList("sources.id", String.class))
                .containsExactlyElementsOf(pack.manifest().sources().stream().map(Source::id).toList());
        assertThat(json.getList("sources.kind", String.class))
                .containsExactlyElementsOf(pack.manifest().sources().stream().map(s -> s.kind().key()).toList());
        assertThat(json.getList("sources.published", String.class))
                .containsExactlyElementsOf(pack.manifest().sources().stream().map(s -> s.published().toString()).toList());
        assertThat(json.getList("sets.id", String.class)).containsExactly("2020-vs-2022");
        assertThat(json.getInt("sets[0].questions")).isEqualTo(pack.questions().stream().filter(q -> q.tags().contains("2020-vs-2022")).count());
        assertThat(json.getList("lessons.url", String.class))
                .containsExactlyElementsOf(pack.lessons().stream().map(l -> "/packs/" + Key.PACK + "/lessons/" + l.id()).toList());
        assertThat(json.getList("lessons.title", String.class)).containsExactlyElementsOf(pack.lessons().stream().map(Lesson::title).toList());

        String body = r.asString();
        for (Question q : pack.questions()) {
            assertThat(body).doesNotContain(q.explanation());
        }
        NoKeys.assertNoKeyFields(body);
    }

    @Test
    void anUnknownPackIsAJson404() {
        Response r = given().get("/api/packs/no-such-pack");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.jsonPath().getInt("status")).isEqualTo(404);
        assertThat(r.jsonPath().getString("message")).isEqualTo("There is no pack 'no-such-pack'.");

        Response nowhere = given().get("/api/no-such-thing");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.jsonPath().getString("message")).isEqualTo("There is nothing at this address.");
    }
}

package org.sourced.packs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Problem;
import org.sourced.accounts.Tokens;
import org.sourced.support.PackFiles;

/**
 * The loader on a content dir of the test's own: a new pack is stored, an unchanged one skipped, a changed one
 * stored as a new version while the old version stays readable, an invalid one refused while the others load.
 * Each test names its pack with a fresh id, so the shipped pack and other tests are not disturbed.
 */
@QuarkusTest
class ContentLoaderTest {

    @Inject
    PackStore store;
    @Inject
    PackCatalog catalog;

    @TempDir
    Path content;

    ContentLoader loaderOn(Path dir) {
        ContentLoader loader = new ContentLoader();
        loader.store = store;
        loader.config = TestConfigs.sourced(dir.resolve("data"), dir, Map.of());
        return loader;
    }

    /** The tiny fixture pack under content/packs/, renamed to a fresh id; returns that id. */
    String tinyPack() throws IOException {
        String id = "loader-" + Tokens.linkId().toLowerCase().replaceAll("[^a-z0-9]", "x");
        Path dir = content.resolve("packs/" + id);
        PackFiles.copy(PackFiles.TINY, dir);
        Path manifest = dir.resolve("pack.yaml");
        Files.writeString(manifest, PackFiles.replaceOnce(Files.readString(manifest), "id: tiny\n", "id: " + id + "\n"));
        return id;
    }

    static ContentLoader.Result only(List<ContentLoader.Result> results, String packId) {
        return results.stream().filter(r -> r.folder().equals("packs/" + packId + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + packId + " in " + results));
    }

    static Map<String, String> storedFiles(long versionId) {
        return QuarkusTransaction.requiringNew().call(() -> PackFile.filesOf(versionId));
    }

    @Test
    void aNewPackIsStoredThenSkippedWhileUnchanged() throws IOException {
        String id = tinyPack();
        ContentLoader loader = loaderOn(content);

        ContentLoader.Result first = only(loader.loadAll(), id);
        assertThat(first.outcome()).isEqualTo(PackStore.Outcome.NEW_PACK);
        assertThat(first.problems()).isEmpty();
        PackVersion v1 = catalog.current(id).orElseThrow();
        assertThat(v1.versionNo).isEqualTo(1);
        assertThat(v1.isPublished()).isTrue();
        assertThat(v1.origin).isEqualTo(PackVersion.FROM_CONTENT_DIR);
        assertThat(v1.title).isEqualTo("A tiny pack");
        assertThat(v1.lessonCount).isEqualTo(2);
        assertThat(v1.questionCount).isEqualTo(5);
        assertThat(storedFiles(v1.id)).containsOnlyKeys("pack.yaml", "lessons/01-basics.md", "lessons/02-reading.md",
                "questions/basics.yaml", "questions/reading.yaml");

        ContentLoader.Result second = only(loader.loadAll(), id);
        assertThat(second.outcome()).isEqualTo(PackStore.Outcome.UNCHANGED);
        assertThat(catalog.current(id).orElseThrow().id).isEqualTo(v1.id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PackVersion.count("packId", id))).isEqualTo(1);
    }

    @Test
    void aChangedPackBecomesANewVersionAndTheOldOneStaysReadable() throws IOException {
        String id = tinyPack();
        ContentLoader loader = loaderOn(content);
        only(loader.loadAll(), id);
        PackVersion v1 = catalog.current(id).orElseThrow();
        Path questions = content.resolve("packs/" + id + "/questions/basics.yaml");
        Files.writeString(questions, PackFiles.replaceOnce(Files.readString(questions), "In which city was the treaty signed?",
                "Where was the treaty signed?"));

        ContentLoader.Result changed = only(loader.loadAll(), id);

        assertThat(changed.outcome()).isEqualTo(PackStore.Outcome.NEW_VERSION);
        PackVersion v2 = catalog.current(id).orElseThrow();
        assertThat(v2.versionNo).isEqualTo(2);
        assertThat(v2.contentHash).isNotEqualTo(v1.contentHash);
        assertThat(catalog.content(v2).question("signed-where").orElseThrow().stem()).isEqualTo("Where was the treaty signed?");
        PackContent old = catalog.publishedContent(v1.id).orElseThrow();
        assertThat(old.question("signed-where").orElseThrow().stem()).isEqualTo("In which city was the treaty signed?");

        Response api = given().get("/api/packs");
        assertThat(api.jsonPath().getList("findAll { it.id == '" + id + "' }.version", Integer.class)).containsExactly(2);
        assertThat(Jsoup.parse(given().get("/packs/" + id).asString()).selectFirst("p.meta").text())
                .contains("version 2 (1.0)");
    }

    @Test
    void anInvalidPackIsRefusedWithItsProblemsAndTheOthersStillLoad() throws IOException {
        String good = tinyPack();
        String bad = tinyPack();
        Path lesson = content.resolve("packs/" + bad + "/lessons/01-basics.md");
        Files.writeString(lesson, Files.readString(lesson).replace("objective: basics", "objective: history"));

        List<ContentLoader.Result> results = loaderOn(content).loadAll();

        ContentLoader.Result refused = only(results, bad);
        assertThat(refused.outcome()).isNull();
        assertThat(refused.problems()).extracting(Problem::toString)
                .containsExactly("packs/" + bad + "/lessons/01-basics.md:4: unknown objective 'history' (pack.yaml defines: basics, reading)");
        assertThat(catalog.current(bad)).isEmpty();
        assertThat(given().get("/packs/" + bad).statusCode()).isEqualTo(404);
        assertThat(only(results, good).outcome()).isEqualTo(PackStore.Outcome.NEW_PACK);
        assertThat(catalog.current(good)).isPresent();
    }

    @Test
    void aMissingContentDirLoadsNothing() {
        assertThat(loaderOn(content.resolve("nowhere")).loadAll()).isEmpty();
    }

    @Test
    void rawHtmlInALoadedLessonIsShownAsTextAndScriptLinksAreDropped() throws IOException {
        String id = tinyPack();
        Path lesson = content.resolve("packs/" + id + "/lessons/01-basics.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nA <script>alert('x')</script> tag and a [bad link](javascript:alert(1)).\n");
        assertThat(only(loaderOn(content).loadAll(), id).outcome()).isEqualTo(PackStore.Outcome.NEW_PACK);

        Response page = given().get("/packs/" + id + "/lessons/basics");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(", "javascript:");
        assertThat(Jsoup.parse(page.asString()).selectFirst(".lesson-body").text()).contains("A <script>alert('x')</script> tag and a bad link.");
    }
}

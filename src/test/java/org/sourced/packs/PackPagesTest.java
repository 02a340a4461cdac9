package org.sourced.packs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Source;
import org.sourced.support.Csrf;
import org.sourced.support.Key;

/** The home page and a pack's page: the titles, counts, lessons, sources and quiz form that matter, escaped. */
@QuarkusTest
class PackPagesTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static Document get(String path) {
        Response r = given().get(path);
        assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        return Jsoup.parse(r.asString());
    }

    static long questionsOf(PackContent pack, String objective) {
        return pack.questions().stream().filter(q -> q.objective().equals(objective)).count();
    }

    @Test
    void theHomePageListsTheShippedPackWithItsCounts() {
        PackContent pack = Key.pack();
        Document home = get("/");

        assertThat(home.title()).isEqualTo("Packs · Sourced");
        assertThat(home.selectFirst("h1").text()).isEqualTo("Lessons and quizzes with their evidence");
        Element card = home.selectFirst("li.card:has(a[href=/packs/" + Key.PACK + "])");
        assertThat(card).isNotNull();
        assertThat(card.selectFirst("h3").attr("lang")).isEqualTo("en");
        assertThat(card.selectFirst("h3").text()).isEqualTo(pack.manifest().title());
        assertThat(card.selectFirst("p").text()).isEqualTo(pack.manifest().summary());
        // the pack's language first, then each translation it ships under i18n/, by name
        List<String> languages = Key.languages().stream().map(tag -> Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH)).toList();
        String named = languages.size() == 1 ? "Language: " + languages.get(0) : "Languages: " + String.join(", ", languages);
        assertThat(card.selectFirst("p.meta").text()).isEqualTo(named + " · " + pack.lessons().size() + " lessons · "
                + pack.questions().size() + " questions · version 1");
    }

    @Test
    void aPackPageShowsItsLessonsByObjectiveTheQuizFormAndItsSources() {
        PackContent pack = Key.pack();
        Response r = given().get("/packs/" + Key.PACK);
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.asString());

        assertThat(page.title()).isEqualTo(pack.manifest().title() + " · Sourced");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo(pack.manifest().title());
        assertThat(page.selectFirst("p.lede").text()).isEqualTo(pack.manifest().summary());
        assertThat(page.selectFirst("p.meta").text()).isEqualTo(pack.lessons().size() + " lessons · " + pack.questions().size()
                + " questions · version 1 (" + pack.manifest().version() + ") · licence " + pack.manifest().licence() + " · by "
                + String.join(", ", pack.manifest().authors()));

        for (Objective o : pack.manifest().objectives()) {
            Element section = page.selectFirst("section[aria-labelledby=obj-" + o.id() + "]");
            assertThat(section).as("objective %s", o.id()).isNotNull();
            assertThat(section.selectFirst("h3").text()).isEqualTo(o.title());
            List<Lesson> lessons = pack.lessons().stream().filter(l -> l.objective().equals(o.id())).toList();
            assertThat(section.select("li a")).extracting(Element::text).containsExactlyElementsOf(lessons.stream().map(Lesson::title).toList());
            assertThat(section.select("li a")).extracting(a -> a.attr("href"))
                    .containsExactlyElementsOf(lessons.stream().map(l -> "/packs/" + Key.PACK + "/lessons/" + l.id()).toList());

            Element scope = page.selectFirst("input[name=scope][value=objective:" + o.id() + "]");
            assertThat(scope.parent().text()).isEqualTo(o.title() + " (" + questionsOf(pack, o.id()) + " questions)");
        }

        Element form = page.selectFirst("form[action=/attempts]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.selectFirst("input[name=pack]").attr("value")).isEqualTo(Key.PACK);
        assertThat(form.selectFirst("input[name=csrf-token]").attr("value")).isEqualTo(r.cookie(Csrf.NAME));
        assertThat(form.selectFirst("input[name=scope][value=all]").parent().text())
                .isEqualTo("The whole pack (" + pack.questions().size() + " questions)");
        assertThat(form.select("input[name=scope][value^=set:]")).extracting(e -> e.attr("value"))
                .containsExactlyElementsOf(pack.manifest().sets().stream().map(s -> "set:" + s.id()).toList());
        assertThat(form.selectFirst("input[name=partialCredit]").hasAttr("checked")).isEqualTo(pack.manifest().scoring().partialCredit());
        assertThat(form.selectFirst("input[name=certainty]").hasAttr("checked")).isEqualTo(pack.manifest().scoring().certainty());

        for (Source s : pack.manifest().sources()) {
            Element item = page.getElementById("source-" + s.id());
            assertThat(item).as("source %s", s.id()).isNotNull();
            assertThat(item.text()).startsWith(s.title() + ", " + s.publisher() + ", " + DAY.format(s.published()) + " " + s.kind().key());
            assertThat(item.selectFirst(".tag").className()).contains("kind-" + s.kind().key());
            if (s.url() != null) {
                assertThat(item.selectFirst("a").attr("href")).isEqualTo(s.url());
                assertThat(item.selectFirst("a").attr("rel")).isEqualTo("nofollow noopener");
            }
        }
    }

    @Test
    void textFromThePackIsEscaped() {
        Source quoted = Key.pack().manifest().sources().stream().filter(s -> s.title().contains("'") || s.title().contains("\""))
                .findFirst().orElseThrow(() -> new AssertionError("no source title with a quote to check"));
        String html = given().get("/packs/" + Key.PACK).asString();
        String escaped = quoted.title().replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;");
        assertThat(html).contains(escaped);
    }

    @Test
    void anUnknownPackIsNotFoundAndItsNameIsEscaped() {
        Response r = given().urlEncodingEnabled(false).get("/packs/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.asString()).contains("There is no pack &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;.")
                .doesNotContain("<script>alert(1)");
        assertThat(Jsoup.parse(r.asString()).selectFirst("h1").text()).isEqualTo("Not found");

        Response nowhere = given().get("/no/such/page");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(nowhere.asString()).selectFirst("main p").text()).isEqualTo("There is nothing at this address.");
    }

    @Test
    void everyScriptAndStylesheetIsServedByTheAppItself() {
        Document home = get("/");
        List<String> assets = new java.util.ArrayList<>(home.select("script[src]").eachAttr("src"));
        assets.addAll(home.select("link[rel=stylesheet]").eachAttr("href"));
        assertThat(assets).contains("/css/app.css", "/js/app.js").allSatisfy(path -> {
            assertThat(path).as("no CDN").startsWith("/");
            Response asset = given().get(path);
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.asString()).as(path).isNotBlank();
        });
    }

    @Test
    void theApiLinkInTheFooterDescribesTheAttemptApi() {
        String href = get("/").selectFirst("footer a").attr("href");
        Response openapi = given().get(href);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.asString()).contains("/api/attempts/{id}/responses/{questionId}", "/api/packs/{id}", "Sourced API");
    }
}

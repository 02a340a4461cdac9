package org.sourced.packs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.Source;
import org.sourced.support.Browser;
import org.sourced.support.Key;

/**
 * A student can open the cited source's entry from the evidence (issue 15): kind, publisher, date, address when
 * known, and how its passages are counted; the pack page lists the same entry for every source.
 */
@QuarkusTest
class SourceEntryPagesTest {

    static void assertEntry(Element entry, Source s) {
        assertThat(entry).as("entry of %s", s.id()).isNotNull();
        assertThat(entry.selectFirst("summary").text()).isEqualTo("About this source");
        String text = entry.text();
        assertThat(text).contains(s.publisher(), s.counting().rule(),
                (s.counting().unit().key().equals("article") ? "Articles: " : "Paragraphs: ") + s.counting().count());
        if (s.url() != null) {
            assertThat(entry.select("a[href]").eachAttr("href")).contains(s.url());
        }
    }

    @Test
    void thePackPageListsEverySourceWithItsCounting() {
        Document page = Jsoup.parse(new Browser().get("/packs/" + Key.PACK).asString());

        for (Source s : Key.pack().manifest().sources()) {
            Element item = page.getElementById("source-" + s.id());
            assertThat(item).as("source %s", s.id()).isNotNull();
            assertEntry(item.selectFirst("details.source-entry"), s);
        }
    }

    @Test
    void theEvidenceOfAnAnsweredCheckpointOpensEachCitedSourcesEntry() {
        Lesson lesson = Key.pack().lesson("what-the-treaty-promises").orElseThrow();
        String qid = lesson.checkpointIds().get(0);
        Question q = Key.question(qid);
        String[] fields = Key.right(qid).stream().flatMap(id -> java.util.stream.Stream.of("choice", id)).toArray(String[]::new);

        Response r = new Browser().post("/packs/" + Key.PACK + "/lessons/" + lesson.id() + "/checkpoints/" + qid, fields);

        assertThat(r.statusCode()).isEqualTo(200);
        Element checkpoint = Jsoup.parse(r.asString()).getElementById("cp-" + qid);
        var items = checkpoint.select("ul.evidence > li");
        assertThat(items).hasSize(q.evidence().size());
        for (int i = 0; i < items.size(); i++) {
            Evidence e = q.evidence().get(i);
            assertEntry(items.get(i).selectFirst("details.source-entry"), Key.pack().manifest().source(e.source()).orElseThrow());
        }
    }
}

package org.sourced.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sourced.packs.Feedback;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Source;
import org.sourced.support.Browser;
import org.sourced.support.Key;

/**
 * Lesson pages and their checkpoints: the text rendered, the sources listed, checkpoints without keys until
 * answered, answered in place as a full page (no JavaScript) or as a fragment (htmx).
 */
@QuarkusTest
class LessonPagesTest {

    static String lessonUrl(Lesson l) {
        return "/packs/" + Key.PACK + "/lessons/" + l.id();
    }

    static String checkpointUrl(Lesson l, String questionId) {
        return lessonUrl(l) + "/checkpoints/" + questionId;
    }

    static Lesson lessonWith(QuestionType type) {
        return Key.pack().lessons().stream()
                .filter(l -> l.checkpointIds().stream().anyMatch(id -> Key.question(id).type() == type)).findFirst()
                .orElseThrow(() -> new AssertionError("no lesson has a " + type + " checkpoint"));
    }

    static String checkpointOf(Lesson l, QuestionType type) {
        return l.checkpointIds().stream().filter(id -> Key.question(id).type() == type).findFirst().orElseThrow();
    }

    static String[] answerFields(String questionId, List<String> answer) {
        List<String> fields = new ArrayList<>();
        if (Key.question(questionId).type() == QuestionType.ORDERING) {
            for (int i = 0; i < answer.size(); i++) {
                fields.addAll(List.of("rank-" + answer.get(i), String.valueOf(i + 1)));
            }
        } else {
            answer.forEach(id -> fields.addAll(List.of("choice", id)));
        }
        return fields.toArray(String[]::new);
    }

    static void assertNoFeedback(Element checkpoint, Question q) {
        assertThat(checkpoint.select(".feedback")).isEmpty();
        assertThat(checkpoint.text()).doesNotContain(q.explanation());
        q.choices().stream().map(Choice::feedback).filter(f -> f != null).forEach(f -> assertThat(checkpoint.text()).doesNotContain(f));
    }

    static void assertFeedback(Element checkpoint, Question q, String verdict) {
        Element feedback = checkpoint.selectFirst(".feedback");
        assertThat(feedback).as("feedback in %s", checkpoint.id()).isNotNull();
        assertThat(feedback.text()).startsWith(verdict).contains(q.explanation());
        for (Evidence e : q.evidence()) {
            assertThat(feedback.text()).contains(e.locator() + ": " + e.note());
        }
    }

    @Test
    void everyLessonRendersItsTitleTextCheckpointsAndSources() {
        PackContent pack = Key.pack();
        for (int i = 0; i < pack.lessons().size(); i++) {
            Lesson lesson = pack.lessons().get(i);
            Response r = new Browser().get(lessonUrl(lesson));
            assertThat(r.statusCode()).as(lessonUrl(lesson)).isEqualTo(200);
            Document page = Jsoup.parse(r.asString());

            assertThat(page.title()).isEqualTo(lesson.title() + " · Sourced");
            assertThat(page.selectFirst("h1").text()).isEqualTo(lesson.title());
            assertThat(page.selectFirst("nav[aria-label=Breadcrumb] a").text()).isEqualTo(pack.manifest().title());
            assertThat(r.asString()).as("the lesson's markup is rendered, not shown as text").doesNotContain("&lt;p&gt;", "&lt;h2&gt;");
            assertThat(page.select(".lesson-body > p")).isNotEmpty();
            List<String> headings = lesson.body().lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3).strip())
                    .filter(h -> !h.matches(".*[*_`\\[].*")).toList();
            assertThat(page.select(".lesson-body h2:not(.visually-hidden)")).extracting(Element::text).containsAll(headings);

            for (String qid : lesson.checkpointIds()) {
                Question q = Key.question(qid);
                Element checkpoint = page.getElementById("cp-" + qid);
                assertThat(checkpoint).as("checkpoint %s in %s", qid, lesson.id()).isNotNull();
                assertThat(checkpoint.selectFirst("legend").text()).isEqualTo(q.stem());
                assertThat(checkpoint.selectFirst("form").attr("action")).isEqualTo(checkpointUrl(lesson, qid) + "#cp-" + qid);
                assertThat(checkpoint.select("input[name=csrf-token]")).hasSize(1);
                assertNoFeedback(checkpoint, q);
            }

            List<String> sourceItems = page.select("h2:containsOwn(Sources for this lesson) + ul li").eachText();
            List<String> expected = lesson.sources().stream().map(id -> pack.manifest().source(id).orElseThrow())
                    .map(LessonPagesTest::sourceLine).toList();
            assertThat(sourceItems).containsExactlyElementsOf(expected);

            if (i + 1 < pack.lessons().size()) {
                Lesson next = pack.lessons().get(i + 1);
                assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo(lessonUrl(next));
                assertThat(page.selectFirst("a[rel=next]").text()).isEqualTo("Next: " + next.title() + " →");
            } else {
                assertThat(page.selectFirst("nav[aria-label=Lessons] a.button:not([rel])").text()).isEqualTo("Test yourself on this pack");
            }
        }
    }

    static String sourceLine(Source s) {
        return s.title() + ", " + s.publisher() + ", " + s.published().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                java.util.Locale.ENGLISH)) + " " + s.kind().key();
    }

    @Test
    void aCheckpointAnsweredWithoutJavaScriptReturnsTheWholeLessonWithFeedbackInPlace() {
        Lesson lesson = lessonWith(QuestionType.SINGLE);
        String qid = checkpointOf(lesson, QuestionType.SINGLE);
        Question q = Key.question(qid);
        Browser b = new Browser();

        Response r = b.post(checkpointUrl(lesson, qid), answerFields(qid, Key.right(qid)));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(r.asString());
        assertThat(page.selectFirst("h1").text()).isEqualTo(lesson.title());
        Element checkpoint = page.getElementById("cp-" + qid);
        assertFeedback(checkpoint, q, "Right.");
        assertThat(checkpoint.select("input[name=choice][checked]").eachAttr("value")).containsExactlyElementsOf(Key.right(qid));
        for (String other : lesson.checkpointIds()) {
            if (!other.equals(qid)) {
                assertNoFeedback(page.getElementById("cp-" + other), Key.question(other));
            }
        }
    }

    @Test
    void aCheckpointAnsweredWithHtmxReturnsOnlyTheCheckpoint() {
        Lesson lesson = lessonWith(QuestionType.SINGLE);
        String qid = checkpointOf(lesson, QuestionType.SINGLE);
        Question q = Key.question(qid);
        List<String> wrong = Key.wrong(qid);
        Choice picked = q.choice(wrong.get(0)).orElseThrow();
        Browser b = new Browser();
        b.csrf();

        Response r = b.form(answerFields(qid, wrong), true).header("HX-Request", "true").post(checkpointUrl(lesson, qid));

        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.asString().strip();
        assertThat(html).startsWith("<section class=\"checkpoint\" id=\"cp-" + qid + "\"").doesNotContain("<html", "<header", "<h1");
        Element checkpoint = Jsoup.parseBodyFragment(html).getElementById("cp-" + qid);
        assertFeedback(checkpoint, q, "Not right.");
        assertThat(checkpoint.selectFirst(".feedback").text()).contains("The answer: " + Feedback.withoutFullStop(Key.text(qid, Key.right(qid).get(0))) + ".")
                .doesNotContain("..");
        if (picked.feedback() != null) {
            assertThat(checkpoint.selectFirst(".feedback").text()).contains(Feedback.withoutFullStop(picked.text()) + ": " + picked.feedback());
        }
    }

    @Test
    void anOrderingCheckpointStartsUnsolvedAndTakesPositions() {
        Lesson lesson = lessonWith(QuestionType.ORDERING);
        String qid = checkpointOf(lesson, QuestionType.ORDERING);
        Question q = Key.question(qid);
        Browser b = new Browser();

        Document page = Jsoup.parse(b.get(lessonUrl(lesson)).asString());
        List<String> shown = page.getElementById("cp-" + qid).select("input[type=number]").eachAttr("name").stream()
                .map(n -> n.substring("rank-".length())).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(q.correctOrder()).isNotEqualTo(q.correctOrder());

        Response r = b.form(answerFields(qid, q.correctOrder()), true).header("HX-Request", "true").post(checkpointUrl(lesson, qid));
        assertThat(r.statusCode()).isEqualTo(200);
        Element checkpoint = Jsoup.parseBodyFragment(r.asString()).getElementById("cp-" + qid);
        assertFeedback(checkpoint, q, "Right.");
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            numbered.add((i + 1) + ". " + Feedback.withoutFullStop(q.choices().get(i).text()));
        }
        assertThat(checkpoint.selectFirst(".feedback").text()).contains("The right order: " + String.join("; ", numbered) + ".");
    }

    @Test
    void aCheckpointWithoutAnAnswerOrWithAnUnknownChoiceIsExplained() {
        Lesson lesson = lessonWith(QuestionType.SINGLE);
        String qid = checkpointOf(lesson, QuestionType.SINGLE);
        Browser b = new Browser();

        Response empty = b.form(new String[0], true).header("HX-Request", "true").post(checkpointUrl(lesson, qid));
        assertThat(empty.statusCode()).isEqualTo(422);
        Element checkpoint = Jsoup.parseBodyFragment(empty.asString()).getElementById("cp-" + qid);
        assertThat(checkpoint.selectFirst(".field-error").text()).isEqualTo("Choose an answer before checking it.");
        assertNoFeedback(checkpoint, Key.question(qid));

        Response unknown = b.post(checkpointUrl(lesson, qid), "choice", "zzz");
        assertThat(unknown.statusCode()).isEqualTo(422);
        Element full = Jsoup.parse(unknown.asString()).getElementById("cp-" + qid);
        assertThat(full.selectFirst(".field-error").text()).isEqualTo("'zzz' is not a choice of this question.");
        assertNoFeedback(full, Key.question(qid));
    }

    /** A student who types the same position twice is told so, in the language of the page. */
    @Test
    void aRepeatedPositionIsExplainedInTheReadersLanguage() {
        Lesson lesson = lessonWith(QuestionType.ORDERING);
        String qid = checkpointOf(lesson, QuestionType.ORDERING);
        List<String> fields = new ArrayList<>();
        Key.question(qid).correctOrder().forEach(id -> fields.addAll(List.of("rank-" + id, "1")));
        int items = Key.question(qid).correctOrder().size();

        Response russian = new Browser().form(fields.toArray(String[]::new), true).header("HX-Request", "true")
                .header("Accept-Language", "ru").post(checkpointUrl(lesson, qid));

        assertThat(russian.statusCode()).isEqualTo(422);
        Element checkpoint = Jsoup.parseBodyFragment(russian.asString()).getElementById("cp-" + qid);
        assertThat(checkpoint.selectFirst(".field-error").text())
                .isEqualTo("Используйте каждую позицию от 1 до " + items + " ровно один раз.");
        assertNoFeedback(checkpoint, Key.question(qid));
    }

    @Test
    void aCheckpointPostWithoutTheCsrfTokenIsRefused() {
        Lesson lesson = lessonWith(QuestionType.SINGLE);
        String qid = checkpointOf(lesson, QuestionType.SINGLE);
        Response r = new Browser().postWithoutCsrfField(checkpointUrl(lesson, qid), answerFields(qid, Key.right(qid)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).doesNotContain(Key.question(qid).explanation());
    }

    @Test
    void unknownLessonsPacksAndCheckpointsAreNotFound() {
        Lesson lesson = Key.pack().lessons().get(0);
        String elsewhere = Key.pack().questions().stream().map(Question::id).filter(id -> !lesson.checkpointIds().contains(id))
                .findFirst().orElseThrow();
        Browser b = new Browser();

        Response noLesson = b.get("/packs/" + Key.PACK + "/lessons/no-such-lesson");
        assertThat(noLesson.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(noLesson.asString()).selectFirst("main p").text())
                .isEqualTo("Pack 'csto-armenia' has no lesson 'no-such-lesson'.");
        assertThat(b.get("/packs/no-such-pack/lessons/" + lesson.id()).statusCode()).isEqualTo(404);

        Response notHere = b.post(checkpointUrl(lesson, elsewhere), answerFields(elsewhere, Key.right(elsewhere)));
        assertThat(notHere.statusCode()).isEqualTo(404);
        assertThat(notHere.asString()).contains("Lesson &#39;" + lesson.id() + "&#39; has no checkpoint &#39;" + elsewhere + "&#39;.")
                .doesNotContain(Key.question(elsewhere).explanation());
    }
}

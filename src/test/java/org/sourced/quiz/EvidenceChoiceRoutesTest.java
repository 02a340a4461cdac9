package org.sourced.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sourced.quiz.AttemptPagesTest.assertFeedback;
import static org.sourced.quiz.AttemptPagesTest.assertNoKeyShown;
import static org.sourced.quiz.AttemptPagesTest.assertRedirect;
import static org.sourced.quiz.AttemptPagesTest.page;
import static org.sourced.quiz.AttemptPagesTest.post;
import static org.sourced.quiz.AttemptPagesTest.seqOn;
import static org.sourced.quiz.AttemptPagesTest.start;
import static org.sourced.quiz.AttemptPagesTest.url;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Source;
import org.sourced.support.Browser;
import org.sourced.support.Key;
import org.sourced.support.NoKeys;

/**
 * Issue 16 item 5: evidence-choice items of the shipped pack in a practice quiz, its result page and the attempt API.
 * The passages show as choices (source, kind, locator, note) with no key before an answer; right, wrong and partly
 * right answers score as multiple-answer items do.
 */
@QuarkusTest
class EvidenceChoiceRoutesTest {

    static final String THREE_KEYS = "ev-putin-quote";
    static final String PLAIN_KEY = "ev-deliberate-letdown";
    static final String TWO_KEYS = "ev-armenia-froze";

    static Source source(Choice c) {
        return Key.pack().manifest().source(c.evidence().source()).orElseThrow();
    }

    static int position(String attempt, String questionId) {
        return Stored.questionIds(attempt).indexOf(questionId) + 1;
    }

    static Response answer(Browser b, String attempt, String questionId, List<String> picks) {
        int n = position(attempt, questionId);
        assertThat(n).as("%s in the attempt", questionId).isPositive();
        return post(b, attempt, n, seqOn(page(b, url(attempt, n))), picks, "check");
    }

    @Test
    void theQuestionPageShowsThePassagesAsCheckboxesAndNoKey() {
        Browser b = new Browser();
        String id = start(b, "scope", "objective:reading-sources", "length", "0", "mode", "practice");
        Question q = Key.question(THREE_KEYS);
        int n = position(id, THREE_KEYS);

        Document page = page(b, url(id, n));

        assertNoKeyShown(page, q);
        Element fieldset = page.selectFirst("fieldset.question");
        assertThat(fieldset.selectFirst("legend").text()).isEqualTo(q.stem());
        assertThat(fieldset.selectFirst("blockquote.claim").text()).isEqualTo(q.claim().strip());
        assertThat(fieldset.selectFirst("p.meta").text())
                .isEqualTo("Select every passage that establishes it, or the choice that says none does.");
        assertThat(fieldset.select("input[name=choice]")).hasSize(q.choices().size())
                .allSatisfy(i -> assertThat(i.attr("type")).isEqualTo("checkbox"));
        for (Choice c : q.choices()) {
            Element label = fieldset.selectFirst("label:has(input[value=" + c.id() + "])");
            assertThat(label).as("label of %s", c.id()).isNotNull();
            Source s = source(c);
            assertThat(label.selectFirst("cite").text()).isEqualTo(s.title());
            assertThat(label.text()).contains(s.publisher()).contains(c.evidence().locator() + ": " + c.evidence().note());
            assertThat(label.selectFirst(".tag").text()).isNotBlank();
        }
        // the kind is shown in words: a report, a fact-check and a commentary quote the remark
        assertThat(fieldset.select(".tag").eachText()).contains("report", "fact-check", "commentary");
        String html = page.outerHtml();
        for (Choice c : q.choices()) {
            assertThat(html).doesNotContain(c.feedback());
        }
    }

    @Test
    void everyRightPassageAndNothingElseScoresAndTheFeedbackShowsTheKeyAsPassages() {
        Browser b = new Browser();
        String id = start(b, "scope", "objective:reading-sources", "length", "0", "mode", "practice");
        Question q = Key.question(THREE_KEYS);
        int n = position(id, THREE_KEYS);

        assertRedirect(answer(b, id, THREE_KEYS, Key.right(THREE_KEYS)), url(id, n));

        QuestionResponse stored = Stored.response(id, n);
        assertThat(stored.correct).isTrue();
        assertThat(stored.points).isEqualTo(q.points());
        Document checked = page(b, url(id, n));
        Element feedback = checked.selectFirst(".feedback");
        assertFeedback(feedback, q, "Right.");
        List<Element> key = feedback.select("ul.evidence.key li");
        assertThat(key).hasSize(3);
        List<Choice> right = q.choices().stream().filter(Choice::correct).toList();
        for (int i = 0; i < right.size(); i++) {
            Choice c = right.get(i);
            assertThat(key.get(i).selectFirst("cite").text()).isEqualTo(source(c).title());
            assertThat(key.get(i).text()).contains(c.evidence().locator() + ": " + c.evidence().note());
        }
        assertThat(checked.select("fieldset.question input")).allSatisfy(i -> assertThat(i.hasAttr("disabled")).isTrue());
    }

    @Test
    void aWrongPassageScoresNothingAndSaysWhyAndThePlainChoiceCanBeTheKey() {
        Browser b = new Browser();
        String id = start(b, "scope", "objective:reading-sources", "length", "0", "mode", "practice");
        Question q = Key.question(PLAIN_KEY);
        int n = position(id, PLAIN_KEY);
        Choice comment = q.choice("a").orElseThrow();

        assertRedirect(answer(b, id, PLAIN_KEY, List.of("a")), url(id, n));

        QuestionResponse stored = Stored.response(id, n);
        assertThat(stored.correct).isFalse();
        assertThat(stored.points).isZero();
        Element feedback = page(b, url(id, n)).selectFirst(".feedback");
        assertFeedback(feedback, q, "Not right.");
        assertThat(feedback.text()).contains(comment.evidence().note().replaceAll("\\.$", "") + ": " + comment.feedback().strip());
        // the key is the choice of plain text: it shows as words, not as a passage
        Choice plain = q.choice("d").orElseThrow();
        assertThat(plain.evidence()).isNull();
        assertThat(feedback.select("ul.evidence.key li")).singleElement()
                .satisfies(li -> assertThat(li.text()).isEqualTo(plain.text()))
                .satisfies(li -> assertThat(li.select("cite")).isEmpty());
    }

    @Test
    void withPartialCreditOneOfTwoPassagesScoresHalfAndTheResultPageShowsThePicksAsPassages() {
        Browser b = new Browser();
        String id = start(b, "scope", "objective:membership", "length", "0", "mode", "practice", "partialCredit", "on");
        Question q = Key.question(TWO_KEYS);
        int n = position(id, TWO_KEYS);
        Choice picked = q.choice("d").orElseThrow();
        assertThat(picked.correct()).isTrue();
        assertThat(q.correctChoiceIds()).hasSize(2);

        assertRedirect(answer(b, id, TWO_KEYS, List.of("d")), url(id, n));

        QuestionResponse stored = Stored.response(id, n);
        assertThat(stored.correct).isFalse();
        assertThat(stored.fraction).isCloseTo(0.5, within(1e-9));
        assertThat(page(b, url(id, n)).selectFirst(".feedback strong").text()).isEqualTo("Partly right (50%).");

        Response submitted = b.post("/attempts/" + id + "/submit");
        Attempt a = Stored.attempt(id);
        assertRedirect(submitted, "/results/" + a.resultId);
        assertThat(a.score).isEqualTo(0.5 * q.points());
        Document result = page(b, "/results/" + a.resultId);
        Element section = result.select("section.card").get(n - 1);
        assertThat(section.selectFirst("h3").text()).isEqualTo(n + ". " + q.stem());
        Element yourAnswer = section.selectFirst("p");
        assertThat(section.text()).contains("Your answer: " + source(picked).title());
        assertThat(section.select("p").eachText()).anyMatch(p -> p.startsWith("Your answer: ")
                && p.contains(picked.evidence().locator() + ": " + picked.evidence().note()));
        assertThat(yourAnswer).isNotNull();
        assertFeedback(section.selectFirst(".feedback"), q, "Partly right (50%).");
    }

    @Test
    void theAttemptApiGivesThePassagesWithoutTheKeyAndTheKeyOnceAnswered() {
        Response r = given().contentType(ContentType.JSON)
                .body("{\"pack\": \"csto-armenia\", \"objective\": \"2020-vs-2022\", \"length\": 0, \"mode\": \"practice\"}")
                .post("/api/attempts");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        NoKeys.assertNoKeyFields(r.asString());
        JsonPath json = r.jsonPath();
        String attempt = json.getString("id");
        String bearer = "Bearer " + json.getString("token");
        Question q = Key.question("ev-asked-in-2022");
        int i = json.getList("questions.id").indexOf(q.id());
        assertThat(i).isNotNegative();
        assertThat(json.getString("questions[" + i + "].type")).isEqualTo(QuestionType.EVIDENCE_CHOICE.key());
        assertThat(json.getString("questions[" + i + "].claim")).isEqualTo(q.claim());
        List<String> shownIds = json.getList("questions[" + i + "].choices.id");
        assertThat(json.getMap("questions[" + i + "].choices[0]")).as("a choice stays {id, text}").containsOnlyKeys("id", "text");
        assertThat(json.getMap("questions[" + i + "].passages").keySet()).containsExactlyElementsOf(shownIds);
        assertThat(shownIds).containsExactlyInAnyOrderElementsOf(q.choices().stream().map(Choice::id).toList());
        for (int c = 0; c < shownIds.size(); c++) {
            Choice choice = q.choice(shownIds.get(c)).orElseThrow();
            String at = "questions[" + i + "].passages." + choice.id() + ".";
            assertThat(json.getString(at + "sourceId")).isEqualTo(choice.evidence().source());
            assertThat(json.getString(at + "title")).isEqualTo(source(choice).title());
            assertThat(json.getString(at + "kind")).isEqualTo(source(choice).kind().key());
            assertThat(json.getString(at + "locator")).isEqualTo(choice.evidence().locator());
            assertThat(json.getString(at + "note")).isEqualTo(choice.evidence().note());
        }

        Response stored = given().contentType(ContentType.JSON).header("Authorization", bearer)
                .body("{\"choices\": [\"a\", \"c\", \"e\"], \"seq\": 1}").put("/api/attempts/" + attempt + "/responses/" + q.id());

        assertThat(stored.statusCode()).as(stored.asString()).isEqualTo(200);
        assertThat(stored.jsonPath().getBoolean("feedback.correct")).isTrue();
        assertThat(stored.jsonPath().getList("feedback.key")).containsExactlyElementsOf(q.correctChoiceIds());
        assertThat(stored.jsonPath().getDouble("feedback.points")).isEqualTo(q.points());

        Question other = Key.question("ev-not-asked-2020");
        Response wrong = given().contentType(ContentType.JSON).header("Authorization", bearer)
                .body("{\"choices\": [\"a\", \"c\"], \"seq\": 2}").put("/api/attempts/" + attempt + "/responses/" + other.id());
        assertThat(wrong.statusCode()).as(wrong.asString()).isEqualTo(200);
        assertThat(wrong.jsonPath().getBoolean("feedback.correct")).isFalse();
        assertThat(wrong.jsonPath().getList("feedback.key")).containsExactly("c", "d");
    }
}

package org.sourced.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sourced.packs.Feedback;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.support.Browser;
import org.sourced.support.Csrf;
import org.sourced.support.Key;

/**
 * The quiz as pages, every path a student can take: start, answer, go back, change, flag, finish, submit;
 * practice feedback; a stale post, a double click, a double submit; resuming from the link alone; a late
 * answer; someone else's attempt; CSRF. Each test checks what was stored and what the page shows.
 */
@QuarkusTest
class AttemptPagesTest {

    static final Pattern QUESTION_URL = Pattern.compile("^/attempts/([A-Za-z0-9_-]{22})/questions/1$");

    @Inject
    AttemptService attempts;

    // ---- helpers -----------------------------------------------------------------------------------

    /** Starts an attempt from the pack page's form and returns its id. */
    static String start(Browser b, String... fields) {
        List<String> form = new ArrayList<>(List.of("pack", Key.PACK));
        form.addAll(List.of(fields));
        Response r = b.post("/attempts", form.toArray(String[]::new));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        Matcher m = QUESTION_URL.matcher(Browser.location(r));
        assertThat(m.matches()).as(Browser.location(r)).isTrue();
        return m.group(1);
    }

    static String exam(Browser b, String objective, int length) {
        return start(b, "scope", "objective:" + objective, "length", String.valueOf(length), "mode", "exam");
    }

    static String practice(Browser b, String objective, int length) {
        return start(b, "scope", "objective:" + objective, "length", String.valueOf(length), "mode", "practice");
    }

    static String url(String id, int n) {
        return "/attempts/" + id + "/questions/" + n;
    }

    static Document page(Browser b, String path) {
        Response r = b.get(path);
        assertThat(r.statusCode()).as("GET %s: %s", path, r.asString()).isEqualTo(200);
        return Jsoup.parse(r.asString());
    }

    static String seqOn(Document page) {
        return page.selectFirst("input[name=seq]").attr("value");
    }

    /** The form fields that give {@code answer} to question {@code qid}: choice ids, or ranks for ordering items. */
    static List<String> fields(String qid, List<String> answer) {
        List<String> fields = new ArrayList<>();
        if (Key.question(qid).type() == QuestionType.ORDERING) {
            for (int i = 0; i < answer.size(); i++) {
                fields.addAll(List.of("rank-" + answer.get(i), String.valueOf(i + 1)));
            }
        } else {
            answer.forEach(id -> fields.addAll(List.of("choice", id)));
        }
        return fields;
    }

    /** Loads question n, answers it with the seq its page carries, and returns the reply. */
    static Response answer(Browser b, String id, int n, List<String> answer, String action) {
        Document page = page(b, url(id, n));
        return post(b, id, n, seqOn(page), answer, action);
    }

    static Response post(Browser b, String id, int n, String seq, List<String> answer, String action) {
        String qid = Stored.response(id, n).questionId;
        List<String> form = new ArrayList<>(List.of("seq", seq, "action", action));
        form.addAll(fields(qid, answer));
        return b.post(url(id, n), form.toArray(String[]::new));
    }

    static void assertRedirect(Response r, String path) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        assertThat(Browser.location(r)).isEqualTo(path);
    }

    static String keyText(Question q) {
        List<String> texts = q.type() == QuestionType.ORDERING
                ? q.choices().stream().map(c -> Feedback.withoutFullStop(c.text())).toList()
                : q.choices().stream().filter(Choice::correct).map(c -> Feedback.withoutFullStop(c.text())).toList();
        if (q.type() == QuestionType.ORDERING) {
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                numbered.add((i + 1) + ". " + texts.get(i));
            }
            return "The right order: " + String.join("; ", numbered) + ".";
        }
        return "The answer: " + String.join("; ", texts) + ".";
    }

    /** No key, feedback or explanation on a page that shows question {@code q} unanswered or in an exam. */
    static void assertNoKeyShown(Document page, Question q) {
        assertThat(page.select(".feedback")).isEmpty();
        String text = page.text();
        assertThat(text).doesNotContain(q.explanation()).doesNotContain("The answer:").doesNotContain("The right order:");
        for (Choice c : q.choices()) {
            if (c.feedback() != null) {
                assertThat(text).doesNotContain(c.feedback());
            }
        }
        for (Evidence e : q.evidence()) {
            assertThat(text).doesNotContain(e.note());
        }
    }

    /** The feedback block shows right or wrong, the key, the explanation and every evidence item. */
    static void assertFeedback(Element feedback, Question q, String verdict) {
        assertThat(feedback).isNotNull();
        String text = feedback.text();
        assertThat(text).startsWith(verdict).contains(keyText(q)).contains(q.explanation());
        for (Evidence e : q.evidence()) {
            String title = Key.pack().manifest().source(e.source()).orElseThrow().title();
            assertThat(text).contains(title).contains(e.locator() + ": " + e.note());
        }
    }

    static List<String> pickedOn(Document page) {
        List<String> picked = new ArrayList<>();
        page.select("input[name=choice][checked]").forEach(i -> picked.add(i.attr("value")));
        return picked;
    }

    // ---- start ----------------------------------------------------------------------------------------

    @Test
    void startingFromTheFormStoresTheAttemptAndHandsOutTheLearnerCookie() {
        Browser b = new Browser();
        String id = start(b, "scope", "objective:timeline", "length", "4", "mode", "exam", "nickname", "Ani");

        String learner = b.cookie(Browser.LEARNER);
        assertThat(learner).matches("[A-Za-z0-9_-]{22}");
        Attempt a = Stored.attempt(id);
        assertThat(a.ownerKey).isEqualTo("anon:" + learner);
        assertThat(a.mode).isEqualTo(Attempt.EXAM);
        assertThat(a.selection).isEqualTo("objective:timeline");
        assertThat(a.nickname).isEqualTo("Ani");
        assertThat(a.deadline).isNull();
        assertThat(a.partialCredit).as("unchecked box").isFalse();
        assertThat(Stored.questionIds(id)).hasSize(4).allSatisfy(q -> assertThat(Key.question(q).objective()).isEqualTo("timeline"));

        Document q1 = page(b, url(id, 1));
        Question first = Key.question(Stored.response(id, 1).questionId);
        assertThat(q1.title()).isEqualTo("Question 1 of 4 · Sourced");
        assertThat(q1.selectFirst("legend").text()).isEqualTo(first.stem());
        assertThat(q1.selectFirst("p.meta").text()).isEqualTo(Key.pack().manifest().title() + " · Exam");
        assertNoKeyShown(q1, first);
    }

    @Test
    void aSetScopeDrawsOnlyTaggedQuestions() {
        Browser b = new Browser();
        String id = start(b, "scope", "set:2020-vs-2022", "length", "0", "mode", "practice");
        long tagged = Key.pack().questions().stream().filter(q -> q.tags().contains("2020-vs-2022")).count();
        assertThat(Stored.questionIds(id)).hasSize((int) tagged)
                .allSatisfy(q -> assertThat(Key.question(q).tags()).contains("2020-vs-2022"));
    }

    @Test
    void aStartTheAppCannotServeIsExplainedOnAPage() {
        Browser b = new Browser();
        Response r = b.post("/attempts", "pack", Key.PACK, "scope", "objective:<geography>", "mode", "exam");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.asString()).contains("Pack &#39;csto-armenia&#39; has no objective &#39;&lt;geography&gt;&#39;.")
                .doesNotContain("<geography>");
        assertThat(b.post("/attempts", "pack", Key.PACK, "timeLimitMinutes", "9999", "mode", "exam").statusCode()).isEqualTo(422);
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() {
        Browser b = new Browser();
        long before = Stored.attemptCount();
        Response noField = b.postWithoutCsrfField("/attempts", "pack", Key.PACK, "mode", "exam");
        assertThat(noField.statusCode()).isEqualTo(400);
        assertThat(noField.header("Location")).isNull();

        Browser other = new Browser();
        Response noCookie = other.request().contentType("application/x-www-form-urlencoded")
                .formParam("pack", Key.PACK).formParam(Csrf.NAME, b.csrf().field()).post("/attempts");
        assertThat(noCookie.statusCode()).isEqualTo(400);
        assertThat(Stored.attemptCount()).isEqualTo(before);

        String id = exam(b, "membership", 2);
        String qid = Stored.response(id, 1).questionId;
        Document q1 = page(b, url(id, 1));
        List<String> form = new ArrayList<>(List.of("seq", seqOn(q1), "action", "next"));
        form.addAll(fields(qid, Key.right(qid)));
        assertThat(b.postWithoutCsrfField(url(id, 1), form.toArray(String[]::new)).statusCode()).isEqualTo(400);
        assertThat(b.postWithoutCsrfField("/attempts/" + id + "/submit").statusCode()).isEqualTo(400);
        assertThat(Stored.response(id, 1).answer).isNull();
        assertThat(Stored.attempt(id).status).isEqualTo(Attempt.IN_PROGRESS);
    }

    // ---- an exam, start to result ------------------------------------------------------------------

    @Test
    void anExamWalkAnswerGoBackChangeFinishAndSubmit() {
        Browser b = new Browser();
        String id = exam(b, "membership", 3);
        List<String> ids = Stored.questionIds(id);
        Question q1 = Key.question(ids.get(0));
        Question q2 = Key.question(ids.get(1));
        Question q3 = Key.question(ids.get(2));

        // answer 1 wrongly, go on
        assertRedirect(answer(b, id, 1, Key.wrong(q1.id()), "next"), url(id, 2));
        assertThat(Stored.response(id, 1).answerIds()).isEqualTo(Key.wrong(q1.id()));
        assertThat(Stored.response(id, 1).correct).isFalse();
        Document afterFirst = page(b, url(id, 1));
        assertNoKeyShown(afterFirst, q1);

        // answer 2, go back
        assertRedirect(answer(b, id, 2, Key.right(q2.id()), "prev"), url(id, 1));
        Document back = page(b, url(id, 1));
        if (q1.type() != QuestionType.ORDERING) {
            assertThat(pickedOn(back)).containsExactlyInAnyOrderElementsOf(Key.wrong(q1.id()));
        }
        assertThat(back.selectFirst("nav[aria-label=Question map] p.meta").text()).isEqualTo("2 of 3 answered");

        // change 1 to the right answer, then finish
        assertRedirect(post(b, id, 1, seqOn(back), Key.right(q1.id()), "finish"), "/attempts/" + id + "/summary");
        assertThat(Stored.response(id, 1).answerIds()).isEqualTo(Key.right(q1.id()));
        assertThat(Stored.response(id, 1).correct).isTrue();
        assertThat(Stored.attempt(id).lastSeq).isEqualTo(3);

        Document summary = page(b, "/attempts/" + id + "/summary");
        assertThat(summary.selectFirst("h1").text()).isEqualTo("Review and submit");
        assertThat(summary.text()).contains("You answered 2 of 3 questions. Unanswered questions score nothing.");
        assertThat(summary.select("tbody tr")).extracting(Element::text)
                .containsExactly("Question 1 Answered", "Question 2 Answered", "Question 3 Not answered");

        Response submitted = b.post("/attempts/" + id + "/submit");
        Attempt a = Stored.attempt(id);
        assertRedirect(submitted, "/results/" + a.resultId);
        assertThat(a.status).isEqualTo(Attempt.SUBMITTED);
        double max = q1.points() + q2.points() + q3.points();
        double score = q1.points() + q2.points();
        assertThat(a.score).isEqualTo(score);
        assertThat(a.maxScore).isEqualTo(max);

        Document result = page(b, "/results/" + a.resultId);
        assertThat(result.selectFirst("h1").text()).isEqualTo("Your result: " + num(score) + " of " + num(max) + " ("
                + num(Math.round(1000.0 * score / max) / 10.0) + "%)");
        List<Element> sections = result.select("section.card");
        assertThat(sections).hasSize(3);
        assertThat(sections.get(0).selectFirst("h3").text()).isEqualTo("1. " + q1.stem());
        assertFeedback(sections.get(0).selectFirst(".feedback"), q1, "Right.");
        assertFeedback(sections.get(1).selectFirst(".feedback"), q2, "Right.");
        assertFeedback(sections.get(2).selectFirst(".feedback"), q3, "Not right.");
        assertThat(sections.get(2).text()).contains("Your answer: not answered");
        assertThat(result.selectFirst("form[action=/results/" + a.resultId + "/missed] button").text())
                .isEqualTo("Practise the 1 I missed");

        // once submitted, the question pages lead to the result and answers are refused
        assertRedirect(b.get(url(id, 3)), "/results/" + a.resultId);
        Response late = post(b, id, 3, "99", Key.right(q3.id()), "next");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(late.asString()).selectFirst("[role=alert]").text()).startsWith("This attempt was already submitted");
        assertThat(Stored.response(id, 3).answer).isNull();
    }

    @Test
    void theQuestionMapFlagsAndJumps() {
        Browser b = new Browser();
        String id = exam(b, "obligations", 4);

        Document q2 = page(b, url(id, 2));
        assertRedirect(post(b, id, 2, seqOn(q2), List.of(), "flag"), url(id, 2));
        assertThat(Stored.response(id, 2).flagged).isTrue();
        assertThat(Stored.response(id, 2).answer).as("flagging stores no answer").isNull();
        Document flagged = page(b, url(id, 2));
        assertThat(flagged.selectFirst("button[value=flag]").text()).isEqualTo("Unflag");
        assertThat(flagged.selectFirst("button[value=go-2]").attr("aria-label")).isEqualTo("Question 2, not answered, flagged");

        assertRedirect(post(b, id, 2, seqOn(flagged), List.of(), "go-4"), url(id, 4));
        assertThat(page(b, "/attempts/" + id + "/summary").select("tbody tr").get(1).text()).isEqualTo("Question 2 Not answered · flagged");
        assertThat(b.get(url(id, 5)).statusCode()).isEqualTo(404);
        assertThat(b.get(url(id, 0)).statusCode()).isEqualTo(404);
    }

    @Test
    void anOrderingItemIsAnsweredWithPositionNumbers() {
        Browser b = new Browser();
        String id = start(b, "scope", "objective:timeline", "length", "0", "mode", "practice");
        List<String> ids = Stored.questionIds(id);
        int n = 1;
        while (Key.question(ids.get(n - 1)).type() != QuestionType.ORDERING) {
            n++;
        }
        Question q = Key.question(ids.get(n - 1));
        Document page = page(b, url(id, n));
        List<String> shown = page.select("input[type=number]").stream().map(i -> i.attr("name").substring("rank-".length())).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(q.correctOrder()).isNotEqualTo(q.correctOrder());

        Response bad = b.post(url(id, n), "seq", seqOn(page), "action", "check", "rank-" + q.correctOrder().get(0), "1",
                "rank-" + q.correctOrder().get(1), "1");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(bad.asString()).selectFirst(".notice-error").text()).isEqualTo("Give every item a position, 1 to "
                + q.choices().size() + ".");
        assertThat(Stored.response(id, n).answer).isNull();

        assertRedirect(post(b, id, n, seqOn(page), q.correctOrder(), "check"), url(id, n));
        assertThat(Stored.response(id, n).answerIds()).isEqualTo(q.correctOrder());
        assertFeedback(page(b, url(id, n)).selectFirst(".feedback"), q, "Right.");
    }

    // ---- practice -----------------------------------------------------------------------------------

    @Test
    void practiceShowsTheKeyExplanationAndEvidenceOnlyOnceChecked() {
        Browser b = new Browser();
        String id = practice(b, "reading-sources", 3);
        List<String> ids = Stored.questionIds(id);
        Question q1 = Key.question(ids.get(0));
        Question q2 = Key.question(ids.get(1));

        Document before = page(b, url(id, 1));
        assertNoKeyShown(before, q1);
        assertThat(before.selectFirst("button[value=check]").text()).isEqualTo("Check my answer");

        assertRedirect(post(b, id, 1, seqOn(before), Key.right(q1.id()), "check"), url(id, 1));
        Document checked = page(b, url(id, 1));
        assertFeedback(checked.selectFirst(".feedback"), q1, "Right.");
        assertThat(checked.select("button[value=check]")).as("no second check").isEmpty();
        assertThat(checked.select("fieldset.question input")).allSatisfy(i -> assertThat(i.hasAttr("disabled")).isTrue());

        // a wrong answer shows what was wrong with the pick
        List<String> wrong = Key.wrong(q2.id());
        assertRedirect(answer(b, id, 2, wrong, "next"), url(id, 2));
        Document missed = page(b, url(id, 2));
        assertFeedback(missed.selectFirst(".feedback"), q2, "Not right.");
        Choice picked = q2.choice(wrong.get(0)).orElseThrow();
        if (q2.type() != QuestionType.ORDERING && picked.feedback() != null) {
            assertThat(missed.selectFirst(".feedback").text()).contains(Feedback.withoutFullStop(picked.text()) + ": " + picked.feedback());
        }
        assertThat(Stored.response(id, 2).correct).isFalse();

        // a checked practice answer stays as it was
        assertRedirect(post(b, id, 2, seqOn(missed), Key.right(q2.id()), "next"), url(id, 3));
        assertThat(Stored.response(id, 2).answerIds()).isEqualTo(wrong);

        // checking nothing is explained, and stores nothing
        Document q3 = page(b, url(id, 3));
        Response empty = post(b, id, 3, seqOn(q3), List.of(), "check");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(empty.asString()).selectFirst(".notice-error").text()).isEqualTo("Choose an answer before checking it.");
        assertThat(Stored.response(id, 3).answer).isNull();
    }

    @Test
    void anUnknownChoiceIsRefusedOnThePage() {
        Browser b = new Browser();
        String id = exam(b, "membership", 2);
        Question q = Key.question(Stored.response(id, 1).questionId);
        Document page = page(b, url(id, 1));
        String field = q.type() == QuestionType.ORDERING ? "rank-zzz" : "choice";
        Response r = b.post(url(id, 1), "seq", seqOn(page), "action", "next", field, "zzz");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(r.asString()).selectFirst(".notice-error").text()).contains("'zzz' is not");
        assertThat(Stored.response(id, 1).answer).isNull();
    }

    // ---- stale, double, late ------------------------------------------------------------------------

    @Test
    void aPostFromAnOlderPageIsRefusedAndShowsWhatIsStored() {
        Browser b = new Browser();
        String id = exam(b, "membership", 2);
        Question q = Key.question(Stored.response(id, 1).questionId);
        Document oldPage = page(b, url(id, 1));
        String oldSeq = seqOn(oldPage);

        assertRedirect(post(b, id, 1, oldSeq, Key.right(q.id()), "next"), url(id, 2));
        Response stale = post(b, id, 1, oldSeq, Key.wrong(q.id()), "next");

        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(stale.asString());
        assertThat(page.selectFirst(".notice-error").text()).contains("This answer came from an older page (sequence " + oldSeq
                + ", but " + oldSeq + " was already accepted)");
        if (q.type() != QuestionType.ORDERING) {
            assertThat(pickedOn(page)).as("the page shows the stored answer").containsExactlyInAnyOrderElementsOf(Key.right(q.id()));
        }
        assertThat(seqOn(page)).isEqualTo(String.valueOf(Long.parseLong(oldSeq) + 1));
        assertThat(Stored.response(id, 1).answerIds()).isEqualTo(Key.right(q.id()));
    }

    @Test
    void aDoubleClickedAnswerGoesOnAsIfPostedOnce() {
        Browser b = new Browser();
        String id = exam(b, "membership", 2);
        Question q = Key.question(Stored.response(id, 1).questionId);
        String seq = seqOn(page(b, url(id, 1)));

        assertRedirect(post(b, id, 1, seq, Key.right(q.id()), "next"), url(id, 2));
        assertRedirect(post(b, id, 1, seq, Key.right(q.id()), "next"), url(id, 2));

        assertThat(Stored.response(id, 1).answerIds()).isEqualTo(Key.right(q.id()));
        assertThat(Stored.attempt(id).lastSeq).isEqualTo(Long.parseLong(seq));
    }

    @Test
    void aDoubleSubmitLeadsToTheSameResult() {
        Browser b = new Browser();
        String id = exam(b, "timeline", 2);
        assertRedirect(answer(b, id, 1, Key.right(Stored.response(id, 1).questionId), "finish"), "/attempts/" + id + "/summary");

        Response first = b.post("/attempts/" + id + "/submit");
        Attempt once = Stored.attempt(id);
        Response second = b.post("/attempts/" + id + "/submit");

        assertRedirect(first, "/results/" + once.resultId);
        assertRedirect(second, "/results/" + once.resultId);
        Attempt twice = Stored.attempt(id);
        assertThat(twice.resultId).isEqualTo(once.resultId);
        assertThat(twice.submittedAt).isEqualTo(once.submittedAt);
        assertThat(twice.score).isEqualTo(once.score);
    }

    @Test
    void anAnswerPastTheDeadlineIsRefusedAndTheAttemptCanStillBeSubmitted() {
        Browser b = new Browser();
        String id = start(b, "scope", "objective:membership", "length", "2", "mode", "exam", "timeLimitMinutes", "1");
        List<String> ids = Stored.questionIds(id);
        Attempt started = Stored.attempt(id);
        assertThat(Duration.between(started.startedAt, started.deadline)).isEqualTo(Duration.ofMinutes(1));
        assertThat(page(b, url(id, 1)).selectFirst("p.meta").text()).contains("· due ");
        assertRedirect(answer(b, id, 1, Key.right(ids.get(0)), "next"), url(id, 2));
        String seq = seqOn(page(b, url(id, 2)));

        try (var later = Clocks.ahead(attempts, Duration.ofMinutes(2))) {
            Response late = post(b, id, 2, seq, Key.right(ids.get(1)), "next");
            assertThat(late.statusCode()).isEqualTo(409);
            Document page = Jsoup.parse(late.asString());
            assertThat(page.selectFirst(".notice-error").text()).startsWith("Time is up for this attempt");
            assertThat(page.selectFirst(".notice-warn").text()).startsWith("Time is up.");
            assertThat(page.select("button[value=next], button[value=finish]")).as("no more answering").isEmpty();
            assertThat(page.selectFirst("a.button[href=/attempts/" + id + "/summary]").text()).isEqualTo("Go to submit");
            assertThat(Stored.response(id, 2).answer).isNull();

            Response submitted = b.post("/attempts/" + id + "/submit");
            Attempt a = Stored.attempt(id);
            assertRedirect(submitted, "/results/" + a.resultId);
            assertThat(a.score).isEqualTo(Key.question(ids.get(0)).points());
        }
    }

    // ---- whose attempt ------------------------------------------------------------------------------

    @Test
    void theLinkAloneResumesAnAnonymousAttemptInAnotherBrowser() {
        Browser first = new Browser();
        String id = exam(first, "obligations", 3);
        List<String> ids = Stored.questionIds(id);
        assertRedirect(answer(first, id, 1, Key.right(ids.get(0)), "next"), url(id, 2));

        Browser cookieLost = new Browser();
        assertRedirect(cookieLost.get("/attempts/" + id), url(id, 2));
        Document q1 = page(cookieLost, url(id, 1));
        if (Key.question(ids.get(0)).type() != QuestionType.ORDERING) {
            assertThat(pickedOn(q1)).containsExactlyInAnyOrderElementsOf(Key.right(ids.get(0)));
        }
        assertThat(q1.selectFirst("nav[aria-label=Question map] p.meta").text()).isEqualTo("1 of 3 answered");
        assertRedirect(answer(cookieLost, id, 2, Key.right(ids.get(1)), "next"), url(id, 3));
        assertThat(Stored.response(id, 2).answerIds()).isEqualTo(Key.right(ids.get(1)));

        Response finish = answer(cookieLost, id, 3, Key.right(ids.get(2)), "next");
        assertRedirect(finish, "/attempts/" + id + "/summary");
        assertRedirect(cookieLost.get("/attempts/" + id), "/attempts/" + id + "/summary");
    }

    @Test
    void anAttemptOfAnAccountIsNotOpenedByAnotherBrowser() {
        AttemptService.Started theirs = attempts.start(new StartRequest(Key.PACK, "objective:membership", null, 2, Attempt.EXAM, null,
                null, null, null, null, null), Learner.account(4242L, "Ani"));
        String id = theirs.attempt().publicId;
        Browser b = new Browser();

        Response read = b.get(url(id, 1));
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(read.asString()).selectFirst("[role=alert]").text())
                .isEqualTo("This attempt belongs to another account: sign in as its owner to open it.");
        assertThat(read.asString()).doesNotContain(Key.question(theirs.questionIds().get(0)).stem());
        assertThat(b.post(url(id, 1), "seq", "1", "action", "next", "choice", "a").statusCode()).isEqualTo(403);
        assertThat(b.get("/attempts/" + id + "/summary").statusCode()).isEqualTo(403);
        assertThat(b.post("/attempts/" + id + "/submit").statusCode()).isEqualTo(403);
        assertThat(Stored.attempt(id).status).isEqualTo(Attempt.IN_PROGRESS);
        assertThat(Stored.response(id, 1).answer).isNull();
    }

    @Test
    void anUnknownAttemptIsNotFound() {
        Response r = new Browser().get(url("NoSuchAttemptAtAllXyz1", 1));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(r.asString()).selectFirst("main").text()).contains("There is no attempt at this address.");
        assertThat(new Browser().get("/results/NoSuchResultAtAllXyz12").statusCode()).isEqualTo(404);
    }

    // ---- results -------------------------------------------------------------------------------------

    @Test
    void practisingWhatWasMissedStartsOnTheMissedQuestions() {
        Browser b = new Browser();
        String id = exam(b, "2020-vs-2022", 3);
        List<String> ids = Stored.questionIds(id);
        assertRedirect(answer(b, id, 1, Key.right(ids.get(0)), "next"), url(id, 2));
        assertRedirect(answer(b, id, 2, Key.wrong(ids.get(1)), "finish"), "/attempts/" + id + "/summary");
        b.post("/attempts/" + id + "/submit");
        String resultId = Stored.attempt(id).resultId;

        Browser friend = new Browser();
        Document shared = page(friend, "/results/" + resultId);
        assertThat(shared.selectFirst("h1").text()).startsWith("Your result: ");
        assertThat(shared.select("section.card")).hasSize(3);

        Response again = b.post("/results/" + resultId + "/missed");
        assertThat(again.statusCode()).isEqualTo(303);
        Matcher m = QUESTION_URL.matcher(Browser.location(again));
        assertThat(m.matches()).isTrue();
        String next = m.group(1);
        assertThat(next).isNotEqualTo(id);
        assertThat(Stored.questionIds(next)).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
        Attempt a = Stored.attempt(next);
        assertThat(a.mode).isEqualTo(Attempt.PRACTICE);
        assertThat(a.selection).isEqualTo("list");
        assertThat(a.packVersionId).isEqualTo(Stored.attempt(id).packVersionId);
    }

    @Test
    void nothingToPractiseWhenNothingWasMissed() {
        Browser b = new Browser();
        String id = exam(b, "membership", 1);
        assertRedirect(answer(b, id, 1, Key.right(Stored.response(id, 1).questionId), "next"), "/attempts/" + id + "/summary");
        b.post("/attempts/" + id + "/submit");
        String resultId = Stored.attempt(id).resultId;

        Document result = page(b, "/results/" + resultId);
        assertThat(result.select("form[action$=/missed]")).isEmpty();
        Response r = b.post("/results/" + resultId + "/missed");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.asString()).contains("Nothing was missed in this attempt");
    }

    static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}

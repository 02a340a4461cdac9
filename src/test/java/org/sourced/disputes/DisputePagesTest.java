package org.sourced.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.disputes.DisputeTestSupport.PASSWORD;
import static org.sourced.disputes.DisputeTestSupport.person;
import static org.sourced.disputes.DisputeTestSupport.publishTinyAs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.disputes.DisputeTestSupport.Person;
import org.sourced.packs.Drafts;
import org.sourced.packs.PackCatalog;
import org.sourced.support.Browser;

/**
 * The dispute pages without JavaScript: an anonymous learner disputes a key from their result page and reads the
 * reply on their list; the author decides from the queue, previews and runs the regrade; anyone reads the errata.
 */
@QuarkusTest
class DisputePagesTest {

    static final String STEM = "In which city was the treaty signed?";

    @Inject
    AccountService accounts;
    @Inject
    Drafts drafts;
    @Inject
    PackCatalog catalog;

    record Learner(Browser browser, String resultId) {
    }

    /** An anonymous exam on the author's pack: signed-where answered {@code choice}, the rest left, then submitted. */
    static Learner examWith(String pack, String choice) {
        Browser b = new Browser();
        Response started = b.post("/attempts", "pack", pack, "mode", "exam", "length", "10");
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(303);
        String attempt = Browser.location(started).replaceFirst("^/attempts/([^/]+)/.*$", "$1");
        for (int n = 1; n <= 10; n++) {
            Response page = b.get("/attempts/" + attempt + "/questions/" + n);
            if (page.statusCode() != 200) {
                break;
            }
            if (page.asString().contains(STEM)) {
                Response answered = b.post("/attempts/" + attempt + "/questions/" + n, "choice", choice, "seq", field(page.asString(), "seq"),
                        "shown", "", "action", "next");
                assertThat(answered.statusCode()).as(answered.asString()).isEqualTo(303);
                break;
            }
        }
        Response submitted = b.post("/attempts/" + attempt + "/submit");
        assertThat(submitted.statusCode()).isEqualTo(303);
        return new Learner(b, Browser.location(submitted).replaceFirst("^/results/", ""));
    }

    static Browser signIn(Person p) {
        Browser b = new Browser();
        Response r = b.post("/login", "email", p.email(), "password", PASSWORD);
        assertThat(r.statusCode()).as("sign-in of " + p.email()).isEqualTo(303);
        return b;
    }

    @Test
    void aLearnerDisputesAKeyFromTheResultPageAndOnlyTheySeeIt() {
        Person author = person(accounts, Role.TEACHER);
        String pack = publishTinyAs(drafts, author);
        Learner ani = examWith(pack, "b");

        String result = ani.browser().get("/results/" + ani.resultId()).then().statusCode(200).extract().asString();
        String action = "/results/" + ani.resultId() + "/questions/signed-where/disputes";
        assertThat(result).contains("<summary>Dispute this key</summary>").contains("action=\"" + action + "\"")
                .contains("name=\"csrf-token\"").contains("<legend>Evidence for your reading (optional)</legend>")
                .contains("<option value=\"treaty\" lang=\"en\">Collective Security Treaty</option>")
                .contains("href=\"/me/disputes\"").doesNotContain("Regraded on");
        assertThat(result).containsPattern("<label class=\"field\" for=\"reason-\\d+\">What is wrong with the key</label>");

        // someone holding the shared link sees no form, and cannot file on Ani's attempt
        Browser stranger = new Browser();
        assertThat(stranger.get("/results/" + ani.resultId()).asString()).contains(STEM).doesNotContain("Dispute this key");
        Response forged = stranger.post(action, "reason", "Not mine to dispute");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.asString()).contains("Only the learner who made this attempt may dispute its keys.");

        // no CSRF field, no dispute
        assertThat(ani.browser().postWithoutCsrfField(action, "reason", "forged").statusCode()).isEqualTo(400);

        // a problem is said beside its field, and what was written stays
        Response blank = ani.browser().post(action, "reason", " ", "source", "treaty", "locator", "closing lines");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.asString()).contains("Say what is wrong with the key.").contains("aria-invalid=\"true\"")
                .contains("value=\"closing lines\"").contains("<option value=\"treaty\" selected>");
        Response badSource = ani.browser().post(action, "reason", "It was Moscow", "source", "nowhere");
        assertThat(badSource.statusCode()).isEqualTo(422);
        assertThat(badSource.asString()).contains("This pack has no source &#39;nowhere&#39;.").contains(">It was Moscow</textarea>");
        assertThat(ani.browser().get("/me/disputes").asString()).contains("You have not disputed a key yet.");

        Response filed = ani.browser().post(action, "reason", "The <b>closing</b> lines say Moscow", "source", "treaty", "locator",
                "closing lines");
        assertThat(filed.statusCode()).as(filed.asString()).isEqualTo(303);
        assertThat(Browser.location(filed)).isEqualTo("/me/disputes?notice=filed");
        String mine = ani.browser().get("/me/disputes?notice=filed").then().statusCode(200).extract().asString();
        assertThat(mine).contains("Your dispute was sent.").contains(STEM).contains("Open: waiting for the author")
                .contains("The &lt;b&gt;closing&lt;/b&gt; lines say Moscow").doesNotContain("<b>closing</b>")
                .contains("treaty, closing lines");

        // the standalone form (for a link to it) shows the question
        String form = ani.browser().get("/results/" + ani.resultId() + "/questions/signed-where/dispute").then().statusCode(200).extract()
                .asString();
        assertThat(form).contains(STEM).contains("action=\"" + action + "\"").contains("At most 2000 characters.");

        // another learner's list holds none of it
        Learner bo = examWith(pack, "a");
        assertThat(bo.browser().get("/me/disputes").asString()).contains("You have not disputed a key yet.").doesNotContain("closing");
    }

    @Test
    void theAuthorDecidesFromTheQueueRegradesAndTheErrataArePublic() {
        Person author = person(accounts, Role.TEACHER);
        String pack = publishTinyAs(drafts, author);
        Learner ani = examWith(pack, "b");
        Learner cy = examWith(pack, "a");
        String action = "/results/" + ani.resultId() + "/questions/signed-where/disputes";
        assertThat(ani.browser().post(action, "reason", "Moscow, surely").statusCode()).isEqualTo(303);
        assertThat(ani.browser().post(action, "reason", "Still Moscow").statusCode()).isEqualTo(303);

        // only the author (or the admin) opens the queue
        String queuePath = "/teach/packs/" + pack + "/disputes";
        assertThat(ani.browser().get(queuePath).statusCode()).isEqualTo(302);
        Browser other = signIn(person(accounts, Role.TEACHER));
        assertThat(other.get(queuePath).statusCode()).isEqualTo(403);
        Browser teacher = signIn(author);
        String queue = teacher.get(queuePath).then().statusCode(200).extract().asString();
        assertThat(queue).contains("Question signed-where").contains(STEM).contains("Open: 2. All: 2.").contains("The key now: a")
                .contains("Moscow, surely").contains("Still Moscow").contains("Choice ids: a b").contains("name=\"csrf-token\"");
        long first = disputeIdIn(queue, "Moscow, surely");
        long second = disputeIdIn(queue, "Still Moscow");
        assertThat(queue).contains("<legend>Decide dispute " + first + "</legend>");
        assertThat(teacher.get("/teach/packs/" + pack).asString()).contains("href=\"" + queuePath + "\"");

        // another teacher cannot decide
        assertThat(other.post("/teach/disputes/" + first + "/decision", "pack", pack, "decision", "reject", "reply", "no").statusCode())
                .isEqualTo(403);

        // a problem shows beside the field of that dispute's form, with what was written
        Response noReply = teacher.post("/teach/disputes/" + first + "/decision", "pack", pack, "decision", "correct", "reply", "", "key", "b");
        assertThat(noReply.statusCode()).isEqualTo(422);
        assertThat(noReply.asString()).contains("Write a reply for the student.").contains("id=\"d" + first + "-key\" name=\"key\" value=\"b\"")
                .contains("value=\"correct\" checked");
        Response badKey = teacher.post("/teach/disputes/" + first + "/decision", "pack", pack, "decision", "correct", "reply", "r", "key", "z");
        assertThat(badKey.statusCode()).isEqualTo(422);
        assertThat(badKey.asString()).contains("The key &#39;z&#39; is not made of this question&#39;s choices (a b).");
        int before = catalog.current(pack).orElseThrow().versionNo;
        assertThat(catalog.current(pack).orElseThrow().versionNo).isEqualTo(before);

        Response rejected = teacher.post("/teach/disputes/" + second + "/decision", "pack", pack, "decision", "reject", "reply",
                "Same as the other: see the erratum.");
        assertThat(Browser.location(rejected)).isEqualTo(queuePath + "?notice=rejected");
        Response corrected = teacher.post("/teach/disputes/" + first + "/decision", "pack", pack, "decision", "correct", "reply",
                "Granted, for this test: the key is b.", "key", "b", "summary", "The key of signed-where is now Moscow.");
        assertThat(Browser.location(corrected)).isEqualTo(queuePath + "?notice=erratum&n=1");
        String after = teacher.get(queuePath + "?notice=erratum&n=1").asString();
        assertThat(after).contains("Erratum #1 is published with a new version of the pack.").contains("Open: 0. All: 2.")
                .contains("The key now: b").contains("Show what would change").doesNotContain("<legend>Decide dispute");
        assertThat(catalog.current(pack).orElseThrow().versionNo).isEqualTo(before + 1);

        // the learner reads both decisions
        String mine = ani.browser().get("/me/disputes").asString();
        assertThat(mine).contains("Corrected in an erratum").contains("Granted, for this test: the key is b.")
                .contains("Rejected: the key stands").contains("href=\"/packs/" + pack + "/errata#e1\"");

        // the dry run changes nothing; the regrade does, once
        String preview = teacher.get("/teach/packs/" + pack + "/regrade?question=signed-where").then().statusCode(200).extract().asString();
        assertThat(preview).contains("What a regrade under erratum #1 would do")
                .contains("Attempts checked: 2. Attempts whose score changes: 2. Students: 2.").contains("0 → 1").contains("1 → 0")
                .contains("name=\"csrf-token\"");
        assertThat(ani.browser().get("/me/disputes").asString()).contains("None of your scores has been changed by a correction.");
        assertThat(other.get("/teach/packs/" + pack + "/regrade?question=signed-where").statusCode()).isEqualTo(403);
        assertThat(other.post("/teach/packs/" + pack + "/regrade", "question", "signed-where").statusCode()).isEqualTo(403);
        Response regraded = teacher.post("/teach/packs/" + pack + "/regrade", "question", "signed-where");
        assertThat(Browser.location(regraded)).isEqualTo(queuePath + "?notice=regraded&n=1&checked=2&attempts=2&students=2");
        assertThat(teacher.get(Browser.location(regraded)).asString())
                .contains("Regraded under erratum #1. Attempts checked: 2. Attempts whose score changes: 2. Students: 2.");
        assertThat(teacher.get("/teach/packs/" + pack + "/regrade?question=signed-where").asString())
                .contains("Attempts checked: 0.").contains("No attempt&#39;s score would change.").doesNotContain("Regrade now");
        assertThat(ani.browser().get("/me/disputes").asString()).containsPattern("Regraded on [^<]+ UTC: 0 → 1, erratum #1");
        assertThat(cy.browser().get("/me/disputes").asString()).containsPattern("Regraded on [^<]+ UTC: 1 → 0, erratum #1");
        // the result page says so too, above the new score, and anyone holding its link reads it
        assertThat(new Browser().get("/results/" + ani.resultId()).asString())
                .containsPattern("Regraded on [^<]+ UTC: 0 → 1, erratum #1 · <a href=\"/packs/" + pack + "/errata#e1\">Errata</a>");
        assertThat(cy.browser().get("/results/" + cy.resultId()).asString()).containsPattern("Regraded on [^<]+ UTC: 1 → 0, erratum #1");

        // the errata are public, linked from the pack page
        assertThat(new Browser().get("/packs/" + pack).asString()).contains("href=\"/packs/" + pack + "/errata\"");
        String errata = new Browser().get("/packs/" + pack + "/errata").then().statusCode(200).extract().asString();
        assertThat(errata).contains("Erratum #1: Correction").contains("The key of signed-where is now Moscow.")
                .contains("Granted, for this test: the key is b.").contains("Published in version " + (before + 1))
                .contains("Prompted by a reader&#39;s dispute").containsPattern("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT");
        assertThat(new Browser().get("/packs/no-such-pack/errata").statusCode()).isEqualTo(404);
    }

    @Test
    void aPracticeQuestionIsDisputedOnceItsAnswerIsChecked() {
        Person author = person(accounts, Role.TEACHER);
        String pack = publishTinyAs(drafts, author);
        Browser b = new Browser();
        String attempt = Browser.location(b.post("/attempts", "pack", pack, "mode", "practice", "length", "10"))
                .replaceFirst("^/attempts/([^/]+)/.*$", "$1");
        int n = 1;
        Response page = b.get("/attempts/" + attempt + "/questions/1");
        while (!page.asString().contains(STEM)) {
            page = b.get("/attempts/" + attempt + "/questions/" + ++n);
            assertThat(page.statusCode()).as("question " + n).isEqualTo(200);
        }
        String link = "/attempts/" + attempt + "/questions/signed-where/dispute";
        assertThat(page.asString()).doesNotContain(link);
        // before the check the key is not shown, so there is nothing to dispute yet
        assertThat(b.get(link).statusCode()).isEqualTo(409);

        Response checked = b.post("/attempts/" + attempt + "/questions/" + n, "choice", "b", "seq", field(page.asString(), "seq"), "shown", "",
                "action", "check");
        assertThat(checked.statusCode()).isEqualTo(303);
        String feedback = b.get("/attempts/" + attempt + "/questions/" + n).asString();
        assertThat(feedback).contains("href=\"" + link + "\">Dispute this key</a>");

        String form = b.get(link).then().statusCode(200).extract().asString();
        String action = "/attempts/" + attempt + "/questions/signed-where/disputes";
        assertThat(form).contains(STEM).contains("action=\"" + action + "\"").contains(">Back to question " + n + "</a>")
                .contains("name=\"csrf-token\"");
        Response tooLong = b.post(action, "reason", "x".repeat(2001));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.asString()).contains("The reason is longer than 2000 characters.");
        Response filed = b.post(action, "reason", "Moscow, by my reading", "locator", "closing lines");
        assertThat(Browser.location(filed)).isEqualTo("/me/disputes?notice=filed");
        assertThat(b.get("/me/disputes").asString()).contains("Moscow, by my reading").contains("Open: waiting for the author");
    }

    @Test
    void aPackWithNoErrataSaysSo() {
        String page = new Browser().get("/packs/csto-armenia/errata").then().statusCode(200).extract().asString();
        assertThat(page).contains("No errata: no question of this pack has been changed after publication.");
    }

    /** The id of the dispute with this reason: its decision form follows it. */
    private static long disputeIdIn(String queue, String reason) {
        int at = queue.indexOf(">" + reason + "<");
        assertThat(at).as("a dispute '" + reason + "' in the queue").isPositive();
        Matcher m = Pattern.compile("action=\"/teach/disputes/(\\d+)/decision\"").matcher(queue);
        assertThat(m.find(at)).as("a decision form after '" + reason + "'").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("a field " + name).isTrue();
        return m.group(1);
    }
}

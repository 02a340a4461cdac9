package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.sourced.accounts.Account;
import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;
import org.sourced.e2e.support.Teacher;
import org.sourced.packs.Drafts;
import org.sourced.support.PackFiles;

/**
 * A learner disputes a key from their result page; the pack's author corrects it from the queue and regrades; the
 * learner reads the decision on their list and the erratum on the pack's public errata page. Every page passes the
 * accessibility and HTML checks on arrival, with and without JavaScript.
 */
@QuarkusTest
class DisputeFlowTest {

    static final String STEM = "In which city was the treaty signed?";
    static final String REASON = "The closing lines of my copy name Moscow.";
    static final String REPLY = "Granted, for this test: the key is now Moscow.";
    static final String SUMMARY = "The key of signed-where is now Moscow.";

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void aDisputeFromTheResultPageEndsInAnErratum(JavaScript javaScript) {
        try (Browser learner = Browser.start(base, javaScript); Browser teacherBrowser = Browser.start(base, javaScript)) {
            Teacher teacher = Teacher.newAccount(teacherBrowser, "Tara Author");
            String pack = publishTinyAs(teacher);

            // the learner takes an exam on the pack, leaves it unanswered and submits
            learner.open("/packs/" + pack).choose("10").choose("Exam: answers and evidence at the end").press("Start");
            learner.finish().submit();
            assertThat(learner.path()).startsWith("/results/");

            WebElement question = learner.driver().findElement(By.xpath("//section[contains(@class,'card')][.//h3[contains(., "
                    + "'" + STEM + "')]]"));
            question.findElement(By.xpath(".//details[contains(@class, 'dispute-form')]/summary")).click();
            learner.field(question, "What is wrong with the key").sendKeys(REASON);
            new org.openqa.selenium.support.ui.Select(learner.field(question, "Source that supports you (optional)"))
                    .selectByVisibleText("Collective Security Treaty");
            learner.field(question, "Where in it (optional)").sendKeys("closing lines");
            learner.screenshot("dispute-form");
            learner.press("Send the dispute");

            assertThat(learner.path()).isEqualTo("/me/disputes?notice=filed");
            assertThat(learner.heading()).isEqualTo("Your disputes");
            assertThat(learner.text()).contains("Your dispute was sent.").contains(STEM).contains(REASON)
                    .contains("Open: waiting for the author").contains("treaty, closing lines");

            // the author finds it in the pack's queue and corrects the key
            teacher.signsIn();
            teacherBrowser.open("/teach/packs/" + pack).follow("Disputes");
            assertThat(teacherBrowser.heading()).isEqualTo("Disputes: A tiny pack");
            assertThat(teacherBrowser.text()).contains("Question signed-where").contains("Open: 1. All: 1.").contains(REASON)
                    .contains("The key now: a");
            WebElement form = teacherBrowser.driver().findElement(By.xpath("//form[contains(@action,'/decision')]"));
            String disputeId = form.getAttribute("action").replaceAll("^.*/disputes/(\\d+)/decision$", "$1");
            teacherBrowser.choose("Correct: the key or the points change")
                    .fill("Reply to the student (for a change, also the erratum's reason)", REPLY)
                    .fill("New key: choice ids separated by spaces (a correction)", "b")
                    .fill("What changed, in one sentence (empty: made from the change)", SUMMARY);
            teacherBrowser.screenshot("dispute-queue");
            teacherBrowser.press("Decide (" + disputeId + ")");
            assertThat(teacherBrowser.text()).contains("Erratum #1 is published with a new version of the pack.")
                    .contains("The key now: b").contains("Open: 0. All: 1.");

            // a dry run, then the regrade: the learner's one attempt is checked; unanswered, its score stays
            teacherBrowser.press("Show what would change (signed-where)");
            assertThat(teacherBrowser.heading()).isEqualTo("What a regrade under erratum #1 would do");
            assertThat(teacherBrowser.text()).contains("Attempts checked: 1. Attempts whose score changes: 0. Students: 0.");
            teacherBrowser.press("Regrade now");
            assertThat(teacherBrowser.text()).contains("Regraded under erratum #1. Attempts checked: 1.");

            // the learner reads the decision, and the erratum from the pack page
            learner.open("/me/disputes");
            assertThat(learner.text()).contains("Corrected in an erratum").contains(REPLY).contains("Erratum #1");
            learner.open("/packs/" + pack).follow("Errata");
            assertThat(learner.heading()).isEqualTo("Errata: A tiny pack");
            assertThat(learner.text()).contains("Erratum #1: Correction").contains(SUMMARY).contains(REPLY)
                    .contains("Published in version 2").contains("Prompted by a reader's dispute");
            learner.screenshot("errata");
        }
    }

    /** The tiny fixture pack under a fresh id, published by the teacher: they are its author. */
    static String publishTinyAs(Teacher teacher) {
        String packId = "e2e-tiny-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files = new LinkedHashMap<>(PackFiles.read(PackFiles.TINY));
        files.put("pack.yaml", files.get("pack.yaml").replaceFirst("(?m)^id: tiny$", "id: " + packId));
        Drafts drafts = Arc.container().instance(Drafts.class).get();
        long id = QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("email", teacher.email()).firstResult().id);
        drafts.save(files, id, false, "browser");
        drafts.publish(packId, id, false);
        return packId;
    }
}

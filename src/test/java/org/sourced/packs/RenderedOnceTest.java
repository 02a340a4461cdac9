package org.sourced.packs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.qute.RawString;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sourced.support.Csrf;
import org.sourced.support.Key;
import org.sourced.web.i18n.Messages;

/**
 * The pack page's fragments are rendered once and reused for every student: this proves that what one student did
 * (their CSRF token, a nickname, an answer) never reaches another's page through them, and that each UI
 * language gets its own.
 */
@QuarkusTest
class RenderedOnceTest {

    static final String PAGE = "/packs/" + Key.PACK;

    @Inject
    RenderedOnce rendered;

    @Test
    void aReusedFragmentCarriesNoStudentsTokenNicknameOrAnswer() {
        // student A: their own CSRF token, an attempt started from the pack page with a nickname, an answer checked
        Csrf a = Csrf.from(PAGE);
        String nickname = "Nick-" + Long.toHexString(System.nanoTime());
        Response started = given().cookie(Csrf.NAME, a.cookie()).redirects().follow(false).formParam(Csrf.NAME, a.field())
                .formParam("pack", Key.PACK).formParam("mode", "practice").formParam("length", "10").formParam("nickname", nickname)
                .post("/attempts");
        // the refusal's page says why
        assertThat(started.statusCode()).as("POST /attempts answered: %s", started.asString()).isEqualTo(303);
        String first = started.header("Location").replaceFirst("^https?://[^/]+", "");
        Map<String, String> cookies = Map.of(Csrf.NAME, a.cookie(), "sourced_learner", started.cookie("sourced_learner"));
        // the first question with choices: the draw is random, and an ordering question has ranks instead (a CI run
        // got a 422 "choose an answer first" when question 1 was one)
        String question = first;
        Document q = Jsoup.parse(given().cookies(cookies).get(question).asString());
        for (int n = 2; n <= 10 && q.select("input[name=choice]").isEmpty(); n++) {
            question = first.replaceFirst("/questions/1$", "/questions/" + n);
            q = Jsoup.parse(given().cookies(cookies).get(question).asString());
        }
        assertThat(q.select("input[name=choice]")).as("a question with choices among the 10 drawn").isNotEmpty();
        String choice = q.select("input[name=choice]").attr("value");
        String seq = q.select("input[name=seq]").attr("value");
        Response checked = given().cookies(cookies).redirects().follow(false).formParam(Csrf.NAME, a.field())
                .formParam("action", "check").formParam("seq", seq).formParam("choice", choice).post(question);
        assertThat(checked.statusCode()).isEqualTo(303);
        String answeredPage = given().cookies(cookies).get(question).asString();
        assertThat(answeredPage).contains("value=\"" + choice + "\" checked");

        // student B, after A: the page carries B's token in every form it posts (the quiz, the UI and pack language
        // switches), nothing of A's
        Csrf b = Csrf.from(PAGE);
        assertThat(b.cookie()).isNotEqualTo(a.cookie());
        String pageOfB = given().cookie(Csrf.NAME, b.cookie()).get(PAGE).asString();
        assertThat(pageOfB).doesNotContain(a.field()).doesNotContain(nickname);
        Document parsedB = Jsoup.parse(pageOfB);
        assertThat(parsedB.select("form[method=post]")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(form -> assertThat(form.select("input[name=" + Csrf.NAME + "]")).singleElement()
                        .satisfies(input -> assertThat(input.attr("value")).isEqualTo(b.field())));
        assertThat(parsedB.select("input[name=" + Csrf.NAME + "]")).hasSameSizeAs(parsedB.select("form[method=post]"));

        // and the stored fragments themselves hold no token, no nickname, no form field of a student's own
        assertThat(rendered.stored()).isNotEmpty();
        for (RawString fragment : rendered.stored()) {
            assertThat(fragment.getValue()).doesNotContain(Csrf.NAME).doesNotContain(a.field()).doesNotContain(b.field())
                    .doesNotContain(nickname).doesNotContain("name=\"choice\"");
        }
    }

    @Test
    void eachUiLanguageGetsItsOwnFragments() {
        String english = MessageBundles.get(Messages.class, Localized.Literal.of("en")).packWhat();
        String russian = MessageBundles.get(Messages.class, Localized.Literal.of("ru")).packWhat();
        assertThat(russian).isNotEqualTo(english);

        for (int round = 0; round < 2; round++) { // the second round reads what the first stored
            assertThat(legend(given().get(PAGE))).isEqualTo(english);
            assertThat(legend(given().queryParam("lang", "ru").get(PAGE))).isEqualTo(russian);
            assertThat(legend(given().cookie("sourced_lang", "ru").get(PAGE))).isEqualTo(russian);
            assertThat(legend(given().get(PAGE))).isEqualTo(english);
        }
    }

    private static String legend(Response page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.asString()).selectFirst("form[action=/attempts] legend").text();
    }
}

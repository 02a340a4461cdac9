package org.sourced.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.live.LiveTestSupport.answer;
import static org.sourced.live.LiveTestSupport.join;
import static org.sourced.live.LiveTestSupport.me;
import static org.sourced.live.LiveTestSupport.start;
import static org.sourced.live.LiveTestSupport.step;
import static org.sourced.live.LiveTestSupport.teacher;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.support.Key;

/** Issue 16 item 5 in a live session: several passages are one answer, scored as a multiple-answer item, shown on reveal. */
@QuarkusTest
class LiveEvidenceChoiceTest {

    @Inject
    AccountService accounts;
    @Inject
    LiveService live;

    @Test
    void playersPickSeveralPassagesAndTheRevealShowsTheKeysPassages() {
        LiveTestSupport.Teacher t = teacher(accounts);
        LiveTestSupport.Session s = start(t, Map.of("objective", "reading-sources", "length", 2, "speedPoints", false));
        // the session plays the two evidence-choice items of the objective, in this order
        QuarkusTransaction.requiringNew().run(() -> LiveSession.<LiveSession>findById(s.id()).questionIds = "ev-putin-quote ev-deliberate-letdown");
        LiveTestSupport.Player ani = join(s, "Ani");
        LiveTestSupport.Player boris = join(s, "Boris");

        step(t, s, "next");
        Question q = live.facts(s.id()).question(1);
        assertThat(q.id()).isEqualTo("ev-putin-quote");
        List<String> key = List.copyOf(q.correctChoiceIds());
        assertThat(key).hasSize(3);
        answer(ani, s, 1, key).then().statusCode(200);
        answer(boris, s, 1, List.of(key.get(0), "b")).then().statusCode(200);
        step(t, s, "close");
        step(t, s, "reveal");

        assertThat(me(ani, s).get("verdict").get("points").asDouble()).isEqualTo(q.points());
        assertThat(me(boris, s).get("verdict").get("points").asDouble()).isZero();
        String host = t.api().accept("text/html").get("/live/" + s.id() + "/host").then().statusCode(200).extract().asString();
        String shown = Jsoup.parse(host).text();
        for (Choice c : q.choices().stream().filter(Choice::correct).toList()) {
            assertThat(shown).contains(c.evidence().source() + ", " + c.evidence().locator() + ": " + c.evidence().note());
        }
        assertThat(shown).contains(q.explanation().strip().substring(0, 40));
    }
}

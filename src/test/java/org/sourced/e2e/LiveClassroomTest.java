package org.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.sourced.e2e.support.Browser;
import org.sourced.e2e.support.JavaScript;
import org.sourced.e2e.support.PackKey;
import org.sourced.e2e.support.Teacher;
import org.sourced.live.LiveService;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;

/**
 * A host and three players, one of them without JavaScript, play two questions with peer instruction: the phones
 * with JavaScript follow the host through server-sent events, the one without reloads itself. The host's vote
 * tables and every player's score are checked against what the players answered and the pack's own key.
 */
@QuarkusTest
class LiveClassroomTest {

    static final PackKey KEY = PackKey.of("csto-armenia");
    static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/")
    URL base;
    @Inject
    LiveService live;

    /** One player: their browser, nickname, and per question the second vote's rightness (the vote that counts). */
    record Player(Browser browser, String nickname, List<Boolean> first, List<Boolean> second) {
        int score(List<Question> asked) {
            int score = 0;
            for (int i = 0; i < asked.size(); i++) {
                score += second.get(i) ? asked.get(i).points() : 0;
            }
            return score;
        }
    }

    @Test
    void aHostAndThreePlayersPlayTwoQuestionsWithPeerInstruction() {
        List<Player> players = new ArrayList<>();
        try (Browser host = Browser.withJavaScript(base)) {
            Teacher.newAccount(host, "Lia Host").signsIn();
            host.follow("Live");
            assertThat(host.heading()).isEqualTo("Start a live session");
            host.select("Questions from", KEY.title() + ": the whole pack (" + KEY.pack().questions().size() + " questions)")
                    .fill("Number of questions", "2").fill("Seconds per question", "120");
            host.driver().findElement(By.id("speedPoints")).click(); // off: a score is then the points of the right answers
            host.choose("Peer instruction");
            host.press("Start the session");
            assertThat(host.heading()).isEqualTo("Join the game");
            String pin = read(host, b -> b.driver().findElement(By.id("live-pin")).getText());
            long id = Long.parseLong(host.path().split("/")[2]);
            host.screenshot("live-lobby");

            players.add(joins(pin, "Ani", JavaScript.ENABLED, List.of(false, true), List.of(true, true)));
            players.add(joins(pin, "Boris", JavaScript.ENABLED, List.of(true, false), List.of(true, false)));
            players.add(joins(pin, "Chen", JavaScript.DISABLED, List.of(false, false), List.of(false, true)));
            waitFor(host, b -> b.text().contains("Players (3)"));

            host.press("Start the first question");
            List<Question> asked = new ArrayList<>();
            for (int n = 1; n <= 2; n++) {
                Question q = live.facts(id).question(n);
                asked.add(q);
                String heading = "Question " + n + " of 2";
                waitFor(host, b -> b.text().contains(heading) && b.text().contains(q.stem()));
                host.screenshot("live-question-" + n);
                for (Player p : players) {
                    answers(p, q, p.first().get(n - 1));
                }
                waitFor(host, b -> b.text().contains("3 of 3 answered"));
                host.press("Close now");
                assertThat(votes(host, "First vote", q)).as("first vote, question %d", n).isEqualTo(expected(players, q, n, true));
                assertThat(host.text()).doesNotContain("(the key)");
                host.press("Open the second vote");
                for (Player p : players) {
                    answers(p, q, p.second().get(n - 1));
                }
                waitFor(host, b -> b.text().contains("3 of 3 answered"));
                host.press("Reveal the answer");
                assertThat(votes(host, "Votes", q)).as("second vote, question %d", n).isEqualTo(expected(players, q, n, false));
                assertThat(votes(host, "First vote", q)).isEqualTo(expected(players, q, n, true));
                assertThat(host.text()).contains(KEY.explanation(q));
                host.screenshot(n == 1 ? "live-reveal" : "live-leaderboard");
                List<List<String>> top = read(host, b -> b.table("Top five"));
                for (Player p : players) {
                    assertThat(top).anySatisfy(row -> assertThat(row.subList(1, 3)).containsExactly(p.nickname(),
                            String.valueOf(p.score(asked))));
                    String shown = waitFor(p.browser(), b -> b.text().contains("Your score:")).text();
                    assertThat(shown).contains("Your score: " + p.score(asked) + ",");
                }
                players.get(0).browser().resize(360, 800).checkFitsWidth();
                players.get(0).browser().screenshot("live-phone-" + n + "-360px");
                host.press(n == 1 ? "Next question" : "Finish the session");
            }
            assertThat(host.heading()).isEqualTo("The session is over");
            for (Player p : players) {
                String shown = waitFor(p.browser(), b -> b.text().contains("Your final score")).text();
                assertThat(shown).contains("Your final score: " + p.score(asked) + ",");
            }
        } finally {
            players.forEach(p -> p.browser().close());
        }
    }

    private Player joins(String pin, String nickname, JavaScript js, List<Boolean> first, List<Boolean> second) {
        Browser phone = Browser.start(base, js);
        phone.open("/play?pin=" + pin).fill("Nickname", nickname).press("Join");
        assertThat(phone.heading()).isEqualTo("You are in, " + nickname);
        return new Player(phone, nickname, first, second);
    }

    /** Waits for the question's form (pushed by an event, or found by the page's own reload), answers and sends it. */
    private static void answers(Player p, Question q, boolean right) {
        waitFor(p.browser(), b -> !b.driver().findElements(By.xpath("//button[normalize-space(.)='Send my answer']")).isEmpty());
        p.browser().answer(right ? KEY.rightAnswer(q) : KEY.wrongAnswer(q)).press("Send my answer");
        assertThat(p.browser().text()).contains("Your answer is in");
    }

    /** The host's table of votes: each choice someone picked (as shown) → how many did. */
    private static Map<String, Integer> votes(Browser host, String caption, Question q) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (List<String> row : read(host, b -> b.table(caption))) {
            int count = Integer.parseInt(row.get(1));
            if (count > 0) {
                out.put(row.get(0).replace(" (the key)", ""), count);
            }
        }
        return out;
    }

    /** What the table must say: each picked choice's label (as a table of counts words it) and how many players picked it in that vote. */
    private static Map<String, Integer> expected(List<Player> players, Question q, int n, boolean first) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Player p : players) {
            boolean right = (first ? p.first() : p.second()).get(n - 1);
            for (Choice c : KEY.picks(q, right)) {
                out.merge(KEY.tableLabel(c), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * Reads from the page, again if htmx swapped the part read in the meantime: a page asks for its panel once more
     * when its event stream opens, and the elements read then go stale.
     */
    private static <T> T read(Browser b, java.util.function.Function<Browser, T> what) {
        return new WebDriverWait(b.driver(), WAIT).ignoring(RuntimeException.class).until(d -> what.apply(b));
    }

    private static Browser waitFor(Browser b, Predicate<Browser> done) {
        new WebDriverWait(b.driver(), WAIT).ignoring(RuntimeException.class).until(d -> done.test(b));
        return b;
    }
}

package org.sourced.quiz;

import org.sourced.MovableClock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourced.support.Browser;
import org.sourced.support.Key;

/**
 * Issue 19, item 3 (finding 3, "anyone can fill the disk"): the limits on what a client without an account creates.
 * Each test sets small limits on the running app's {@link AttemptLimits} and puts the shipped ones back afterwards.
 */
@QuarkusTest
class AttemptLimitsTest {

    /** The request of the finding, sent 2,000 times in 8 s: no credentials, no cookie. */
    static final String DISK_FILL = "{\"pack\":\"csto-armenia\",\"mode\":\"practice\",\"length\":0}";

    @Inject
    AttemptLimits limits;
    @Inject
    AbandonedAttempts abandoned;

    final MovableClock clock = new MovableClock();

    @AfterEach
    void shippedLimits() {
        ClientProxy.unwrap(limits).reset(Clock.systemUTC());
    }

    private void limit(int perLearnerMinute, int perLearnerDay, int perAddressMinute, int perAddressDay, int maxOpen) {
        ClientProxy.unwrap(limits).reset(clock, perLearnerMinute, perLearnerDay, perAddressMinute, perAddressDay, maxOpen);
    }

    static long attemptRows() {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.count());
    }

    static long responseRows() {
        return QuarkusTransaction.requiringNew().call(() -> QuestionResponse.count());
    }

    /** The disk-fill script of the finding at a small scale: 40 posts against a limit of 5 a minute per address. */
    @Test
    void theDiskFillScriptIsRefusedAfterTheLimitAndTheDatabaseStopsGrowing() {
        limit(1000, 1000, 5, 1000, 1000);
        long attemptsBefore = attemptRows();
        long responsesBefore = responseRows();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Response refused = null;
        for (int i = 0; i < 40; i++) {
            Response r = given().contentType(ContentType.JSON).body(DISK_FILL).post("/api/attempts");
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 429) {
                refused = r;
            }
        }
        assertThat(statuses).isEqualTo(Map.of(201, 5, 429, 35));
        assertThat(refused.header("Retry-After")).isNotNull();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getString("message"))
                .isEqualTo("Too many new attempts from this browser or network. Try again in " + retryAfter + " seconds.");

        long attemptsAfter = attemptRows();
        assertThat(attemptsAfter - attemptsBefore).as("attempt rows made by 40 posts").isEqualTo(5);
        long responsesAfter = responseRows();
        // the 35 refused posts stored nothing: a further post leaves both tables as they are
        given().contentType(ContentType.JSON).body(DISK_FILL).post("/api/attempts").then().statusCode(429);
        assertThat(attemptRows()).isEqualTo(attemptsAfter);
        assertThat(responseRows()).isEqualTo(responsesAfter);
        assertThat(responsesAfter).isGreaterThan(responsesBefore);

        // a minute later the address may start again
        clock.advance(Duration.ofSeconds(61));
        given().contentType(ContentType.JSON).body(DISK_FILL).post("/api/attempts").then().statusCode(201);
    }

    @Test
    void theDayLimitHoldsAfterTheMinuteHasPassed() {
        limit(1000, 1000, 3, 5, 1000);
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(DISK_FILL).post("/api/attempts").then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body(DISK_FILL).post("/api/attempts").then().statusCode(429);
        clock.advance(Duration.ofSeconds(61));
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(DISK_FILL).post("/api/attempts").then().statusCode(201);
        }
        Response r = given().contentType(ContentType.JSON).body(DISK_FILL).post("/api/attempts");
        assertThat(r.statusCode()).isEqualTo(429);
        // the day's window opened with the first start, 61 s ago
        assertThat(Long.parseLong(r.header("Retry-After"))).isEqualTo(Duration.ofDays(1).minusSeconds(61).toSeconds());
    }

    @Test
    void aBrowserGetsThe429PageInItsLanguageWithRetryAfter() {
        limit(2, 1000, 1000, 1000, 1000);
        Browser b = new Browser();
        b.get("/packs/" + Key.PACK + "?lang=hy");
        AttemptPagesTest.start(b); // counted under the learner cookie this start hands out
        AttemptPagesTest.start(b);
        Response r = b.post("/attempts", "pack", Key.PACK);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.header("Retry-After")).isNotNull();
        String text = Jsoup.parse(r.asString()).text();
        assertThat(text).contains(org.sourced.web.i18n.UiText.sec(m -> m.errTooManyAttempts(Long.parseLong(r.header("Retry-After"))))
                .in("hy"));
        // another browser (another learner) on the same address is not held back by this one's limit
        AttemptPagesTest.start(new Browser());
    }

    @Test
    void aLearnerWithTooManyAttemptsInProgressMustFinishOneFirst() {
        limit(1000, 1000, 1000, 1000, 3);
        Browser b = new Browser();
        String first = AttemptPagesTest.start(b, "mode", "practice", "length", "1");
        AttemptPagesTest.start(b);
        AttemptPagesTest.start(b);
        Response refused = b.post("/attempts", "pack", Key.PACK);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(refused.asString()).text())
                .contains("You already have 3 quizzes in progress. Finish or submit one before starting another.");

        // submitting one makes room
        b.post("/attempts/" + first + "/submit");
        AttemptPagesTest.start(b);
    }

    @Test
    void theCleanupDeletesOldAbandonedAnonymousAttemptsAndNothingElse() {
        String old = given().contentType(ContentType.JSON).body(DISK_FILL).post("/api/attempts").jsonPath().getString("id");
        var submitted = AttemptApiTest.start(DISK_FILL);
        given().contentType(ContentType.JSON).header("Authorization", submitted.bearer()).post("/api/attempts/" + submitted.id() + "/submit").then().statusCode(200);
        String oldSignedIn = accountAttempt();
        QuarkusTransaction.requiringNew().run(() -> Attempt.update("startedAt = ?1 where publicId in ?2",
                Instant.now().minus(Duration.ofDays(8)), java.util.List.of(old, submitted.id(), oldSignedIn)));
        String recent = given().contentType(ContentType.JSON).body(DISK_FILL).post("/api/attempts").jsonPath().getString("id");

        int deleted = abandoned.deleteAbandoned();
        assertThat(deleted).isGreaterThanOrEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Attempt.byPublicId(old)).as("abandoned for 8 days").isEmpty();
            assertThat(Attempt.byPublicId(submitted.id())).as("submitted").isPresent();
            assertThat(Attempt.byPublicId(oldSignedIn)).as("an account's").isPresent();
            assertThat(Attempt.byPublicId(recent)).as("started today").isPresent();
            assertThat(QuestionResponse.count("attemptId not in (select a.id from Attempt a)")).as("orphaned responses").isZero();
        });
        // the deleted attempt's link now says so
        given().header("Authorization", "Bearer x").get("/api/attempts/" + old).then().statusCode(404);
    }

    private String accountAttempt() {
        AttemptService service = io.quarkus.arc.Arc.container().instance(AttemptService.class).get();
        StartRequest request = new StartRequest(Key.PACK, "all", null, 1, Attempt.PRACTICE, null, null, null, null, null, null);
        return QuarkusTransaction.requiringNew().call(() -> service.start(request, Learner.account(987_654L, "Someone")).attempt().publicId);
    }

}

package org.sourced.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sourced.quiz.Attempt;
import org.sourced.quiz.Learner;

/** Issue 12 item 2: readiness waits for a walk of the student pages, which leaves no attempt behind. */
@QuarkusTest
@TestProfile(WarmUpTest.On.class)
class WarmUpTest {

    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sourced.warmup.enabled", "true", "sourced.warmup.rounds", "2");
        }
    }

    @Inject
    WarmUp warmUp;

    @Test
    void readinessTurnsGreenAfterARehearsalThatErasesItsAttempts() throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (!warmUp.outcome().ready() && Instant.now().isBefore(until)) {
            int status = given().get("/q/health/ready").statusCode();
            // a green answer can only come once the walk is over (the outcome never goes back)
            assertThat(status == 503 || warmUp.outcome().ready()).as("ready (" + status + ") while warming up").isTrue();
            Thread.sleep(100);
        }
        WarmUp.Outcome outcome = warmUp.outcome();
        assertThat(outcome.state()).isEqualTo(WarmUp.State.DONE);
        // two walks, each taking the shipped pack's attempt (exam, then practice) through every question
        assertThat(outcome.attemptsTaken()).isGreaterThanOrEqualTo(2);
        assertThat(outcome.attemptsErased()).isEqualTo(outcome.attemptsTaken());
        assertThat(outcome.requests()).as("requests of the walk").isGreaterThan(100);
        String owner = Learner.anonymous(warmUp.browser).ownerKey();
        long left = QuarkusTransaction.requiringNew().call(() -> Attempt.count("ownerKey", owner));
        assertThat(left).as("rehearsal attempts left behind").isZero();
        long cards = QuarkusTransaction.requiringNew().call(() -> org.sourced.quiz.ReviewCard.count("ownerKey", owner));
        assertThat(cards).as("rehearsal review boxes left behind").isZero();

        String body = given().get("/q/health/ready").then().statusCode(200).body(containsString("warm-up")).extract().asString();
        JsonPath json = JsonPath.from(body);
        assertThat(json.getString("checks.find { it.name == 'warm-up' }.status")).isEqualTo("UP");
        assertThat(json.getString("checks.find { it.name == 'warm-up' }.data.state")).isEqualTo("done");
    }
}

package org.sourced.security;

import org.sourced.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.sourced.accounts.LoginThrottle;

/** The throttle's arithmetic on a clock the test moves: five free failures, then doubling waits up to a minute. */
class LoginThrottleTest {

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresAreFreeThenEachTryWaitsTwiceAsLongUpToAMinute() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitFor("a@example.org", "10.0.0.1")).isZero();
            throttle.failed("a@example.org", "10.0.0.1");
        }
        assertThat(throttle.waitFor("a@example.org", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        // from any address: the account is what is being guessed
        assertThat(throttle.waitFor("a@example.org", "10.9.9.9")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("b@example.org", "10.0.0.1")).isZero();

        long[] expected = {2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            clock.advance(throttle.waitFor("a@example.org", "10.0.0.1"));
            assertThat(throttle.waitFor("a@example.org", "10.0.0.1")).isZero();
            throttle.failed("a@example.org", "10.0.0.1");
            assertThat(throttle.waitFor("a@example.org", "10.0.0.1")).isEqualTo(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void theRightPasswordAfterTheWaitClearsTheAccount() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("a@example.org", "10.0.0.1");
        }
        assertThat(throttle.waitFor("a@example.org", "10.0.0.1")).isPositive();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("a@example.org", "10.0.0.1")).isZero();
        throttle.succeeded("a@example.org");
        throttle.failed("a@example.org", "10.0.0.1");
        assertThat(throttle.waitFor("a@example.org", "10.0.0.1")).isZero();
    }

    @Test
    void oneAddressSprayingManyAccountsIsSlowedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@example.org", "10.0.0.7");
        }
        assertThat(throttle.waitFor("fresh@example.org", "10.0.0.7")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("fresh@example.org", "10.0.0.8")).isZero();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a@example.org", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.waitFor("a@example.org", "10.0.0.1")).isZero();
        throttle.failed("a@example.org", "10.0.0.1");
        assertThat(throttle.waitFor("a@example.org", "10.0.0.1")).isZero();
    }
}

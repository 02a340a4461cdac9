package org.sourced.limits;

import org.sourced.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The device-cookie lockout and the quota under it, on a clock the test moves. */
class LoginLockoutTest {

    static final LoginLockout.Rules RULES = new LoginLockout.Rules(5, 10, 20, Duration.ofMinutes(15));

    final MovableClock clock = new MovableClock();
    final LoginLockout lockout = new LoginLockout(RULES, clock);

    @Test
    void fiveUntrustedFailuresLockUntrustedClientsButNotTheOwnersDevice() {
        for (int i = 0; i < 5; i++) {
            assertThat(lockout.waitFor("owner@example.org", null, "10.0.0.9")).isZero();
            lockout.failed("owner@example.org", null, "10.0.0.9");
        }
        assertThat(lockout.waitFor("owner@example.org", null, "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
        assertThat(lockout.waitFor("owner@example.org", null, "10.0.0.1")).as("from anywhere, without a device").isPositive();
        assertThat(lockout.waitFor("owner@example.org", "device-1", "10.0.0.9")).as("the owner's browser, same address").isZero();
        assertThat(lockout.waitFor("other@example.org", null, "10.0.0.1")).as("another account").isZero();
    }

    @Test
    void theLockoutEndsWithItsWindowHoweverOftenSomeoneTriesMeanwhile() {
        for (int i = 0; i < 5; i++) {
            lockout.failed("owner@example.org", null, "10.0.0.9");
        }
        for (int minute = 1; minute < 15; minute++) {
            clock.advance(Duration.ofMinutes(1));
            // a locked-out try is refused before any password check, so the caller never records it
            assertThat(lockout.waitFor("owner@example.org", null, "10.0.0.9")).isEqualTo(Duration.ofMinutes(15 - minute));
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(lockout.waitFor("owner@example.org", null, "10.0.0.9")).isZero();
    }

    @Test
    void aDeviceHasItsOwnBudgetAndASuccessEndsItsRun() {
        for (int i = 0; i < 9; i++) {
            lockout.failed("owner@example.org", "device-1", "10.0.0.9");
        }
        assertThat(lockout.waitFor("owner@example.org", "device-1", "10.0.0.9")).isZero();
        assertThat(lockout.waitFor("owner@example.org", null, "10.0.0.9")).as("a device's failures are not the untrusted budget")
                .isZero();
        lockout.succeeded("owner@example.org", "device-1");
        for (int i = 0; i < 9; i++) {
            lockout.failed("owner@example.org", "device-1", "10.0.0.9");
        }
        assertThat(lockout.waitFor("owner@example.org", "device-1", "10.0.0.9")).isZero();
        lockout.failed("owner@example.org", "device-1", "10.0.0.9");
        assertThat(lockout.waitFor("owner@example.org", "device-1", "10.0.0.9")).isPositive();
        assertThat(lockout.waitFor("owner@example.org", "device-2", "10.0.0.9")).as("another device of the owner").isZero();
    }

    @Test
    void anAddressSprayingManyAccountsIsHeldAfterItsBudget() {
        for (int i = 0; i < 20; i++) {
            lockout.failed("user" + i + "@example.org", null, "10.0.0.66");
        }
        assertThat(lockout.waitFor("fresh@example.org", null, "10.0.0.66")).isPositive();
        assertThat(lockout.waitFor("fresh@example.org", null, "10.0.0.67")).isZero();
        assertThat(lockout.waitFor("fresh@example.org", "device-9", "10.0.0.66")).as("a known browser there").isZero();
    }

    @Test
    void aQuotaForgetsExpiredKeysWhenItHasTooMany() {
        Quota quota = new Quota(1, Duration.ofMinutes(1), clock);
        for (int i = 0; i <= Quota.MAX_KEYS; i++) {
            quota.record("k" + i);
        }
        assertThat(quota.waitFor("k5")).as("past MAX_KEYS with none expired, the quota starts afresh").isZero();
        quota.record("a");
        assertThat(quota.waitFor("a")).isEqualTo(Duration.ofMinutes(1));
    }

}

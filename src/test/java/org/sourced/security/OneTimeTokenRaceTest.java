package org.sourced.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/**
 * Finding 2 of issue 19: eight acceptances of one invite sent at once made eight teachers. Twenty browsers now post
 * the same invite at the same moment, each with its own email and its own CSRF pair: exactly one account exists
 * afterwards, one browser got the 303 and every other the 404 that says the invite is used.
 */
@QuarkusTest
class OneTimeTokenRaceTest {

    @Inject
    AccountService accounts;

    @Test
    void twentySimultaneousAcceptancesOfOneInviteMakeOneAccount() throws Exception {
        Account admin = TestAccounts.account("security-admin@example.org", Role.ADMIN);
        String secret = QuarkusTransaction.requiringNew().call(() -> accounts.invite(Role.TEACHER, admin.id));
        String prefix = "race-" + UUID.randomUUID().toString().substring(0, 8);
        int n = 20;
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Browser b = new Browser();
            b.page("/invites/" + secret);
            browsers.add(b);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Browser b = browsers.get(i);
            String email = prefix + "-" + i + "@example.org";
            answers.add(pool.submit(() -> {
                go.await();
                return b.post("/invites/" + secret, Map.of("email", email, "name", "Racer", "password", TestAccounts.PASSWORD)).statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(statuses).as("one acceptance, nineteen refusals").containsOnlyOnce(303).filteredOn(s -> s != 303).containsOnly(404);
        long made = QuarkusTransaction.requiringNew().call(() -> Account.count("email like ?1", prefix + "-%"));
        assertThat(made).as("accounts made from one invite").isEqualTo(1);
    }
}

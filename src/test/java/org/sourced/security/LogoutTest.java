package org.sourced.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.sourced.accounts.Account;
import org.sourced.accounts.Role;
import org.sourced.accounts.Sessions;

/** Signing out ends the session on the server: a copy of the cookie is worth nothing afterwards. */
@QuarkusTest
class LogoutTest {

    @Inject
    Sessions sessions;

    @Test
    void theOldCookieIsAnonymousAfterLogout() throws InterruptedException {
        TestAccounts.account("logout@example.org", Role.TEACHER);
        Browser browser = new Browser();
        TestAccounts.signIn(browser, "logout@example.org");
        String stolen = browser.session();
        assertThat(Jsoup.parse(browser.page("/")).text()).contains("Sign out");
        assertThat(browser.get("/account/tokens").statusCode()).isEqualTo(200);

        Response logout = browser.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(browser.session()).as("the browser's cookie is expired").isNull();

        assertAnonymous(stolen);
        // still ended after the revocation list has been reloaded from the database
        Thread.sleep(2_500);
        assertAnonymous(stolen);
    }

    /**
     * The revocation list reloads every 2 s from the database. A reload that ran while a logout's transaction
     * was still open used to drop that logout's entry (the database did not show it yet), letting the old
     * cookie back in until the next reload.
     */
    @Test
    void aReloadDuringLogoutDoesNotBringTheSessionBack() throws InterruptedException {
        Account account = TestAccounts.account("logout-race@example.org", Role.TEACHER);
        String cookie = sessions.open(account);
        assertThat(sessions.check(cookie)).isPresent();
        QuarkusTransaction.begin();
        try {
            sessions.close(cookie);
            Thread.sleep(2_600); // at least one reload runs while this transaction is open
            assertThat(sessions.check(cookie)).as("ended while the logout commits").isEmpty();
        } finally {
            QuarkusTransaction.commit();
        }
        assertThat(sessions.check(cookie)).isEmpty();
    }

    private static void assertAnonymous(String sessionCookie) {
        Browser replay = new Browser();
        replay.cookies.put("sourced_session", sessionCookie);
        String home = replay.page("/");
        assertThat(Jsoup.parse(home).text()).doesNotContain("Sign out").contains("Sign in");
        Response teacherPage = replay.get("/account/tokens");
        assertThat(teacherPage.statusCode()).isEqualTo(302);
        assertThat(teacherPage.getHeader("Location")).contains("/login?next=");
    }
}

package org.sourced.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.sourced.accounts.Role;

/** The flags on every cookie the app sets: none readable by script, none sent along with cross-site posts. */
@QuarkusTest
class CookiesTest {

    @Test
    void sessionCookieIsHttpOnlyAndLaxAndSecureBehindHttps() {
        TestAccounts.account("cookies@example.org", Role.TEACHER);
        Browser plain = new Browser();
        String cookie = setCookie(TestAccounts.signIn(plain, "cookies@example.org"), "sourced_session");
        assertThat(cookie).contains("httponly", "samesite=lax", "path=/").doesNotContain("secure");

        // behind a TLS-terminating proxy: AccountPages.isHttps reads X-Forwarded-Proto
        Browser proxied = new Browser();
        proxied.page("/login");
        Response r = proxied.post("/login", Map.of("email", "cookies@example.org", "password", TestAccounts.PASSWORD),
                Map.of("X-Forwarded-Proto", "https"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(setCookie(r, "sourced_session")).contains("httponly", "samesite=lax", "secure");

        Response logout = proxied.post("/logout", Map.of(), Map.of("X-Forwarded-Proto", "https"));
        assertThat(setCookie(logout, "sourced_session")).contains("max-age=0", "httponly", "samesite=lax", "secure");
    }

    @Test
    void learnerCookieIsHttpOnlyAndLax() {
        Browser browser = new Browser();
        browser.page("/packs/csto-armenia");
        Response started = browser.post("/attempts", Map.of("pack", "csto-armenia", "length", "1"));
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(setCookie(started, "sourced_learner")).contains("httponly", "samesite=lax", "path=/").doesNotContain("secure");

        Browser proxied = new Browser();
        proxied.page("/packs/csto-armenia");
        Response overHttps = proxied.post("/attempts", Map.of("pack", "csto-armenia", "length", "1"), Map.of("X-Forwarded-Proto", "https"));
        assertThat(setCookie(overHttps, "sourced_learner")).contains("httponly", "samesite=lax", "secure");
    }

    @Test
    void csrfCookieIsHttpOnlyAndLax() {
        Response page = new Browser().get("/packs/csto-armenia");
        assertThat(setCookie(page, "csrf-token")).contains("httponly", "samesite=lax");
    }

    /** The attributes of the Set-Cookie header for {@code name}, in lower case: attribute names are case-insensitive (Vert.x writes "HTTPOnly"). */
    private static String setCookie(Response r, String name) {
        return r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .map(c -> c.substring(Math.max(0, c.indexOf(';'))).toLowerCase(java.util.Locale.ROOT)) // attributes only
                .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name + " in " + r.headers()));
    }
}

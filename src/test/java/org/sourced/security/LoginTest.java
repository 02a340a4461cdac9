package org.sourced.security;

import org.sourced.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sourced.accounts.Role;

/** The sign-in form: its Origin check, where it redirects to, and how it slows down password guessing. */
@QuarkusTest
class LoginTest {

    static final String EMAIL = "login@example.org";

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    @AfterEach
    void cleanThrottle() {
        TestAccounts.freshThrottle(Clock.systemUTC());
    }

    @BeforeEach
    void account() {
        TestAccounts.account(EMAIL, Role.TEACHER);
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndOpensNoSession() {
        for (String origin : List.of("https://evil.example", "null", base.getScheme() + "://" + base.getHost() + ":1")) {
            Browser browser = new Browser();
            browser.page("/login");
            Response r = browser.post("/login", Map.of("email", EMAIL, "password", TestAccounts.PASSWORD),
                    Map.of("Origin", origin));
            assertThat(r.statusCode()).as("Origin %s", origin).isEqualTo(403);
            assertThat(r.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("sourced_session="));
            assertThat(browser.session()).isNull();
        }
    }

    @Test
    void aPostFromThisSiteOrWithoutOriginSignsIn() {
        String self = base.getScheme() + "://" + base.getAuthority();
        Browser sameOrigin = new Browser();
        sameOrigin.page("/login");
        assertThat(sameOrigin.post("/login", Map.of("email", EMAIL, "password", TestAccounts.PASSWORD), Map.of("Origin", self))
                .statusCode()).isEqualTo(303);
        assertThat(sameOrigin.session()).isNotBlank();

        // older browsers and privacy tools send no Origin: the CSRF token still guards the form
        Browser noOrigin = new Browser();
        TestAccounts.signIn(noOrigin, EMAIL);

        // behind a proxy the browser's Origin is the public address the proxy forwards
        Browser proxied = new Browser();
        proxied.page("/login");
        Response r = proxied.post("/login", Map.of("email", EMAIL, "password", TestAccounts.PASSWORD),
                Map.of("Origin", "https://sourced.example", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "sourced.example"));
        assertThat(r.statusCode()).isEqualTo(303);
    }

    @Test
    void nextNeverLeavesTheSite() {
        List<String> hostile = List.of("//evil.example", "https://evil.example", "/\\evil.example", "\\\\evil.example",
                "/\t/evil.example", "/\n/evil.example", " //evil.example", "http:evil.example", "javascript:alert(1)",
                "//evil.example/%2F..", "/%09/evil.example", "\u3000//evil.example", "/\u3000/evil.example", "evil.example");
        for (String next : hostile) {
            Browser browser = new Browser();
            Response formPage = browser.query("/login", Map.of("next", next));
            assertThat(formPage.statusCode()).isEqualTo(200);
            String form = formPage.asString();
            String hidden = Jsoup.parse(form).selectFirst("input[name=next]").attr("value");
            assertThat(staysOnSite(hidden)).as("hidden next for %s is %s", next, hidden).isTrue();

            Response r = browser.post("/login", Map.of("email", EMAIL, "password", TestAccounts.PASSWORD, "next", next));
            assertThat(r.statusCode()).as("next=%s", next).isEqualTo(303);
            String location = r.getHeader("Location");
            assertThat(staysOnSite(location)).as("next=%s redirected to %s", next, location).isTrue();
        }
        Browser browser = new Browser();
        browser.page("/login");
        Response r = browser.post("/login", Map.of("email", EMAIL, "password", TestAccounts.PASSWORD, "next", "/me/progress?x=1"));
        assertThat(URI.create(r.getHeader("Location")).getPath()).isEqualTo("/me/progress");
    }

    /**
     * A browser without the account's device cookie: after five wrong passwords (from anyone without it) even the right
     * one waits, with Retry-After; tries during the lockout are not counted, so they do not stretch it; it ends when the
     * window that opened with the first failure closes, and the right password then works.
     */
    @Test
    void afterFiveWrongPasswordsAnUnknownBrowserWaitsForTheWindowThenSignsIn() {
        MovableClock clock = new MovableClock();
        TestAccounts.freshThrottle(clock);
        Browser browser = new Browser();
        browser.page("/login");
        for (int i = 1; i <= 5; i++) {
            Response wrong = browser.post("/login", Map.of("email", EMAIL, "password", "wrong password " + i));
            assertThat(wrong.statusCode()).as("wrong password %d", i).isEqualTo(401);
            assertThat(wrong.asString()).contains("That email and password do not match an account.");
        }
        Response right = browser.post("/login", Map.of("email", EMAIL, "password", TestAccounts.PASSWORD));
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.header("Retry-After")).isEqualTo(String.valueOf(Duration.ofMinutes(15).toSeconds()));
        assertThat(Jsoup.parse(right.asString()).text()).contains("Too many failed sign-ins: wait");
        assertThat(browser.session()).isNull();

        // the same answer for an account that does not exist: the form does not tell which emails have accounts
        Response unknown = browser.post("/login", Map.of("email", "nobody@example.org", "password", "wrong password"));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.asString()).contains("That email and password do not match an account.");

        // a guess a minute during the lockout does not restart it (finding 4 of issue 19)
        for (int minute = 1; minute <= 14; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(browser.post("/login", Map.of("email", EMAIL, "password", "guess " + minute)).statusCode()).isEqualTo(429);
        }
        clock.advance(Duration.ofSeconds(61));
        TestAccounts.signIn(browser, EMAIL);
    }

    /**
     * Issue 19, finding 4 ("the real user locked out"): an attacker's wrong passwords lock out browsers without the
     * account's device cookie, never the owner's browser, which signed in before and holds one.
     */
    @Test
    void theOwnersBrowserSignsInAtOnceWhileAnAttackerIsThrottled() {
        Browser owner = new Browser();
        TestAccounts.signIn(owner, EMAIL);
        String device = owner.cookies.get("sourced_device");
        assertThat(device).as("a device cookie after signing in").isNotBlank();
        owner.post("/logout", Map.of());
        assertThat(owner.session()).isNull();
        assertThat(owner.cookies).containsKey("sourced_device"); // signing out keeps it

        Browser attacker = new Browser();
        attacker.page("/login");
        for (int i = 1; i <= 8; i++) {
            attacker.post("/login", Map.of("email", EMAIL, "password", "guess " + i));
        }
        assertThat(attacker.post("/login", Map.of("email", EMAIL, "password", TestAccounts.PASSWORD)).statusCode())
                .as("the attacker's browser, even with the right password").isEqualTo(429);

        // an unknown browser is throttled too, right password or not
        Browser stranger = new Browser();
        stranger.page("/login");
        assertThat(stranger.post("/login", Map.of("email", EMAIL, "password", TestAccounts.PASSWORD)).statusCode()).isEqualTo(429);
        assertThat(stranger.session()).isNull();

        // the owner's browser signs in at once
        TestAccounts.signIn(owner, EMAIL);

        // a device cookie names its account: for another account it is an unknown browser's
        Browser borrowed = new Browser();
        borrowed.cookies.put("sourced_device", device);
        borrowed.page("/login");
        Response other = borrowed.post("/login", Map.of("email", "login-other@example.org", "password", "guess"));
        assertThat(other.statusCode()).isEqualTo(401);
        // a forged cookie is an unknown browser's
        Browser forged = new Browser();
        forged.cookies.put("sourced_device", device.substring(0, device.length() - 2) + "xx");
        forged.page("/login");
        assertThat(forged.post("/login", Map.of("email", EMAIL, "password", TestAccounts.PASSWORD)).statusCode()).isEqualTo(429);
    }

    /** The same for HTTP Basic: an owner whose client kept the device cookie gets in; one without it gets 401. */
    @Test
    void basicAuthenticationKeepsTheDeviceBudgetToo() {
        String right = "Basic " + java.util.Base64.getEncoder().encodeToString((EMAIL + ":" + TestAccounts.PASSWORD).getBytes());
        Response first = io.restassured.RestAssured.given().header("Authorization", right).queryParam("format", "gift").get("/api/packs/csto-armenia/export");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
        String device = first.getCookie("sourced_device");
        assertThat(device).as("Basic hands out a device cookie too").isNotBlank();

        for (int i = 1; i <= 8; i++) {
            String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString((EMAIL + ":guess " + i).getBytes());
            assertThat(io.restassured.RestAssured.given().header("Authorization", wrong).queryParam("format", "gift").get("/api/packs/csto-armenia/export").statusCode()).isEqualTo(401);
        }
        assertThat(io.restassured.RestAssured.given().header("Authorization", right).queryParam("format", "gift").get("/api/packs/csto-armenia/export").statusCode())
                .as("the right password from a client without the device cookie").isEqualTo(401);
        Response owner = io.restassured.RestAssured.given().header("Authorization", right).cookie("sourced_device", device)
                .queryParam("format", "gift").get("/api/packs/csto-armenia/export");
        assertThat(owner.statusCode()).as("the owner's client with its device cookie").isEqualTo(200);
    }

    private boolean staysOnSite(String location) {
        if (location == null || location.startsWith("//") || location.contains("\\")) {
            return false;
        }
        URI resolved = base.resolve(location);
        return resolved.getHost() != null && resolved.getHost().equals(base.getHost()) && resolved.getPort() == base.getPort()
                && resolved.getScheme().equals(base.getScheme());
    }
}

package org.sourced.security;

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

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsThenWorks() {
        TestAccounts.MutableClock clock = new TestAccounts.MutableClock();
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
        assertThat(Jsoup.parse(right.asString()).text()).contains("Too many failed sign-ins: wait");
        assertThat(browser.session()).isNull();

        // the same answer for an account that does not exist: the form does not tell which emails have accounts
        Response unknown = browser.post("/login", Map.of("email", "nobody@example.org", "password", "wrong password"));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.asString()).contains("That email and password do not match an account.");

        clock.advance(Duration.ofSeconds(61));
        TestAccounts.signIn(browser, EMAIL);
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

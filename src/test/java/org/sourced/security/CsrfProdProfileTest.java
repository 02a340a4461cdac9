package org.sourced.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.sourced.quiz.Attempt;

/**
 * CSRF as it is shipped: the prod profile, with only what a test cannot do without changed (the database is
 * in memory and the data dir under target/). Every form post needs the token from this browser's own
 * cookie; without it nothing is stored.
 */
@QuarkusTest
@TestProfile(CsrfProdProfileTest.ProdLike.class)
class CsrfProdProfileTest {

    /** The one extra profile of the security tests (each profile starts the app again). */
    public static class ProdLike implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // the test database of this run: in-memory H2, or CI's PostgreSQL pass (SOURCED_TEST_DB_URL)
            String url = System.getenv().getOrDefault("SOURCED_TEST_DB_URL", "jdbc:h2:mem:sourced-prod-like;DB_CLOSE_DELAY=-1");
            return Map.of("quarkus.datasource.jdbc.url", url,
                    "quarkus.flyway.clean-at-start", "true",
                    "quarkus.flyway.clean-disabled", "false",
                    "sourced.data-dir", "target/prod-like-data",
                    "quarkus.http.test-port", "0");
        }
    }

    static final Map<String, String> START = Map.of("pack", "csto-armenia", "length", "1", "mode", "practice");

    @Test
    void runsInTheProdProfile() {
        assertThat(ConfigUtils.getProfiles()).contains("prod").doesNotContain("test");
    }

    @Test
    void aFormPostNeedsTheTokenOfThisBrowsersCookie() {
        long before = attempts();

        Response noTokenNoCookie = given().redirects().follow(false).contentType(Browser.FORM).formParams(START).post("/attempts");
        assertThat(noTokenNoCookie.statusCode()).isEqualTo(400);

        Browser victim = new Browser();
        victim.page("/packs/csto-armenia");
        Response cookieButNoToken = given().redirects().follow(false).cookies(victim.cookies).contentType(Browser.FORM)
                .formParams(START).post("/attempts");
        assertThat(cookieButNoToken.statusCode()).isEqualTo(400);

        Browser attacker = new Browser();
        attacker.page("/packs/csto-armenia");
        assertThat(attacker.csrf).isNotEqualTo(victim.csrf);
        Map<String, String> forged = new java.util.HashMap<>(START);
        forged.put(Browser.CSRF_FIELD, attacker.csrf);
        assertThat(victim.post("/attempts", forged).statusCode()).as("another browser's token").isEqualTo(400);

        Map<String, String> garbage = new java.util.HashMap<>(START);
        garbage.put(Browser.CSRF_FIELD, "not-a-token");
        assertThat(victim.post("/attempts", garbage).statusCode()).isEqualTo(400);

        // the way around a form-only check, a cross-site <form enctype="text/plain">, finds no route that takes it
        Response textPlain = given().redirects().follow(false).cookies(victim.cookies).contentType("text/plain")
                .body("pack=csto-armenia&length=1").post("/attempts");
        assertThat(textPlain.statusCode()).isEqualTo(415);

        assertThat(attempts()).as("nothing stored by refused posts").isEqualTo(before);

        Response right = victim.post("/attempts", START);
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(attempts()).isEqualTo(before + 1);
    }

    @Test
    void signInAndSignOutNeedTheTokenToo() {
        Response login = given().redirects().follow(false).contentType(Browser.FORM)
                .formParams(Map.of("email", "someone@example.org", "password", "whatever password")).post("/login");
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("sourced_session="));
        Response logout = given().redirects().follow(false).contentType(Browser.FORM).cookie("sourced_session", "x.y")
                .post("/logout");
        assertThat(logout.statusCode()).isEqualTo(400);
    }

    private static long attempts() {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.count());
    }
}

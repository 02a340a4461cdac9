package org.sourced.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Every kind of response carries the same security headers: pages, JSON, static files, webjars, health, the
 * API description, and errors from every layer (the router's 404, a resource's 404, the CSRF filter's 400,
 * a resource's 400 and 403, a 405).
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesJsonStaticFilesAndErrorsAllCarryTheHeaders() {
        Browser browser = new Browser();
        browser.page("/packs/csto-armenia");
        Map<String, Response> responses = new java.util.LinkedHashMap<>();
        responses.put("home page", browser.get("/"));
        responses.put("pack page", browser.get("/packs/csto-armenia"));
        responses.put("JSON list", browser.get("/api/packs"));
        responses.put("static CSS", browser.get("/css/app.css"));
        responses.put("static JS", browser.get("/js/app.js"));
        responses.put("webjar", browser.get("/webjars/htmx.org/2.0.8/dist/htmx.min.js"));
        responses.put("health", browser.get("/q/health"));
        responses.put("OpenAPI", browser.get("/q/openapi"));
        responses.put("404 without a route", browser.get("/no/such/page"));
        responses.put("404 from a resource", browser.get("/packs/no-such-pack"));
        responses.put("404 JSON", browser.get("/api/packs/no-such-pack"));
        responses.put("400 from the CSRF filter", given().redirects().follow(false).contentType(Browser.FORM)
                .formParam("pack", "csto-armenia").post("/attempts"));
        responses.put("400 from a resource", browser.post("/attempts", Map.of("scope", "all")));
        responses.put("403 from the Origin check", browser.post("/login",
                Map.of("email", "x@example.org", "password", "wrong password"), Map.of("Origin", "https://evil.example")));
        responses.put("405", given().redirects().follow(false).delete("/"));
        responses.put("401 JSON", given().redirects().follow(false).get("/api/attempts/nope"));

        assertThat(responses.get("home page").statusCode()).isEqualTo(200);
        assertThat(responses.get("static CSS").statusCode()).isEqualTo(200);
        assertThat(responses.get("webjar").statusCode()).isEqualTo(200);
        assertThat(responses.get("404 without a route").statusCode()).isEqualTo(404);
        assertThat(responses.get("400 from the CSRF filter").statusCode()).isEqualTo(400);
        assertThat(responses.get("400 from a resource").statusCode()).isEqualTo(400);
        assertThat(responses.get("403 from the Origin check").statusCode()).isEqualTo(403);

        responses.forEach((what, r) -> {
            List<String> csp = r.headers().getValues("Content-Security-Policy");
            assertThat(csp).as("%s (%d): one CSP header", what, r.statusCode()).hasSize(1);
            assertThat(csp.get(0)).as("%s: CSP", what)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                            "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(r.header("X-Content-Type-Options")).as("%s: nosniff", what).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as("%s: Referrer-Policy", what).isIn("same-origin", "no-referrer",
                    "strict-origin-when-cross-origin");
            assertThat(r.header("X-Frame-Options")).as("%s: X-Frame-Options", what).isEqualTo("DENY");
        });
    }

    /**
     * A signed-in viewer's 404 (no route) and 403 (role check) come before the CSRF filter, yet the layout prints
     * the sign-out form with its token: the wapiti scan found each of them answered with a server error.
     */
    @Test
    void errorsOfSignedInViewersArePagesWithTheHeadersToo() {
        TestAccounts.account("headers@example.org", org.sourced.accounts.Role.TEACHER);
        Browser teacher = new Browser();
        TestAccounts.signIn(teacher, "headers@example.org");
        Response notFound = teacher.get("/no/such/page.html");
        assertThat(notFound.statusCode()).isEqualTo(404);
        Response forbidden = teacher.get("/admin/accounts");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        for (Response r : List.of(notFound, forbidden)) {
            assertThat(r.contentType()).startsWith("text/html");
            assertThat(r.asString()).contains("Sign out");
            assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void pagesDeclareTheirCharsetAndJsonIsJson() {
        Response page = given().get("/");
        assertThat(page.contentType()).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        Response json = given().get("/api/packs");
        assertThat(json.contentType()).startsWith("application/json");
    }
}

package org.sourced.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sourced.accounts.Account;
import org.sourced.accounts.Role;
import org.sourced.classes.Classroom;

/**
 * Finding 1 of issue 19: a signed-in post with no Content-Type and no CSRF token was accepted on every page route
 * (join code rotated, account disabled, draft discarded, signed out). The routes come from the app's own REST
 * metadata (its OpenAPI document, which lists every resource method), so a route added later is covered without
 * touching this test. Each gets a session cookie, no token and no Content-Type, with an empty body and with
 * {@code x=1}; the answer must be the CSRF 400 page (in the reader's language: finding 5) and nothing may change.
 */
@QuarkusTest
class CsrfEveryRouteTest {

    static final Set<String> UNSAFE = Set.of("post", "put", "delete", "patch");
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    Browser admin;
    long classId;
    String joinCode;
    long victimId;
    String draft;

    @BeforeEach
    void signedInAdminWithAClassADraftAndAnotherAccount() {
        TestAccounts.account("security-admin@example.org", Role.ADMIN);
        admin = new Browser();
        TestAccounts.signIn(admin, "security-admin@example.org");
        victimId = TestAccounts.account("csrf-victim-" + UUID.randomUUID() + "@example.org", Role.TEACHER).id;
        admin.page("/classes");
        assertThat(admin.post("/classes", Map.of("name", "CSRF class")).statusCode()).isEqualTo(303);
        Classroom c = QuarkusTransaction.requiringNew().call(() -> Classroom.<Classroom>find("name = ?1 order by id desc", "CSRF class").firstResult());
        classId = c.id;
        joinCode = c.joinCode;
        draft = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        admin.page("/teach");
        assertThat(admin.post("/teach/packs", Map.of("id", draft, "title", "A draft")).statusCode()).isEqualTo(303);
    }

    @Test
    void everyStateChangingRouteRefusesACookiePostWithoutTokenOrContentType() throws Exception {
        List<String[]> routes = unsafeRoutes();
        assertThat(routes).as("routes in the REST metadata").hasSizeGreaterThan(40)
                .anyMatch(r -> r[1].equals("/classes/{id}/code")).anyMatch(r -> r[1].equals("/logout"))
                .anyMatch(r -> r[1].equals("/admin/invites")).anyMatch(r -> r[1].startsWith("/api/"));
        Map<String, Long> before = rowCounts();
        List<String> accepted = new ArrayList<>();
        for (String[] route : routes) {
            String path = fill(route[1]);
            for (String body : new String[] {"", "x=1"}) {
                HttpResponse<String> r = send(route[0], path, body, null, "hy");
                if (!refused(path, r)) {
                    accepted.add(route[0].toUpperCase() + " " + path + " body '" + body + "': " + r.statusCode() + " " + abbreviate(r.body()));
                }
            }
        }
        assertThat(accepted).as("answered other than the CSRF 400 page in Armenian").isEmpty();
        assertUnchanged(before);
    }

    @Test
    void theOriginalFindingsRefuseEveryContentTypeWithoutAToken() throws Exception {
        Map<String, Long> before = rowCounts();
        String[] findings = {"/classes/" + classId + "/code", "/admin/accounts/" + victimId + "/disable",
                "/teach/packs/" + draft + "/discard", "/admin/invites", "/logout"};
        Map<String, String> types = new LinkedHashMap<>();
        types.put("none", null);
        types.put("form", "application/x-www-form-urlencoded");
        types.put("text", "text/plain");
        types.put("multipart", "multipart/form-data; boundary=XyZ");
        types.put("json", "application/json");
        for (String path : findings) {
            for (var type : types.entrySet()) {
                String body = type.getKey().equals("multipart") ? "--XyZ\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--XyZ--\r\n"
                        : type.getKey().equals("json") ? "{\"x\":1}" : "x=1";
                HttpResponse<String> r = send("post", path, body, type.getValue(), "en");
                assertThat(r.statusCode()).as("POST %s as %s", path, type.getKey()).isBetween(400, 499);
                assertThat(r.statusCode()).as("POST %s as %s never a 500", path, type.getKey()).isNotEqualTo(500);
            }
        }
        assertUnchanged(before);
        // and with the token, the same browser can do it: the refusals were about the token, not the route
        admin.page("/classes/" + classId);
        assertThat(admin.post("/classes/" + classId + "/code", Map.of()).statusCode()).isEqualTo(303);
        assertThat(joinCodeNow()).isNotEqualTo(joinCode);
    }

    @Test
    void aMissingTokenOnTheInviteFormIsTheBadRequestPageNotA500() throws Exception {
        // finding 5: POST /admin/invites without a token answered 500 (TemplateException: CSRFFilter should have set the attribute)
        for (String type : new String[] {null, "application/x-www-form-urlencoded"}) {
            HttpResponse<String> r = send("post", "/admin/invites", "", type, "ru");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(r.body()).contains("Неверный запрос").contains("токена безопасности").doesNotContain("/invites/");
        }
    }

    @Test
    void bearerAndBasicCallsNeedNoToken() throws Exception {
        HttpRequest basic = HttpRequest.newBuilder(base.toURI().resolve("/api/classes"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("security-admin@example.org:" + TestAccounts.PASSWORD).getBytes()))
                .header("Content-Type", "application/json").header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"By script\",\"nicknameOnly\":false}")).build();
        assertThat(http.send(basic, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
    }

    /**
     * Pages: the 400 page in the reader's language. The API takes no session cookie (only Basic or a bearer token), so
     * there a cookie is no credential: a 401 for a route that needs one, the CSRF refusal (English JSON) for the others.
     */
    private static boolean refused(String path, HttpResponse<String> r) {
        if (path.startsWith("/api/")) {
            return r.statusCode() == 401 || (r.statusCode() == 400 && r.body().contains("without its security token"));
        }
        return r.statusCode() == 400 && r.body().contains("անվտանգության նշանի") && r.body().contains("Սխալ հարցում");
    }

    private void assertUnchanged(Map<String, Long> before) {
        assertThat(rowCounts()).as("rows per table").isEqualTo(before);
        assertThat(joinCodeNow()).as("join code").isEqualTo(joinCode);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(victimId).disabled)).as("victim disabled").isFalse();
        assertThat(admin.get("/teach/packs/" + draft).statusCode()).as("draft still there").isEqualTo(200);
        assertThat(admin.get("/admin/accounts").statusCode()).as("still signed in").isEqualTo(200);
    }

    private String joinCodeNow() {
        return QuarkusTransaction.requiringNew().call(() -> Classroom.<Classroom>findById(classId).joinCode);
    }

    /** Every POST, PUT, DELETE and PATCH the OpenAPI document lists, as {method, path template}. */
    private List<String[]> unsafeRoutes() throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(base.toURI().resolve("/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(doc.body()).get("paths");
        List<String[]> routes = new ArrayList<>();
        paths.fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (UNSAFE.contains(op.getKey())) {
                routes.add(new String[] {op.getKey(), p.getKey()});
            }
        }));
        return routes;
    }

    /** A path template with real ids where the test has them, and a value for every other parameter. */
    private String fill(String template) {
        String path = template.replace("/classes/{id}", "/classes/" + classId)
                .replace("/admin/accounts/{id}", "/admin/accounts/" + victimId)
                .replace("/teach/packs/{id}", "/teach/packs/" + draft)
                .replace("{action}", "disable");
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String lang) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve(path)).header("Cookie", cookieHeader())
                .header("Accept-Language", lang).method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookieHeader() {
        return admin.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    /** Rows in every table of the schema: no refused post may add or remove one. */
    private static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        try (var c = AgroalDataSourceUtil.dataSourceIfActive("<default>").orElseThrow().getConnection();
             var tables = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            for (String name : names) {
                if (name.toLowerCase().contains("flyway")) {
                    continue;
                }
                try (var s = c.createStatement(); var rs = s.executeQuery("select count(*) from " + name)) {
                    rs.next();
                    counts.put(name.toLowerCase(), rs.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}

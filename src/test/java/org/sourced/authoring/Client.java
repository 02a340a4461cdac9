package org.sourced.authoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One browser for RestAssured: its CSRF cookie (read from a page, as a browser gets it) and, once signed
 * in through the login form, its session cookie. Redirects are not followed, so tests see each 303.
 */
final class Client {

    static final String CSRF = "csrf-token";
    static final String SESSION = "sourced_session";

    private final String session;
    private final String csrf;

    private Client(String session, String csrf) {
        this.session = session;
        this.csrf = csrf;
    }

    static Client anonymous() {
        Response page = given().redirects().follow(false).get("/packs/csto-armenia");
        String token = page.getCookie(CSRF);
        assertThat(token).as("the CSRF cookie of a page with a form").isNotBlank();
        return new Client(null, token);
    }

    static Client signIn(String email, String password) {
        Client anon = anonymous();
        Response r = anon.post("/login", "email", email, "password", password);
        assertThat(r.statusCode()).as("sign-in of " + email).isEqualTo(303);
        return new Client(r.getCookie(SESSION), anon.csrf);
    }

    RequestSpecification request() {
        RequestSpecification spec = given().redirects().follow(false).cookie(CSRF, csrf);
        return session == null ? spec : spec.cookie(SESSION, session);
    }

    Response get(String path) {
        return request().get(path);
    }

    /** Posts a form: name, value, name, value... A name may repeat (checkbox groups). The CSRF field is added. */
    Response post(String path, String... nameValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return post(path, form);
    }

    Response post(String path, Map<String, List<String>> form) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(CSRF, csrf);
        form.forEach((name, values) -> spec.formParam(name, values.toArray()));
        return spec.post(path);
    }

    /** Posts a multipart form with one file, as a browser's upload form does; the CSRF field is added. */
    Response postFile(String path, String fileField, String fileName, byte[] bytes, String... nameValues) {
        RequestSpecification spec = request().multiPart(CSRF, csrf);
        for (int i = 0; i < nameValues.length; i += 2) {
            spec.multiPart(nameValues[i], nameValues[i + 1]);
        }
        return spec.multiPart(fileField, fileName, bytes, "application/octet-stream").post(path);
    }

    /** Posts without the CSRF field, as a forged cross-site form would. */
    Response postWithoutCsrf(String path, String... nameValues) {
        RequestSpecification spec = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (session != null) {
            spec.cookie(SESSION, session);
        }
        for (int i = 0; i < nameValues.length; i += 2) {
            spec.formParam(nameValues[i], nameValues[i + 1]);
        }
        return spec.post(path);
    }

    Response upload(byte[] zip) {
        return request().multiPart("pack", "pack.zip", zip, "application/zip").multiPart(CSRF, csrf).post("/teach/packs/upload");
    }
}

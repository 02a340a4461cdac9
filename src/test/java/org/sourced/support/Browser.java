package org.sourced.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One browser for page tests: keeps its cookies (the anonymous learner, the CSRF token), never follows
 * redirects (tests assert the 303 and its target), and adds the CSRF field to every form it posts.
 */
public final class Browser {

    public static final String LEARNER = "sourced_learner";

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Csrf csrf;

    /** Sends {@code Accept-Language} with every request from now on, as a browser set to that language does. */
    public Browser acceptLanguage(String value) {
        headers.put("Accept-Language", value);
        return this;
    }

    public Response get(String path) {
        return remember(request().get(path));
    }

    /** GET with an htmx header, as htmx sends it. */
    public RequestSpecification request() {
        return given().cookies(cookies).headers(headers).redirects().follow(false);
    }

    /** Posts a form: {@code fields} are name, value pairs (a name may repeat). */
    public Response post(String path, String... fields) {
        return remember(form(fields, true).post(path));
    }

    /** Posts a form without its CSRF field, as a forged cross-site post would. */
    public Response postWithoutCsrfField(String path, String... fields) {
        return remember(form(fields, false).post(path));
    }

    public RequestSpecification form(String[] fields, boolean withCsrf) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in name, value pairs");
        }
        RequestSpecification spec = request().contentType(ContentType.URLENC.withCharset("UTF-8"));
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.computeIfAbsent(fields[i], k -> new ArrayList<>()).add(fields[i + 1]);
        }
        if (withCsrf) {
            Csrf pair = csrf();
            spec = spec.cookie(Csrf.NAME, pair.cookie());
            form.put(Csrf.NAME, List.of(pair.field()));
        }
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            spec = spec.formParam(field.getKey(), field.getValue().toArray());
        }
        return spec;
    }

    /** This browser's CSRF pair, read from the pack page on first use. */
    public Csrf csrf() {
        if (csrf == null) {
            csrf = Csrf.from("/packs/" + Key.PACK, cookies);
            cookies.put(Csrf.NAME, csrf.cookie());
        }
        return csrf;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Holds a cookie the server set for another path, as a browser on that path sends it (a live player's token). */
    public Browser with(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** Forgets a cookie, as a browser does when it is closed or the cookie is cleared. */
    public Browser forget(String name) {
        cookies.remove(name);
        if (name.equals(Csrf.NAME)) {
            csrf = null;
        }
        return this;
    }

    private Response remember(Response response) {
        response.getDetailedCookies().asList().forEach(c -> cookies.put(c.getName(), c.getValue()));
        return response;
    }

    /** The path of a 303's Location, without scheme and host. */
    public static String location(Response response) {
        String location = response.header("Location");
        if (location == null) {
            throw new AssertionError("no Location header; status " + response.statusCode() + ": " + response.asString());
        }
        return location.replaceFirst("^https?://[^/]+", "");
    }
}

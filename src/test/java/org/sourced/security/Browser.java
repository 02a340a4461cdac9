package org.sourced.security;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One browser for the tests: keeps its cookies, follows no redirect by itself, and puts the CSRF token of
 * the last form it saw into every form it posts, as a page's hidden field would.
 */
final class Browser {

    static final String CSRF_FIELD = "csrf-token";
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    final Map<String, String> cookies = new LinkedHashMap<>();
    String csrf;

    Response get(String path) {
        return keep(request().get(path));
    }

    Response get(String path, Map<String, String> headers) {
        return keep(request().headers(headers).get(path));
    }

    /** A GET with query parameters, encoded by RestAssured (so a test never encodes twice). */
    Response query(String path, Map<String, ?> parameters) {
        return keep(request().queryParams(parameters).get(path));
    }

    /** A GET of a path whose segments are taken as they are (any character) and percent-encoded here. */
    Response getSegments(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append('/').append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return keep(request().urlEncodingEnabled(false).get(path.toString()));
    }

    /** A form post with this browser's CSRF token (unless the form names one itself). */
    Response post(String path, Map<String, ?> form) {
        return post(path, form, Map.of());
    }

    Response post(String path, Map<String, ?> form, Map<String, String> headers) {
        Map<String, Object> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent(CSRF_FIELD, csrf);
        }
        return keep(request().headers(headers).contentType(FORM).formParams(fields).post(path));
    }

    /** GETs a page that must answer 200 and remembers its CSRF token. */
    String page(String path) {
        Response r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ":\n" + r.asString());
        }
        return r.asString();
    }

    /** GETs a page, following redirects (303 after a post, a resume link) up to five times. */
    String follow(Response r) {
        Response current = r;
        for (int i = 0; i < 5 && current.statusCode() / 100 == 3; i++) {
            current = get(current.getHeader("Location"));
        }
        if (current.statusCode() != 200) {
            throw new AssertionError("expected a page, got " + current.statusCode() + ":\n" + current.asString());
        }
        return current.asString();
    }

    String session() {
        return cookies.get("sourced_session");
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private Response keep(Response r) {
        for (Cookie c : r.getDetailedCookies()) {
            if (c.getMaxAge() == 0 || c.getValue() == null || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        }
        String type = r.getContentType();
        if (type != null && type.startsWith("text/html")) {
            Element token = Jsoup.parse(r.asString()).selectFirst("input[name=" + CSRF_FIELD + "]");
            if (token != null && !token.attr("value").isEmpty()) {
                csrf = token.attr("value");
            }
        }
        return r;
    }
}

package org.sourced.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/** The CSRF pair a form post needs: the {@code csrf-token} cookie and the same-named hidden field of a form page. */
public record Csrf(String cookie, String field) {

    public static final String NAME = "csrf-token";
    private static final Pattern FIELD = Pattern.compile("<input type=\"hidden\" name=\"" + NAME + "\" value=\"([^\"]+)\">");

    /** GETs a page that holds a form and reads the pair from its reply. */
    public static Csrf from(String path) {
        return from(path, Map.of());
    }

    public static Csrf from(String path, Map<String, String> cookies) {
        Response page = given().cookies(cookies).redirects().follow(false).get(path);
        assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
        String cookie = page.cookie(NAME);
        assertThat(cookie).as("%s sets the %s cookie", path, NAME).isNotBlank();
        return new Csrf(cookie, field(page.asString()));
    }

    /** The token in a page's hidden field. */
    public static String field(String html) {
        Matcher m = FIELD.matcher(html);
        assertThat(m.find()).as("a form with a %s field", NAME).isTrue();
        return m.group(1);
    }
}

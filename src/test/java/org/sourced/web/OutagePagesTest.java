package org.sourced.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.sourced.web.i18n.SecurityMessages;

/**
 * What a reader and a script get while the database is down or the disk full (bench/faults plays the real
 * outages): a 503 in the layout in the reader's language, or JSON in English, with Retry-After, and never a
 * stack trace or an incident code. Two test-only routes throw the exceptions the drivers throw.
 */
@QuarkusTest
class OutagePagesTest {

    static RuntimeException failure(String kind) {
        Throwable cause = kind.equals("disk")
                ? new SQLNonTransientConnectionException("The database has been closed [90098-240]", "90098",
                        new IllegalStateException("Writing to FileChannel failed", new IOException("No space left on device")))
                : new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
        return new RuntimeException("JDBC exception executing SQL [select 1]", cause);
    }

    @Path("/test-outage")
    public static class FailingPage {
        @GET
        @Path("{kind}")
        @Operation(hidden = true)
        public String page(@PathParam("kind") String kind) {
            throw failure(kind);
        }
    }

    @Path("/api/test-outage")
    public static class FailingApi {
        @PUT
        @Path("{kind}")
        @Operation(hidden = true)
        public String save(@PathParam("kind") String kind) {
            throw failure(kind);
        }
    }

    static SecurityMessages sec(String lang) {
        return lang.equals("en") ? MessageBundles.get(SecurityMessages.class) : MessageBundles.get(SecurityMessages.class, Localized.Literal.of(lang));
    }

    static String html(String text) {
        return text.replace("'", "&#39;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hy", "ru"})
    void aPageWhileTheDatabaseIsDownIsA503InTheLayoutInTheReadersLanguage(String lang) {
        Response r = given().header("Accept-Language", lang).get("/test-outage/db");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo("5");
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.asString()).contains("<html lang=\"" + lang + "\">", "<main", "class=\"site-footer\"",
                        "<h1>" + html(sec(lang).errUnavailable()) + "</h1>", html(sec(lang).errDatabaseDownPage()))
                .doesNotContain("incident", "SQLException", "refused", "at org.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hy", "ru"})
    void aPageOnAFullDiskSaysSoInTheReadersLanguage(String lang) {
        Response r = given().header("Accept-Language", lang).get("/test-outage/disk");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo("60");
        assertThat(r.asString()).contains(html(sec(lang).errDiskFullPage())).doesNotContain("incident", "No space left", "90098");
    }

    @ParameterizedTest
    @ValueSource(strings = {"db", "disk"})
    void anApiWriteIsA503WithAnEnglishJsonMessage(String kind) {
        Response r = given().header("Accept-Language", "ru").contentType(ContentType.JSON).body("{}").put("/api/test-outage/" + kind);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.jsonPath().getInt("status")).isEqualTo(503);
        assertThat(r.jsonPath().getString("message"))
                .isEqualTo(kind.equals("disk") ? sec("en").errDiskFull() : sec("en").errDatabaseDown())
                .contains("may not have been saved");
        assertThat(r.asString()).doesNotContain("incident", "SQLException");
    }
}

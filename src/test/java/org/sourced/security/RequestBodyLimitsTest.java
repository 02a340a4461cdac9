package org.sourced.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sourced.quiz.Attempt;

/**
 * Issue 19, finding 3, its second half: "a 9 MB JSON body with an unknown field is accepted". Bodies are capped per
 * route before they are read (the JSON API at sourced.limits.body.api-bytes, pages at ...form-bytes; uploads keep the
 * server-wide limit, which UploadTest and TransferApiTest exercise), and a field no route takes is refused by name.
 */
@QuarkusTest
class RequestBodyLimitsTest {

    static long attempts() {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.count());
    }

    @Test
    void aNineMegabyteJsonBodyWithAnUnknownFieldIsRefusedUnread() {
        String padding = "x".repeat(9_000_000);
        String body = "{\"pack\":\"csto-armenia\",\"mode\":\"practice\",\"length\":0,\"padding\":\"" + padding + "\"}";
        long before = attempts();
        Response r = given().contentType(ContentType.JSON).body(body).post("/api/attempts");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.jsonPath().getString("message"))
                .isEqualTo("The request is " + body.length() + " bytes; this address takes at most 16384 bytes.");
        assertThat(attempts()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        long before = attempts();
        Response r = given().contentType(ContentType.JSON).body("{\"pack\":\"csto-armenia\",\"mode\":\"practice\",\"lenght\":3}")
                .post("/api/attempts");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getString("message")).isEqualTo("The JSON has a field this address does not know: \"lenght\".");
        assertThat(attempts()).isEqualTo(before);
    }

    @Test
    void jsonThatDoesNotParseOrFitIsA400ThatSaysWhy() {
        Response broken = given().contentType(ContentType.JSON).body("{\"pack\": ").post("/api/attempts");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.jsonPath().getString("message")).startsWith("The JSON could not be read: ");
        Response wrongType = given().contentType(ContentType.JSON).body("{\"pack\":\"csto-armenia\",\"length\":\"ten\"}")
                .post("/api/attempts");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.jsonPath().getString("message")).startsWith("The JSON could not be read: ").contains("Integer");
    }

    @Test
    void aPageFormOverItsCapIsThe413Page() {
        Browser browser = new Browser();
        browser.page("/packs/csto-armenia");
        long before = attempts();
        String nickname = "n".repeat(70_000);
        Response r = browser.post("/attempts", java.util.Map.of("pack", "csto-armenia", "nickname", nickname));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(Jsoup.parse(r.asString()).text()).contains("this address takes at most 65536 bytes");
        assertThat(attempts()).isEqualTo(before);
    }
}

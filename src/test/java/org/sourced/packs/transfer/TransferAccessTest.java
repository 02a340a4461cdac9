package org.sourced.packs.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.accounts.SessionCookie;
import org.sourced.accounts.Sessions;

/** Who may use the API routes: anonymous, a student, another teacher, the owner; Basic, tokens and cookies. */
@QuarkusTest
class TransferAccessTest {

    static final String GIFT = "::q1:: Which city is the capital of Armenia? {=Yerevan ~Gyumri}\n";

    @Inject
    AccountService accounts;
    @Inject
    Sessions sessions;

    People.Person owner;
    People.Person other;
    People.Person student;
    String packId;

    @BeforeEach
    void setUp() {
        owner = People.create(accounts, Role.TEACHER, "Owner Teacher");
        other = People.create(accounts, Role.TEACHER, "Other Teacher");
        student = People.create(accounts, Role.STUDENT, "Stu Dent");
        packId = People.uniqueId("owned");
        Response r = importGift(owner.api(), packId);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    }

    static Response importGift(io.restassured.specification.RequestSpecification as, String pack) {
        return as.contentType("text/plain").body(GIFT.getBytes(StandardCharsets.UTF_8))
                .queryParam("format", "gift").queryParam("pack", pack).post("/api/packs/import");
    }

    static Response exportDraft(io.restassured.specification.RequestSpecification as, String pack) {
        return as.queryParam("format", "zip").queryParam("draft", "true").get("/api/packs/" + pack + "/export");
    }

    @Test
    void anonymousGetsA401ThatAsksForCredentials() {
        Stored.Counts before = Stored.counts();
        Response export = given().queryParam("format", "gift").get("/api/packs/csto-armenia/export");
        assertThat(export.statusCode()).isEqualTo(401);
        assertThat(export.header("WWW-Authenticate")).startsWith("Basic");
        Response imported = importGift(given(), People.uniqueId("anon"));
        assertThat(imported.statusCode()).isEqualTo(401);
        assertThat(imported.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(Stored.counts()).isEqualTo(before);
    }

    @Test
    void aStudentGetsNoAnswerKeysAndImportsNothing() {
        Stored.Counts before = Stored.counts();
        for (String format : new String[] {"zip", "gift", "aiken", "moodle-xml", "qti"}) {
            Response r = student.api().queryParam("format", format).get("/api/packs/csto-armenia/export");
            assertThat(r.statusCode()).as(format).isEqualTo(403);
            assertThat(r.jsonPath().getInt("status")).isEqualTo(403);
        }
        assertThat(importGift(student.api(), People.uniqueId("student")).statusCode()).isEqualTo(403);
        assertThat(exportDraft(student.api(), packId).statusCode()).isEqualTo(403);
        assertThat(Stored.counts()).isEqualTo(before);
    }

    @Test
    void anotherTeacherCanNeitherImportOverNorExportSomeoneElsesDraft() {
        Stored.Counts before = Stored.counts();
        Response over = importGift(other.api(), packId);
        assertThat(over.statusCode()).as(over.asString()).isEqualTo(403);
        assertThat(over.jsonPath().getString("message")).contains("'" + packId + "' belongs to someone else");
        assertThat(Stored.counts()).isEqualTo(before);

        Response export = exportDraft(other.api(), packId);
        assertThat(export.statusCode()).isEqualTo(403);
        assertThat(export.jsonPath().getString("message")).contains("not yours");
        assertThat(exportDraft(other.api(), People.uniqueId("nothing")).statusCode()).isEqualTo(404);
    }

    @Test
    void theOwnerExportsTheirDraftAndImportsOverIt() {
        Response export = exportDraft(owner.api(), packId);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(Zips.entries(export.asByteArray())).containsKey(packId + "/pack.yaml");
        Response again = importGift(owner.api(), packId);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(Stored.versionsOf(packId)).isEqualTo(1);
    }

    @Test
    void anLmsExportOfAFlaggedDraftIsRefusedWithAReason() {
        Response r = owner.api().queryParam("format", "gift").queryParam("draft", "true").get("/api/packs/" + packId + "/export");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.jsonPath().getString("message")).contains("export it with format=zip");
    }

    @Test
    void aPersonalTokenWorksAndTheSessionCookieDoesNot() {
        String token = accounts.newToken(owner.id(), "import script");
        Response withToken = importGift(given().header("Authorization", "Bearer " + token), packId);
        assertThat(withToken.statusCode()).as(withToken.asString()).isEqualTo(201);

        Response withCookie = given().cookie(SessionCookie.NAME, sessions.open(owner.account()))
                .queryParam("format", "gift").get("/api/packs/csto-armenia/export");
        assertThat(withCookie.statusCode()).isEqualTo(401);
    }

    @Test
    void badRequestsSayWhatToSend() {
        Response unknown = owner.api().queryParam("format", "docx").get("/api/packs/csto-armenia/export");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.jsonPath().getString("message")).contains("Unknown format 'docx'", "zip|gift|aiken|moodle-xml|qti");
        Response none = owner.api().get("/api/packs/csto-armenia/export");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.jsonPath().getString("message")).contains("Say which format");
        assertThat(owner.api().queryParam("format", "zip").get("/api/packs/no-such-pack/export").statusCode()).isEqualTo(404);
        assertThat(owner.api().queryParam("format", "zip").queryParam("version", "99").get("/api/packs/csto-armenia/export")
                .statusCode()).isEqualTo(404);
        assertThat(owner.api().queryParam("format", "zip").queryParam("version", "one").get("/api/packs/csto-armenia/export")
                .statusCode()).isEqualTo(400);
        Response badId = importGift(owner.api(), "Not An Id");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.jsonPath().getString("message")).contains("A pack id holds only");
        Response badLanguage = owner.api().contentType("text/plain").body(GIFT).queryParam("format", "gift")
                .queryParam("language", "english!").post("/api/packs/import");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
    }

    @Test
    void theBodyIsTheFileWhateverItsContentType() {
        byte[] gift = GIFT.getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain; charset=utf-8", "application/json",
                "application/octet-stream"}) {
            // as curl --data-binary sends it: the bytes, whatever the type says
            var asBytes = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                    .encodeContentTypeAs(type.replaceFirst(";.*", ""), ContentType.BINARY));
            Response r = owner.api().config(asBytes).contentType(type).body(gift).queryParam("format", "gift").queryParam("pack", packId)
                    .post("/api/packs/import");
            assertThat(r.statusCode()).as(type + ": " + r.asString()).isEqualTo(201);
            assertThat(r.jsonPath().getInt("questions")).isEqualTo(1);
        }
        Stored.Counts before = Stored.counts();
        Response form = owner.api().multiPart("file", "q.gift", gift, "text/plain").queryParam("format", "gift")
                .queryParam("pack", packId).post("/api/packs/import");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.jsonPath().getString("message")).contains("not a multipart form");
        assertThat(Stored.counts()).isEqualTo(before);
    }

    @Test
    void thePublicPackApiIsStillPublic() {
        assertThat(given().get("/api/packs").statusCode()).isEqualTo(200);
        assertThat(given().get("/api/packs/csto-armenia").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescribesBothOperations() {
        Response r = given().queryParam("format", "json").get("/q/openapi");
        String openapi = r.asString();
        assertThat(openapi).contains("/api/packs/{id}/export", "/api/packs/import", "any Content-Type", "\"basic\"", "\"apiToken\"");
        io.restassured.path.json.JsonPath json = r.jsonPath();
        Map<String, Object> body = json.getMap("paths.'/api/packs/import'.post.requestBody.content");
        assertThat(body).as(openapi).containsOnlyKeys("application/octet-stream");
        List<String> parameters = json.getList("paths.'/api/packs/import'.post.parameters.name");
        assertThat(parameters).as(openapi).contains("format", "pack", "language").doesNotContain("routing");
        List<Map<String, Object>> security = json.getList("paths.'/api/packs/{id}/export'.get.security");
        assertThat(security).anySatisfy(s -> assertThat(s).containsKey("basic")).anySatisfy(s -> assertThat(s).containsKey("apiToken"));
    }

    /** A requirement that names no scheme leaves API clients and generated SDKs guessing how to authorise. */
    @Test
    void everySecurityRequirementNamesADefinedScheme() {
        io.restassured.path.json.JsonPath json = given().queryParam("format", "json").get("/q/openapi").jsonPath();
        Map<String, Object> schemes = json.getMap("components.securitySchemes");
        Map<String, Map<String, Map<String, Object>>> paths = json.getMap("paths");
        List<String> named = new java.util.ArrayList<>();
        paths.values().forEach(operations -> operations.values().forEach(operation -> {
            Object security = operation.get("security");
            if (security instanceof List<?> requirements) {
                requirements.forEach(r -> named.addAll(((Map<String, ?>) r).keySet()));
            }
        }));
        assertThat(named).contains("attemptToken", "basic", "apiToken");
        assertThat(schemes).containsKeys(named.toArray(String[]::new));
    }
}

package org.sourced.disputes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.disputes.DisputeTestSupport.answer;
import static org.sourced.disputes.DisputeTestSupport.assign;
import static org.sourced.disputes.DisputeTestSupport.classOf;
import static org.sourced.disputes.DisputeTestSupport.dispute;
import static org.sourced.disputes.DisputeTestSupport.disputeId;
import static org.sourced.disputes.DisputeTestSupport.ids;
import static org.sourced.disputes.DisputeTestSupport.join;
import static org.sourced.disputes.DisputeTestSupport.json;
import static org.sourced.disputes.DisputeTestSupport.person;
import static org.sourced.disputes.DisputeTestSupport.publishTinyAs;
import static org.sourced.disputes.DisputeTestSupport.start;
import static org.sourced.disputes.DisputeTestSupport.submit;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.disputes.DisputeTestSupport.Person;
import org.sourced.disputes.DisputeTestSupport.Started;
import org.sourced.packs.Drafts;
import org.sourced.packs.PackCatalog;

/** A dispute from a student to a rejection and to a clarification, who may see and decide what, and the checks on the filing. */
@QuarkusTest
class DisputeApiTest {

    @Inject
    AccountService accounts;
    @Inject
    Drafts drafts;
    @Inject
    PackCatalog catalog;

    record Setup(Person author, String pack, Started ani, Started bo) {
    }

    /** Two students of the author's class, each with a submitted exam on the tiny pack's basics. */
    Setup setup() {
        Person author = person(accounts, Role.TEACHER);
        String pack = publishTinyAs(drafts, author);
        DisputeTestSupport.Classroom c = classOf(author);
        long assignment = assign(author, c.id(), pack);
        Started ani = start(join(c.code(), "Ani"), assignment);
        Started bo = start(join(c.code(), "Bo"), assignment);
        answer(ani, "signed-where", List.of("b"), 1);
        answer(bo, "signed-where", List.of("a"), 1);
        return new Setup(author, pack, ani, bo);
    }

    @Test
    void aKeyIsDisputedOnlyOnceShownAndEachStudentSeesOnlyTheirOwn() {
        Setup s = setup();
        // an exam in progress has not shown its keys
        dispute(s.ani(), "signed-where", Map.of("reason", "Moscow, surely")).then().statusCode(409);
        submit(s.ani());
        submit(s.bo());

        long aniDispute = disputeId(s.ani(), "signed-where", "The treaty was <b>signed</b> in Moscow");
        long boDispute = disputeId(s.bo(), "in-force", "It entered into force in 1995");
        assertThat(aniDispute).isNotEqualTo(boDispute);

        JsonNode anis = json(s.ani().api().get("/api/attempts/" + s.ani().id() + "/disputes").then().statusCode(200).extract().response());
        assertThat(ids(anis, "id")).containsExactly(String.valueOf(aniDispute));
        assertThat(anis.get(0).get("reason").asText()).isEqualTo("The treaty was <b>signed</b> in Moscow");
        assertThat(anis.get(0).get("status").asText()).isEqualTo("open");
        JsonNode bos = json(s.bo().api().get("/api/attempts/" + s.bo().id() + "/disputes").then().statusCode(200).extract().response());
        assertThat(ids(bos, "id")).containsExactly(String.valueOf(boDispute));
        // Bo's token does not open Ani's attempt, nor her disputes
        given().header("Authorization", "Bearer " + s.bo().token()).get("/api/attempts/" + s.ani().id() + "/disputes").then().statusCode(403);
        dispute(new Started(s.ani().id(), s.bo().token()), "signed-where", Map.of("reason", "x")).then().statusCode(403);
    }

    @Test
    void aFilingIsCheckedBeforeAnythingIsStored() {
        Setup s = setup();
        submit(s.ani());
        dispute(s.ani(), "signed-where", Map.of("reason", "  ")).then().statusCode(422);
        dispute(s.ani(), "signed-where", Map.of("reason", "x".repeat(2001))).then().statusCode(422);
        dispute(s.ani(), "signed-where", Map.of("reason", "see the source", "source", "nowhere")).then().statusCode(422)
                .extract().asString().contains("nowhere");
        dispute(s.ani(), "signed-where", Map.of("reason", "see the source", "locator", "y".repeat(301))).then().statusCode(422);
        dispute(s.ani(), "no-such-question", Map.of("reason", "x")).then().statusCode(404);
        dispute(s.ani(), "signed-where", Map.of("reason", "see the treaty", "source", "treaty", "locator", "closing lines")).then()
                .statusCode(201);
        JsonNode mine = json(s.ani().api().get("/api/attempts/" + s.ani().id() + "/disputes").then().statusCode(200).extract().response());
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("source").asText()).isEqualTo("treaty");
        assertThat(mine.get(0).get("locator").asText()).isEqualTo("closing lines");
    }

    @Test
    void onlyTheAuthorOrAnAdminReadsTheQueueAndDecides() {
        Setup s = setup();
        submit(s.ani());
        long id = disputeId(s.ani(), "signed-where", "Moscow");
        Person other = person(accounts, Role.TEACHER);
        Person admin = person(accounts, Role.ADMIN);
        Map<String, Object> reject = Map.of("decision", "reject", "reply", "The treaty's closing lines name Tashkent.");

        other.api().get("/api/packs/" + s.pack() + "/disputes").then().log().ifValidationFails().statusCode(403);
        other.api().body(reject).post("/api/disputes/" + id + "/decision").then().statusCode(403);
        s.ani().api().body(reject).post("/api/disputes/" + id + "/decision").then().statusCode(401);
        given().contentType("application/json").body(reject).post("/api/disputes/" + id + "/decision").then().statusCode(401);
        assertThat(status(s.ani(), id)).isEqualTo("open");

        JsonNode queue = json(s.author().api().get("/api/packs/" + s.pack() + "/disputes").then().statusCode(200).extract().response());
        assertThat(ids(queue, "id")).contains(String.valueOf(id));
        json(admin.api().get("/api/packs/" + s.pack() + "/disputes").then().statusCode(200).extract().response());
        admin.api().body(reject).post("/api/disputes/" + id + "/decision").then().statusCode(200);
        assertThat(status(s.ani(), id)).isEqualTo("rejected");
        // decided once
        s.author().api().body(reject).post("/api/disputes/" + id + "/decision").then().statusCode(409);
    }

    @Test
    void aRejectionLeavesThePackAndTheStudentReadsTheReply() {
        Setup s = setup();
        submit(s.ani());
        long id = disputeId(s.ani(), "signed-where", "Moscow");
        int version = catalog.current(s.pack()).orElseThrow().versionNo;
        JsonNode decided = json(s.author().api().body(Map.of("decision", "reject", "reply", "The closing lines name Tashkent."))
                .post("/api/disputes/" + id + "/decision").then().statusCode(200).extract().response());
        assertThat(decided.get("status").asText()).isEqualTo("rejected");
        assertThat(decided.get("erratum").isNull()).isTrue();
        assertThat(catalog.current(s.pack()).orElseThrow().versionNo).isEqualTo(version);
        JsonNode mine = json(s.ani().api().get("/api/attempts/" + s.ani().id() + "/disputes").then().statusCode(200).extract().response());
        assertThat(mine.get(0).get("reply").asText()).isEqualTo("The closing lines name Tashkent.");
        // a reply is required, and a decision must be one of the three
        long another = disputeId(s.ani(), "in-force", "1995");
        s.author().api().body(Map.of("decision", "reject", "reply", " ")).post("/api/disputes/" + another + "/decision").then().statusCode(422);
        s.author().api().body(Map.of("decision", "ignore", "reply", "no")).post("/api/disputes/" + another + "/decision").then().statusCode(422);
    }

    @Test
    void aClarificationPublishesANewVersionWithAnErratumAndKeepsTheKey() {
        Setup s = setup();
        submit(s.ani());
        long id = disputeId(s.ani(), "signed-where", "The explanation does not say where it is written");
        int before = catalog.current(s.pack()).orElseThrow().versionNo;
        // a clarification that touches the key is refused, and nothing is published
        s.author().api().body(Map.of("decision", "clarify", "reply", "r", "change", Map.of("key", List.of("b"))))
                .post("/api/disputes/" + id + "/decision").then().statusCode(422);
        assertThat(catalog.current(s.pack()).orElseThrow().versionNo).isEqualTo(before);

        JsonNode decided = json(s.author().api().body(Map.of("decision", "clarify", "reply", "Fair: the explanation now names the passage.",
                        "change", Map.of("explanation", "The closing lines of the treaty give Tashkent as the place of signature.")))
                .post("/api/disputes/" + id + "/decision").then().log().ifValidationFails().statusCode(200).extract().response());
        assertThat(decided.get("status").asText()).isEqualTo("clarified");
        JsonNode erratum = decided.get("erratum");
        assertThat(erratum.get("kind").asText()).isEqualTo("clarify");
        assertThat(erratum.get("dispute").asLong()).isEqualTo(id);
        assertThat(erratum.get("version").asInt()).isEqualTo(before + 1);

        var current = catalog.content(catalog.current(s.pack()).orElseThrow());
        var q = current.question("signed-where").orElseThrow();
        assertThat(q.explanation()).isEqualTo("The closing lines of the treaty give Tashkent as the place of signature.");
        assertThat(q.correctChoiceIds()).containsExactly("a");

        JsonNode pack = json(given().get("/api/packs/" + s.pack()).then().statusCode(200).extract().response());
        assertThat(pack.get("version").asInt()).isEqualTo(before + 1);
        assertThat(pack.get("errata")).hasSize(1);
        assertThat(pack.get("errata").get(0).get("why").asText()).isEqualTo("Fair: the explanation now names the passage.");
        assertThat(pack.get("errata").get(0).get("question").asText()).isEqualTo("signed-where");
    }

    private static String status(Started a, long disputeId) {
        JsonNode mine = json(a.api().get("/api/attempts/" + a.id() + "/disputes").then().statusCode(200).extract().response());
        for (JsonNode d : mine) {
            if (d.get("id").asLong() == disputeId) {
                return d.get("status").asText();
            }
        }
        throw new AssertionError("no dispute " + disputeId + " in " + mine);
    }
}

package org.sourced.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sourced.support.Browser;
import org.sourced.support.Key;

/**
 * A question page and an answer post each cost at most two SQL statements (issue 3), counted by Hibernate's
 * statistics after one warm-up request, so the pack and the attempt's facts are already in memory.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    Statistics statistics() {
        Statistics s = sessionFactory.getStatistics();
        assertThat(s.isStatisticsEnabled()).isTrue();
        return s;
    }

    @Test
    void aQuestionPageCostsAtMostTwoStatements() {
        Browser b = new Browser();
        String id = AttemptPagesTest.exam(b, "membership", 3);
        String stem = Key.question(Stored.response(id, 2).questionId).stem();
        AttemptPagesTest.page(b, AttemptPagesTest.url(id, 1));

        Statistics s = statistics();
        s.clear();
        Response page = b.get(AttemptPagesTest.url(id, 2));
        long statements = s.getPrepareStatementCount();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.asString()).selectFirst("legend").text()).isEqualTo(stem);
        assertThat(statements).as("statements for one question page").isBetween(1L, 2L);
    }

    @Test
    void anApiAnswerCostsAtMostTwoStatements() {
        Response start = given().contentType(ContentType.JSON).body("{\"pack\": \"csto-armenia\", \"objective\": \"obligations\", "
                + "\"length\": 3, \"mode\": \"exam\"}").post("/api/attempts");
        String id = start.jsonPath().getString("id");
        String token = start.jsonPath().getString("token");
        List<String> ids = start.jsonPath().getList("questions.id");
        put(id, token, ids.get(0), Key.right(ids.get(0)), 1).then().statusCode(200);

        Statistics s = statistics();
        s.clear();
        Response answer = put(id, token, ids.get(1), Key.right(ids.get(1)), 2);
        long statements = s.getPrepareStatementCount();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Stored.response(id, 2).answerIds()).isEqualTo(Key.right(ids.get(1)));
        assertThat(statements).as("statements for one answer").isBetween(1L, 2L);
    }

    @Test
    void anHtmlAnswerPostCostsAtMostTwoStatements() {
        Browser b = new Browser();
        String id = AttemptPagesTest.exam(b, "timeline", 3);
        AttemptPagesTest.answer(b, id, 1, Key.right(Stored.response(id, 1).questionId), "next");
        org.jsoup.nodes.Document page = AttemptPagesTest.page(b, AttemptPagesTest.url(id, 2));
        String qid = Stored.response(id, 2).questionId;

        // the form is built before counting: the test's own lookups must not count
        List<String> form = new java.util.ArrayList<>(List.of("seq", AttemptPagesTest.seqOn(page), "action", "next"));
        form.addAll(AttemptPagesTest.fields(qid, Key.right(qid)));

        Statistics s = statistics();
        s.clear();
        Response answer = b.post(AttemptPagesTest.url(id, 2), form.toArray(String[]::new));
        long statements = s.getPrepareStatementCount();

        AttemptPagesTest.assertRedirect(answer, AttemptPagesTest.url(id, 3));
        assertThat(Stored.response(id, 2).answerIds()).isEqualTo(Key.right(qid));
        assertThat(statements).as("statements for one HTML answer post").isBetween(1L, 2L);
    }

    static Response put(String id, String token, String questionId, List<String> choices, long seq) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body("{\"choices\": " + AttemptApiTest.jsonList(choices) + ", \"seq\": " + seq + "}")
                .put("/api/attempts/" + id + "/responses/" + questionId);
    }
}

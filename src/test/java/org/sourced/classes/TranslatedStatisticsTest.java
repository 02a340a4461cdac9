package org.sourced.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sourced.classes.ClassTestSupport.answerAndSubmit;
import static org.sourced.classes.ClassTestSupport.assign;
import static org.sourced.classes.ClassTestSupport.createClass;
import static org.sourced.classes.ClassTestSupport.joinWithNickname;
import static org.sourced.classes.ClassTestSupport.json;
import static org.sourced.classes.ClassTestSupport.start;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.classes.ClassTestSupport.Person;
import org.sourced.packs.PackStore;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.PackFolder;
import org.sourced.quiz.Access;
import org.sourced.quiz.Attempt;
import org.sourced.quiz.AttemptService;
import org.sourced.support.PackFiles;

/** An assignment taken in three languages of one pack: the item statistics count every attempt together, by question id. */
@QuarkusTest
class TranslatedStatisticsTest {

    @Inject
    AccountService accounts;
    @Inject
    PackStore packs;
    @Inject
    AttemptService attempts;

    @Test
    void attemptsInEnglishArmenianAndRussianCountTogether() {
        packs.publish(PackFolder.readOne(PackFiles.TRANSLATED, "packs/translated/").result().pack().orElseThrow(),
                PackVersion.FROM_CONTENT_DIR, null);
        Person teacher = ClassTestSupport.person(accounts, Role.TEACHER);
        ClassTestSupport.Created c = createClass(teacher, "Three languages", true);
        long assignment = assign(teacher, c.id(), Map.of("pack", "translated", "mode", "exam",
                "negativeMarking", false, "partialCredit", false, "certainty", false));

        // signed-where: en right, hy right, ru wrong; help-article: right in all three
        Map<String, String> signedWhere = Map.of("en", "a", "hy", "a", "ru", "b");
        for (String tag : List.of("en", "hy", "ru")) {
            ClassTestSupport.Started attempt = start(joinWithNickname(c.code(), "s-" + tag), assignment);
            if (!tag.equals("en")) {
                attempts.chooseLanguage(attempt.id(), Access.token(attempt.token()), tag);
            }
            String stored = QuarkusTransaction.requiringNew().call(() -> Attempt.byPublicId(attempt.id()).orElseThrow().language);
            assertThat(stored).isEqualTo(tag);
            Map<String, List<String>> answers = new LinkedHashMap<>();
            answers.put("signed-where", List.of(signedWhere.get(tag)));
            answers.put("help-article", List.of("true"));
            answerAndSubmit(attempt, answers, Map.of());
        }

        JsonNode stats = json(teacher.api().get("/api/assignments/" + assignment + "/statistics").then().statusCode(200).extract().response());
        assertThat(stats.get("attempts").asLong()).isEqualTo(3);
        Map<String, JsonNode> byId = new HashMap<>();
        stats.get("questions").forEach(q -> byId.put(q.get("id").asText(), q));
        assertThat(byId).containsOnlyKeys("signed-where", "help-article");
        assertThat(byId.get("signed-where").get("n").asLong()).isEqualTo(3);
        assertThat(byId.get("signed-where").get("facility").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(byId.get("help-article").get("facility").asDouble()).isCloseTo(1.0, within(1e-9));
    }
}

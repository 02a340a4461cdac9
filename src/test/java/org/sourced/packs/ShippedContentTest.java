package org.sourced.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * The lint over content/: every shipped pack validates with no problem, and the CSTO pack holds what the
 * course promises (issue 2): at least 6 lessons and 60 questions across its five objectives, with at least
 * 10 claim-check, 8 multiple-answer and 3 ordering items, each question explained and backed by evidence.
 */
class ShippedContentTest {

    static final List<PackFolder.Found> FOUND = PackFolder.readAll(Path.of("content"));

    static PackContent csto() {
        return FOUND.stream().filter(f -> f.prefix().equals("packs/csto-armenia/")).findFirst()
                .flatMap(f -> f.result().pack()).orElseThrow(() -> new AssertionError("packs/csto-armenia does not validate"));
    }

    @Test
    void everyShippedPackValidatesWithNoProblem() {
        assertThat(FOUND).extracting(PackFolder.Found::prefix).contains("packs/csto-armenia/");
        List<Problem> problems = FOUND.stream().flatMap(f -> f.result().problems().stream()).toList();
        assertThat(problems).as("problems in content/").isEmpty();
    }

    @Test
    void theCstoPackHasFiveObjectivesEachWithLessonsAndQuestions() {
        PackContent pack = csto();
        List<String> objectives = pack.manifest().objectives().stream().map(Objective::id).toList();
        assertThat(objectives).hasSize(5);
        assertThat(pack.lessons().stream().map(Lesson::objective).collect(Collectors.toSet()))
                .as("objectives with a lesson").containsExactlyInAnyOrderElementsOf(objectives);
        Map<String, Long> byObjective = pack.questions().stream().collect(Collectors.groupingBy(Question::objective, Collectors.counting()));
        assertThat(byObjective.keySet()).as("objectives with questions").containsExactlyInAnyOrderElementsOf(objectives);
    }

    @Test
    void theCstoPackHasEnoughLessonsAndQuestions() {
        PackContent pack = csto();
        assertThat(pack.lessons()).as("lessons").hasSizeGreaterThanOrEqualTo(6);
        assertThat(pack.questions()).as("questions").hasSizeGreaterThanOrEqualTo(60);
        assertThat(count(pack, QuestionType.CLAIM_CHECK)).as("claim-check items").isGreaterThanOrEqualTo(10);
        assertThat(count(pack, QuestionType.MULTIPLE)).as("multiple-answer items").isGreaterThanOrEqualTo(8);
        assertThat(count(pack, QuestionType.ORDERING)).as("ordering items").isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyQuestionHasAnExplanationAndEvidenceFromAKnownSource() {
        PackContent pack = csto();
        Set<String> sources = pack.manifest().sources().stream().map(s -> s.id()).collect(Collectors.toSet());
        for (Question q : pack.questions()) {
            assertThat(q.explanation()).as("explanation of %s", q.id()).isNotBlank();
            assertThat(q.evidence()).as("evidence of %s", q.id()).isNotEmpty();
            for (Evidence e : q.evidence()) {
                assertThat(sources).as("source cited by %s", q.id()).contains(e.source());
                assertThat(e.locator()).as("locator in %s", q.id()).isNotBlank();
                assertThat(e.note()).as("note in %s", q.id()).isNotBlank();
            }
        }
    }

    @Test
    void everyLessonHasACheckpointAndEveryCheckpointIsAQuestionOfItsPack() {
        PackContent pack = csto();
        for (Lesson lesson : pack.lessons()) {
            assertThat(lesson.checkpointIds()).as("checkpoints of %s", lesson.id()).isNotEmpty()
                    .allSatisfy(id -> assertThat(pack.question(id)).as("checkpoint %s", id).isPresent());
        }
    }

    static long count(PackContent pack, QuestionType type) {
        return pack.questions().stream().filter(q -> q.type() == type).count();
    }
}

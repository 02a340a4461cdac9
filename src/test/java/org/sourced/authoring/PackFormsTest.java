package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.ScoringPolicy;
import org.sourced.packs.format.Source;
import org.sourced.packs.format.SourceKind;
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;

/** The lesson, metadata, objectives and sources forms: each rule names its field. */
class PackFormsTest {

    private static FormFields post(String... nameValues) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return new FormFields(map);
    }

    private static final LessonForm.Context LESSONS = new LessonForm.Context(Set.of("basics"), Set.of("treaty"), Set.of("intro"),
            Set.of("signed-where"));

    @Test
    void aLessonNeedsATitleAKnownObjectiveKnownSourcesAndText() {
        FormErrors errors = LessonForm.parse(post("id", "next", "objective", "nope", "sources", "treaty", "sources", "ghost",
                "body", " "), null).validate(LESSONS);

        assertThat(errors.get("title")).isNotNull();
        assertThat(errors.get("objective")).contains("no objective 'nope'");
        assertThat(errors.get("sources")).contains("no source 'ghost'");
        assertThat(errors.get("body")).isNotNull();
        assertThat(LessonForm.parse(post("id", "intro"), null).validate(LESSONS).get("id")).contains("already");
    }

    @Test
    void checkpointsInALessonMustNameQuestionsOfThePack() {
        String body = "Text.\r\n\r\n[[checkpoint: signed-where]]\r\n\r\n[[checkpoint: missing]]\r\n[[checkpint: typo]]\r\n";
        LessonForm form = LessonForm.parse(post("id", "two", "title", "Two", "objective", "basics", "body", body), null);

        FormErrors errors = form.validate(LESSONS);

        assertThat(form.body()).doesNotContain("\r");
        assertThat(errors.get("body")).contains("Line 5", "'missing'");
    }

    @Test
    void aValidLessonBecomesARecordAtANewPathAfterTheLast() {
        LessonForm form = LessonForm.parse(post("id", "two", "title", "Two", "objective", "basics", "sources", "treaty", "body", "# Hi"), null);

        assertThat(form.validate(LESSONS).all()).isEmpty();
        String path = LessonForm.newPath("two", List.of("pack.yaml", "lessons/01-intro.md", "lessons/07-later.md"));
        assertThat(path).isEqualTo("lessons/08-two.md");
        assertThat(form.toLesson(path)).isEqualTo(new Lesson("two", "Two", "basics", List.of("treaty"), "# Hi\n", path));
        assertThat(LessonForm.newPath("x", List.of("lessons/99-last.md"))).isNull();
    }

    @Test
    void anExistingLessonKeepsItsId() {
        LessonForm form = LessonForm.parse(post("id", "renamed", "title", "T", "objective", "basics", "body", "x"), "intro");
        assertThat(form.id()).isEqualTo("intro");
        assertThat(form.validate(LESSONS).all()).isEmpty();
    }

    private static final Manifest BASE = new Manifest("p", "T", "S", "en", "1.0", "CC-BY-4.0", List.of("A"),
            List.of(new Objective("basics", "Basics")),
            List.of(new Source("treaty", SourceKind.PRIMARY, "Treaty", "CSTO", LocalDate.of(1992, 5, 15), null)), List.of(),
            ScoringPolicy.DEFAULT);

    @Test
    void metadataIsCheckedFieldByFieldAndAppliedWithoutTouchingTheRest() {
        FormErrors errors = MetadataForm.parse(post("title", "", "language", "English", "summary", "x".repeat(2001))).validate();
        assertThat(errors.all().keySet()).contains("title", "summary", "language", "version", "licence", "authors");

        MetadataForm form = MetadataForm.parse(post("title", "New", "summary", "Line one\r\nline two", "language", "hy", "version", "2",
                "licence", "CC0-1.0", "authors", "Ann, Bob\nCy", "partialCredit", "true"));
        assertThat(form.validate().all()).isEmpty();
        Manifest m = form.applyTo(BASE);
        assertThat(m.summary()).isEqualTo("Line one line two");
        assertThat(m.authors()).containsExactly("Ann", "Bob", "Cy");
        assertThat(m.scoring()).isEqualTo(new ScoringPolicy(true, false, false));
        assertThat(m.objectives()).isEqualTo(BASE.objectives());
        assertThat(m.id()).isEqualTo("p");
    }

    @Test
    void objectivesInUseCannotBeRemovedAndIdsAreChecked() {
        FormFields f = post("objectiveCount", "3", "objective-0-id", "basics", "objective-0-fixed", "true", "objective-0-title", "Basics",
                "objective-0-remove", "true", "objective-1-id", "Bad!", "objective-1-title", "x", "objective-2-id", "", "objective-2-title", "");

        FormErrors errors = ObjectivesForm.parse(f).validate(Map.of("basics", UiText.teach(t -> t.usedByLesson("intro"))));

        assertThat(errors.get("objective-0-remove")).contains("lesson 'intro'");
        assertThat(errors.get("objective-1-id")).contains("lower-case");
        assertThat(errors.has("objective-2-id")).isFalse();
    }

    @Test
    void objectivesRoundTripAndNeedAtLeastOne() {
        ObjectivesForm form = ObjectivesForm.of(BASE).withExtraRow();
        assertThat(form.rows()).hasSize(2);
        assertThat(form.toObjectives()).isEqualTo(BASE.objectives());
        FormFields none = post("objectiveCount", "1", "objective-0-id", "basics", "objective-0-fixed", "true", "objective-0-title", "B",
                "objective-0-remove", "true");
        assertThat(ObjectivesForm.parse(none).validate(Map.of()).get("objectives")).contains("at least one");
    }

    @Test
    void sourcesNeedKindDateAndAWebLink() {
        FormFields f = post("sourceCount", "2", "source-0-id", "treaty", "source-0-fixed", "true", "source-0-kind", "primary",
                "source-0-title", "Treaty", "source-0-publisher", "CSTO", "source-0-published", "1992-05-15",
                "source-1-id", "new-one", "source-1-kind", "rumour", "source-1-title", "T", "source-1-publisher", "",
                "source-1-published", "May 1992", "source-1-url", "javascript:alert(1)");

        SourcesForm form = SourcesForm.parse(f);
        FormErrors errors = form.validate(Map.of());

        assertThat(errors.all().keySet()).containsExactlyInAnyOrder("source-1-kind", "source-1-publisher", "source-1-published",
                "source-1-url");
        assertThat(SourcesForm.of(BASE).toSources(BASE.sources())).isEqualTo(BASE.sources());
    }

    @Test
    void citedSourcesCannotBeRemoved() {
        FormFields f = post("sourceCount", "1", "source-0-id", "treaty", "source-0-fixed", "true", "source-0-kind", "primary",
                "source-0-title", "Treaty", "source-0-publisher", "CSTO", "source-0-published", "1992-05-15", "source-0-remove", "true");
        assertThat(SourcesForm.parse(f).validate(Map.of("treaty", UiText.teach(t -> t.usedByQuestion("q")))).get("source-0-remove")).contains("question 'q'");
        assertThat(SourcesForm.parse(f).validate(Map.of()).all()).isEmpty();
        assertThat(SourcesForm.parse(f).toSources(java.util.List.of())).isEmpty();
    }
}

package org.sourced.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.Source;
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;

/**
 * One step of the evidence pass as a form: a passage to cite, from one of the pack's sources or from a new one
 * added to the pack in the same post. Checked by the same rules as the question editor's evidence rows and the
 * sources form's rows. Plain Java.
 *
 * @param source      a source id, or {@link #NEW} for {@code newSource}
 * @param explanation the key's explanation, asked for only when the question has none (null otherwise)
 */
public record EvidenceStep(String source, String locator, String note, SourcesForm.Row newSource, String explanation) {

    /** The value of the source choice that means "the new source below". */
    public static final String NEW = "new";

    public static EvidenceStep blank(List<Source> sources, Question q) {
        return new EvidenceStep(sources.isEmpty() ? NEW : "", "", "", newRow("", "report", "", "", "", Set.of()),
                EvidencePass.isBlank(q.explanation()) ? "" : null);
    }

    public static EvidenceStep parse(FormFields f, List<Source> sources, Question q) {
        Set<String> taken = new HashSet<>();
        sources.forEach(s -> taken.add(s.id()));
        return new EvidenceStep(f.text("source"), f.text("locator"), f.text("note"),
                newRow(f.text("new-title"), f.text("new-kind"), f.text("new-publisher"), f.text("new-published"), f.text("new-url"), taken),
                EvidencePass.isBlank(q.explanation()) ? f.text("explanation") : null);
    }

    /** The same step with another source chosen. */
    public EvidenceStep withSource(String sourceId) {
        return new EvidenceStep(sourceId, locator, note, newSource, explanation);
    }

    public boolean asksExplanation() {
        return explanation != null;
    }

    private static SourcesForm.Row newRow(String title, String kind, String publisher, String published, String url, Set<String> taken) {
        return new SourcesForm.Row(0, freeId(title, taken), kind, title, publisher, published, url, false, false);
    }

    /** An id for a new source, made from its title and not yet taken: "the-kyiv-independent", "the-kyiv-independent-2". */
    static String freeId(String title, Set<String> taken) {
        String base = PackWriter.slug(title);
        base = base.equals("questions") ? "source" : base;
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    public boolean citesNewSource() {
        return NEW.equals(source);
    }

    public FormErrors validate(Set<String> sourceIds) {
        FormErrors errors = FormErrors.none();
        Set<String> known = sourceIds;
        if (citesNewSource()) {
            SourcesForm.checkFields(errors, newSource, field -> "new-" + field);
            known = Set.of(newSource.id());
        }
        QuestionForm.checkEvidence(errors, new QuestionForm.EvidenceRow(0, citesNewSource() ? newSource.id() : source, locator, note),
                known, field -> field);
        if (asksExplanation() && explanation.isEmpty()) {
            errors.add("explanation", UiText.teach(t -> t.errExplanation()));
        }
        return errors;
    }

    /** The question with the passage added, and the explanation when the step asked for one. */
    public Question applyTo(Question q) {
        List<Evidence> evidence = new ArrayList<>(q.evidence());
        evidence.add(toEvidence());
        return q.withBacking(asksExplanation() ? explanation : q.explanation(), evidence);
    }

    public Evidence toEvidence() {
        return new Evidence(citesNewSource() ? newSource.id() : source, locator, note);
    }

    /** The source to add to the pack, when the step cites a new one. */
    public Optional<Source> toNewSource() {
        return citesNewSource() ? Optional.of(SourcesForm.toSource(newSource)) : Optional.empty();
    }
}

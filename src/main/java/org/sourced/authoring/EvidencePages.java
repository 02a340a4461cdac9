package org.sourced.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Source;
import org.sourced.web.FormErrors;
import org.sourced.web.SelectOption;
import org.sourced.web.i18n.UiLanguage;

/**
 * The evidence pass: from a draft, one screen per question that cites no evidence yet (or whose evidence the
 * reader refuses), the question and its key beside the pack's sources, one post to cite a passage (from a
 * listed source or a new one) and go on to the next. Plain forms; app.js adds the keyboard shortcuts.
 */
@Path("/teach/packs/{packId}/evidence")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("teacher")
public class EvidencePages {

    @Inject
    Authoring authoring;
    @Inject
    UiLanguage ui;

    /** One line of the key as the step shows it: a choice (or an item, in order) and whether it is correct. */
    public record KeyLine(String text, boolean correct) {
    }

    /** An evidence item the question already cites, with its source's title. */
    public record Cited(String source, String locator, String note) {
    }

    /**
     * What a step shows besides the form.
     *
     * @param position this question's place among those still to evidence (1-based), 0 when it is not one of them
     */
    public record Step(String packId, String packTitle, String questionId, int number, String text, String type, List<KeyLine> key,
                       boolean ordered, String explanation, List<Cited> cited, List<Source> sources, List<SelectOption> kinds,
                       int position, int total, List<String> readerSays) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance step(Step step, EvidenceStep form, FormErrors errors, String savedId);

        static native TemplateInstance done(String packId, String packTitle, String savedId);
    }

    @GET
    public Response start(@PathParam("packId") String packId, @QueryParam("saved") String saved) {
        Workspace w = authoring.workspace(packId);
        List<String> flagged = EvidencePass.flagged(w);
        if (flagged.isEmpty()) {
            return TeachPages.page(200, Templates.done(packId, w.title(), savedId(w, saved)));
        }
        return TeachPages.seeOther(stepHref(packId, flagged.get(0), null));
    }

    @GET
    @Path("{questionId}")
    public TemplateInstance step(@PathParam("packId") String packId, @PathParam("questionId") String questionId,
                                 @QueryParam("saved") String saved) {
        Workspace w = authoring.workspace(packId);
        Question q = QuestionEditor.editable(w, questionId);
        String savedId = savedId(w, saved);
        EvidenceStep form = EvidenceStep.blank(w.manifest().sources(), q);
        // the step after a save starts on the source that one cited: a bank is usually evidenced from a few sources
        if (savedId != null) {
            List<Evidence> cited = w.question(savedId).orElseThrow().evidence();
            if (!cited.isEmpty() && w.sourceIds().contains(cited.get(cited.size() - 1).source())) {
                form = form.withSource(cited.get(cited.size() - 1).source());
            }
        }
        return stepPage(w, q, form, FormErrors.none(), savedId);
    }

    @POST
    @Path("{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("packId") String packId, @PathParam("questionId") String questionId,
                         MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        Question q = QuestionEditor.editable(w, questionId);
        if ("skip".equals(fields.getFirst("action"))) {
            return TeachPages.seeOther(EvidencePass.after(w, questionId).map(next -> stepHref(packId, next, null))
                    .orElse("/teach/packs/" + packId));
        }
        EvidenceStep form = EvidenceStep.parse(new FormFields(fields), w.manifest().sources(), q);
        FormErrors errors = form.validate(w.sourceIds());
        if (!errors.isEmpty()) {
            return TeachPages.page(422, stepPage(w, q, form, errors, null));
        }
        Map<String, String> changed = changedFiles(w, q, form);
        // the reader's own checks (a locator past the source's last paragraph) come before the save, not after it
        Optional<Problem> refused = ProblemWords.newInPass(w, new Workspace(packId, merged(w, changed)), questionId);
        if (refused.isPresent()) {
            String because = ProblemWords.of(refused.get().message()).text().current();
            return TeachPages.page(422, stepPage(w, q, form, FormErrors.of("locator", because), null));
        }
        Workspace after = authoring.save(w, changed, List.of());
        return TeachPages.seeOther(EvidencePass.after(after, questionId).map(next -> stepHref(packId, next, questionId))
                .orElse("/teach/packs/" + packId + "/evidence?saved=" + questionId));
    }

    /** The question file with the passage added to the question, and pack.yaml when the passage's source is new. */
    private static Map<String, String> changedFiles(Workspace w, Question q, EvidenceStep form) {
        Question cited = form.applyTo(q);
        String path = w.places().of(q.id()).orElseThrow().path();
        List<Question> inFile = new ArrayList<>(w.questionsIn(path));
        inFile.replaceAll(old -> old.id().equals(q.id()) ? cited : old);
        Map<String, String> changed = new HashMap<>();
        changed.put(path, PackWriter.questions(inFile));
        form.toNewSource().ifPresent(source -> {
            List<Source> sources = new ArrayList<>(w.manifest().sources());
            sources.add(source);
            changed.put(PackReader.MANIFEST, PackWriter.manifest(ManifestText.sane(w.manifest().withSources(sources))));
        });
        return changed;
    }

    private static Map<String, String> merged(Workspace w, Map<String, String> changed) {
        Map<String, String> files = new HashMap<>(w.files());
        files.putAll(changed);
        return files;
    }

    private TemplateInstance stepPage(Workspace w, Question q, EvidenceStep form, FormErrors errors, String savedId) {
        List<String> flagged = EvidencePass.flagged(w);
        List<Question> all = w.content().questions();
        int number = all.indexOf(q) + 1;
        boolean ordered = q.type() == QuestionType.ORDERING;
        List<KeyLine> key = q.choices().stream().map(c -> new KeyLine(keyText(c), !ordered && c.correct())).toList();
        List<Cited> cited = q.evidence().stream().map(e -> new Cited(w.manifest().source(String.valueOf(e.source()))
                .map(s -> s.title() == null ? s.id() : s.title()).orElse(String.valueOf(e.source())), e.locator(), e.note())).toList();
        List<String> readerSays = w.problemsOfQuestion(q.id()).stream()
                .map(p -> ProblemWords.of(p.message()).text().current()).toList();
        String text = q.stem() != null && q.claim() != null ? q.stem() + " " + q.claim() : q.stem() != null ? q.stem() : q.claim();
        Step step = new Step(w.packId(), w.title(), q.id(), number, text, q.type().key(), key, ordered, q.explanation(), cited,
                w.manifest().sources(), TeachPages.kinds(ui.messages()), flagged.indexOf(q.id()) + 1, flagged.size(), readerSays);
        return Templates.step(step, form, errors, savedId);
    }

    private static String keyText(Choice c) {
        return c.text() == null ? c.id() : c.text();
    }

    /** A saved question's id, for the "saved" notice; only an id of this draft is echoed. */
    private static String savedId(Workspace w, String saved) {
        return saved != null && w.question(saved).isPresent() ? saved : null;
    }

    private static String stepHref(String packId, String questionId, String saved) {
        return "/teach/packs/" + packId + "/evidence/" + questionId + (saved == null ? "" : "?saved=" + saved);
    }
}

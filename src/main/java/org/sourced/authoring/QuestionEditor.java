package org.sourced.authoring;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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

import org.sourced.lessons.CheckpointResult;
import org.sourced.lessons.Checkpoints;
import org.sourced.lessons.LessonPart;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Verdict;
import org.sourced.quiz.AnswerForm;
import org.sourced.web.FormErrors;
import org.sourced.web.SelectOption;
import org.sourced.web.UserError;
import org.sourced.web.i18n.Messages;
import org.sourced.web.i18n.UiLanguage;
import org.sourced.web.i18n.UiText;
import org.sourced.web.i18n.WorkbenchMessages;

/**
 * Writing a question of a draft, of any type, and answering it as a student would. A question stays in
 * the file it came from; its id is chosen once and fixed afterwards, because attempts refer to it.
 */
@Path("/teach/packs/{packId}/questions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("teacher")
public class QuestionEditor {

    @Inject
    Authoring authoring;
    @Inject
    Checkpoints checkpoints;
    @Inject
    UiLanguage ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(String packId, String packTitle, QuestionForm form, List<SelectOption> objectives,
                                            List<SelectOption> sources, List<SelectOption> verdicts, FormErrors errors,
                                            List<Problem> problems, boolean saved, String base, boolean conflict, LessonPart preview,
                                            String language, RowNotice moved);

        /** What an autosave says, swapped into the form's status line; it carries the version the form now edits. */
        static native TemplateInstance autosaved(String message, String base, boolean ok, LessonPart preview, String language);

        static native TemplateInstance preview(String packId, String packTitle, String language, String questionId, LessonPart part);
    }

    @GET
    @Path("new")
    public TemplateInstance newQuestion(@PathParam("packId") String packId, @QueryParam("type") String type) {
        Workspace w = authoring.workspace(packId);
        String objective = w.manifest().objectives().isEmpty() ? "" : w.manifest().objectives().get(0).id();
        return editPage(w, QuestionForm.blank(type(type), objective), FormErrors.none(), List.of(), false, "", false);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("packId") String packId, MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        return submit(w, null, type(fields.getFirst("type")), fields);
    }

    @GET
    @Path("{questionId}")
    public TemplateInstance question(@PathParam("packId") String packId, @PathParam("questionId") String questionId,
                                     @QueryParam("saved") boolean saved) {
        Workspace w = authoring.workspace(packId);
        Question q = editableInForm(w, questionId);
        return editPage(w, QuestionForm.of(q), FormErrors.none(), w.problemsOfQuestion(questionId), saved, w.versionOf(questionId), false);
    }

    @POST
    @Path("{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("packId") String packId, @PathParam("questionId") String questionId,
                         MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        Question q = editableInForm(w, questionId);
        return submit(w, questionId, q.type(), fields);
    }

    /**
     * Save, or (without JavaScript) re-show the form with one more choice or evidence row. Rows ticked
     * "remove" are gone from the re-shown form too. A save over a version of the question the form was not opened
     * on is refused (409) with the teacher's text kept in the form.
     */
    private Response submit(Workspace w, String questionId, QuestionType type, MultivaluedMap<String, String> fields) {
        QuestionForm form = QuestionForm.parse(new FormFields(fields), type, questionId);
        List<Problem> problems = questionId == null ? List.of() : w.problemsOfQuestion(questionId);
        String base = fields.getFirst("base") == null ? "" : fields.getFirst("base");
        String action = fields.getFirst("action");
        if ("add-choice".equals(action)) {
            return TeachPages.page(200, editPage(w, form.withExtraChoice(), FormErrors.none(), problems, false, base, false));
        }
        if ("add-evidence".equals(action)) {
            return TeachPages.page(200, editPage(w, form.withExtraEvidence(), FormErrors.none(), problems, false, base, false));
        }
        Optional<RowAction> rowAction = RowAction.parse(action);
        if (rowAction.isPresent()) {
            RowAction a = rowAction.get();
            int rows = form.choices().size();
            if (!a.fits(rows)) {
                throw UserError.badRequest(UiText.bench(m -> m.errNoSuchRow(a.action(), rows)));
            }
            return TeachPages.page(200, editPage(w, form.withRows(a), FormErrors.none(), problems, false, base, false, RowNotice.of(a, rows)));
        }
        if (questionId != null && isConflict(w, questionId, base)) {
            return TeachPages.page(409, editPage(w, form, FormErrors.none(), problems, false, base, true));
        }
        FormErrors errors = form.validate(new QuestionForm.Context(w.objectiveIds(), w.sourceIds(), w.questionIds()));
        if (!errors.isEmpty()) {
            return TeachPages.page(422, editPage(w, form, errors, problems, false, base, false));
        }
        String id = questionId != null ? questionId : form.toQuestion().id();
        write(w, questionId, form);
        return TeachPages.seeOther("/teach/packs/" + w.packId() + "/questions/" + id + "?saved=true");
    }

    /**
     * The form saved as the teacher types (htmx posts it a moment after the last keystroke): written when it is
     * complete, else left for the next keystroke (app.js keeps it in the browser meanwhile); never over another
     * version than the one the form edits.
     */
    @POST
    @Path("{questionId}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autosave(@PathParam("packId") String packId, @PathParam("questionId") String questionId,
                             MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        Question q = editableInForm(w, questionId);
        String base = fields.getFirst("base") == null ? "" : fields.getFirst("base");
        WorkbenchMessages m = UiText.Bundles.current(WorkbenchMessages.class);
        QuestionForm form = QuestionForm.parse(new FormFields(fields), q.type(), questionId);
        FormErrors errors = form.validate(new QuestionForm.Context(w.objectiveIds(), w.sourceIds(), w.questionIds()));
        boolean same = errors.isEmpty() && form.toQuestion().withResponseFeedback(q.responseFeedback()).equals(q);
        if (isConflict(w, questionId, base) && !same) {
            return TeachPages.page(409, Templates.autosaved(m.conflict(), base, false, null, language(w)));
        }
        if (!errors.isEmpty()) {
            return TeachPages.page(422, Templates.autosaved(m.notSaved(errors.all().values().iterator().next()), base, false, null,
                    language(w)));
        }
        Workspace after = same ? w : write(w, questionId, form);
        String time = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + " UTC";
        return TeachPages.page(200, Templates.autosaved(m.savedAt(time), after.versionOf(questionId), true,
                previewPart(after, questionId), language(after)));
    }

    /** Whether the form was opened on another version of the question than the stored one (an empty base is an old form: let it save). */
    private static boolean isConflict(Workspace w, String questionId, String base) {
        return !base.isEmpty() && !base.equals(w.versionOf(questionId));
    }

    /**
     * Writes the form's question back into its file (a new one beside its objective's), keeping what the form has
     * no fields for; returns the draft as saved.
     */
    private Workspace write(Workspace w, String questionId, QuestionForm form) {
        Question q = form.toQuestion();
        String path = questionId == null ? w.fileForNewQuestion(q.objective())
                : w.places().of(questionId).orElseThrow().path();
        List<Question> inFile = new ArrayList<>(w.files().containsKey(path) ? w.questionsIn(path) : List.of());
        if (questionId == null) {
            inFile.add(q);
        } else {
            // the form has no fields for an LMS's response feedback and hints: keep the question's own
            inFile.replaceAll(old -> old.id().equals(questionId) ? q.withResponseFeedback(old.responseFeedback()) : old);
        }
        return authoring.save(w, Map.of(path, PackWriter.questions(inFile)), List.of());
    }

    @POST
    @Path("{questionId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("packId") String packId, @PathParam("questionId") String questionId) {
        Workspace w = authoring.workspace(packId);
        editable(w, questionId);
        String path = w.places().of(questionId).orElseThrow().path();
        List<Question> rest = w.questionsIn(path).stream().filter(q -> !q.id().equals(questionId)).toList();
        if (rest.isEmpty()) {
            authoring.save(w, Map.of(), List.of(path));
        } else {
            authoring.save(w, Map.of(path, PackWriter.questions(rest)), List.of());
        }
        return TeachPages.seeOther("/teach/packs/" + packId + "?notice=saved");
    }

    // ---- preview as a student --------------------------------------------------------------------

    @GET
    @Path("{questionId}/preview")
    public TemplateInstance preview(@PathParam("packId") String packId, @PathParam("questionId") String questionId) {
        Workspace w = authoring.workspace(packId);
        Question q = previewable(w, questionId);
        return previewPage(w, q, null);
    }

    /** Grades the teacher's answer as a checkpoint: the key, feedback and evidence show only now. */
    @POST
    @Path("{questionId}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("packId") String packId, @PathParam("questionId") String questionId,
                           MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        Question q = previewable(w, questionId);
        CheckpointResult result = checkpoints.grade(w.content(), q, new AnswerForm(fields));
        return TeachPages.page(result.error() == null ? 200 : 422, previewPage(w, q, result));
    }

    private TemplateInstance previewPage(Workspace w, Question q, CheckpointResult result) {
        return Templates.preview(w.packId(), w.title(), language(w), q.id(),
                new LessonPart(null, Checkpoints.present(q, w.manifest()), result));
    }

    private static Question previewable(Workspace w, String questionId) {
        Question q = w.question(questionId).orElseThrow(() -> UserError.notFound(UiText.teach(t -> t.errDraftNoQuestion(questionId))));
        if (!Previewable.question(q)) {
            throw UserError.conflict(UiText.teach(t -> t.errPreviewIncomplete(questionId)));
        }
        return q;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /**
     * What the form that comes back after a row button or a drag says in its status line ("Row 3 moved to place 1."),
     * and which button of the moved row takes the focus; {@link #NONE} on any other page.
     */
    public record RowNotice(String text, int row, String focus) {
        static final RowNotice NONE = new RowNotice("", -1, "");

        static RowNotice of(RowAction a, int rows) {
            WorkbenchMessages m = UiText.Bundles.current(WorkbenchMessages.class);
            if (a.kind() == RowAction.Kind.REMOVE) {
                return new RowNotice(m.rowRemoved(a.row() + 1), -1, "");
            }
            int at = a.target(rows);
            return new RowNotice(m.rowMoved(a.row() + 1, at + 1), at, a.focus(rows));
        }

        public boolean shown() {
            return !text.isEmpty();
        }

        /** "up", "down" or "" for the buttons of row {@code index}. */
        public String focusOn(int index) {
            return index == row ? focus : "";
        }
    }

    private TemplateInstance editPage(Workspace w, QuestionForm form, FormErrors errors, List<Problem> problems, boolean saved,
                                      String base, boolean conflict) {
        return editPage(w, form, errors, problems, saved, base, conflict, RowNotice.NONE);
    }

    private TemplateInstance editPage(Workspace w, QuestionForm form, FormErrors errors, List<Problem> problems, boolean saved,
                                      String base, boolean conflict, RowNotice moved) {
        List<SelectOption> objectives = w.manifest().objectives().stream().filter(o -> o.id() != null)
                .map(o -> new SelectOption(o.id(), o.title() == null ? o.id() : o.title())).toList();
        List<SelectOption> sources = w.manifest().sources().stream().filter(s -> s.id() != null)
                .map(s -> new SelectOption(s.id(), (s.title() == null ? s.id() : s.title())
                        + (s.publisher() == null ? "" : ", " + s.publisher()))).toList();
        // Verdict.label() is the stored English; the editor shows the reader's words, as the student pages do
        Messages m = ui.messages();
        List<SelectOption> verdicts = List.of(new SelectOption(Verdict.SUPPORTED.key(), m.verdictSupported()),
                new SelectOption(Verdict.REFUTED.key(), m.verdictRefuted()),
                new SelectOption(Verdict.NOT_IN_EVIDENCE.key(), m.verdictNotInEvidence()));
        return Templates.edit(w.packId(), w.title(), form, objectives, sources, verdicts, errors, problems, saved, base, conflict,
                form.isNew() ? null : previewPart(w, form.id()), language(w), moved);
    }

    /** The stored question as a student sees it, for the editor's side panel; null while it is not complete enough. */
    private static LessonPart previewPart(Workspace w, String questionId) {
        return w.question(questionId).filter(Previewable::question)
                .map(q -> new LessonPart(null, Checkpoints.present(q, w.manifest()), null)).orElse(null);
    }

    private static String language(Workspace w) {
        return w.manifest().language() == null ? "en" : w.manifest().language();
    }

    /** A question the form can edit: read with a type, in a file the editor can write back whole. */
    static Question editable(Workspace w, String questionId) {
        Question q = w.question(questionId).orElseThrow(() -> UserError.notFound(UiText.teach(t -> t.errDraftNoQuestion(questionId))));
        String path = w.places().of(questionId).map(QuestionPlaces.Place::path).orElse(null);
        if (!w.editable(questionId)) {
            throw UserError.conflict(path == null ? UiText.teach(t -> t.errCannotRewrite(questionId))
                    : UiText.teach(t -> t.errCannotRewriteFile(questionId, path)));
        }
        return q;
    }

    /** A question the form can show and save: the form has no rows for evidence entries, saving would drop them. */
    private static Question editableInForm(Workspace w, String questionId) {
        Question q = editable(w, questionId);
        if (q.type() == QuestionType.EVIDENCE_CHOICE) {
            throw UserError.conflict(UiText.teach(t -> t.errCannotEditEvidenceChoice(questionId)));
        }
        return q;
    }

    private static QuestionType type(String key) {
        QuestionType type = QuestionType.fromKey(key == null || key.isBlank() ? "single" : key)
                .orElseThrow(() -> UserError.badRequest(UiText.teach(t -> t.errQuestionType(key))));
        if (type == QuestionType.EVIDENCE_CHOICE) {
            // the form has no rows for evidence entries: it would save one without its passages
            throw UserError.conflict(UiText.teach(t -> t.errNewEvidenceChoice()));
        }
        return type;
    }
}

package org.sourced.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.sourced.accounts.Viewer;
import org.sourced.packs.Drafts;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.SourceKind;
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;
import org.sourced.web.Markdown;
import org.sourced.web.SafeHtml;
import org.sourced.web.SelectOption;
import org.sourced.web.UserError;
import org.sourced.web.i18n.Messages;
import org.sourced.web.i18n.TeachMessages;
import org.sourced.web.i18n.UiLanguage;

/**
 * The teacher's side of packs: the list of mine and of all, new pack, upload, the pack page (draft
 * overview with every problem linked to where it is fixed, metadata form, publish, discard), the
 * objectives and sources forms, any file of the draft as text, the Markdown preview and downloads.
 */
@Path("/teach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("teacher")
public class TeachPages {

    @Inject
    Authoring authoring;
    @Inject
    Viewer viewer;
    @Inject
    UiLanguage ui;

    /** One published pack in the list of all packs. */
    public record PackRow(PackVersion version, boolean editable) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<PackVersion> drafts, List<PackVersion> mine, List<PackRow> all, String newId,
                                            String newTitle, FormErrors errors);

        static native TemplateInstance pack(PackPage page, MetadataForm metadata, FormErrors errors, String notice, boolean noticeError,
                                            BulkEdit bulk, FormErrors bulkErrors, String undo, List<SelectOption> objectives);

        static native TemplateInstance objectives(String packId, String title, ObjectivesForm form, FormErrors errors, boolean saved);

        static native TemplateInstance sources(String packId, String title, SourcesForm form, List<SelectOption> kinds,
                                               FormErrors errors, boolean saved);

        static native TemplateInstance file(String packId, String title, String path, String href, String text,
                                            List<Problem> problems, FormErrors errors, boolean saved);

        static native TemplateInstance preview(SafeHtml html);
    }

    // ---- the list, new pack, upload --------------------------------------------------------------

    @GET
    public TemplateInstance home() {
        return home("", "", FormErrors.none());
    }

    private TemplateInstance home(String newId, String newTitle, FormErrors errors) {
        List<PackVersion> current = PackVersion.currentPublished();
        List<PackVersion> mine = current.stream().filter(v -> v.ownerId != null && v.ownerId == viewer.id()).toList();
        List<PackRow> all = current.stream().map(v -> new PackRow(v, Drafts.mayEdit(v.packId, viewer.id(), viewer.isAdmin()))).toList();
        return Templates.home(Drafts.draftsOwnedBy(viewer.id(), false), mine, all, newId, newTitle, errors);
    }

    @POST
    @Path("packs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String id, @RestForm String title) {
        String packId = id == null ? "" : id.strip();
        String packTitle = title == null ? "" : title.strip();
        FormErrors errors = FormErrors.none();
        if (!Ids.isNewId(packId)) {
            errors.add("id", UiText.teach(t -> t.errPackIdForm()));
        } else if (authoring.exists(packId)) {
            errors.add("id", UiText.teach(t -> t.errPackExists(packId)));
        }
        if (packTitle.isEmpty() || packTitle.length() > MetadataForm.MAX_TITLE) {
            errors.add("title", UiText.teach(t -> t.errPackTitle(MetadataForm.MAX_TITLE)));
        }
        if (!errors.isEmpty()) {
            return page(422, home(packId, packTitle, errors));
        }
        authoring.create(packId, packTitle);
        return seeOther("/teach/packs/" + packId);
    }

    /** A pack zip (as downloaded here, or the pack folder zipped) becomes that pack's draft. */
    @POST
    @Path("packs/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("pack") FileUpload pack) {
        if (pack == null || pack.uploadedFile() == null) {
            return page(422, home("", "", FormErrors.of("pack", UiText.teach(t -> t.errChooseZip()))));
        }
        long max = authoring.limits().maxBytes();
        if (pack.size() > max) {
            return page(413, home("", "", FormErrors.of("pack", UiText.teach(t -> t.errFileTooBig(pack.size(), max)))));
        }
        try {
            byte[] bytes = Files.readAllBytes(pack.uploadedFile());
            PackVersion draft = authoring.upload(bytes);
            return seeOther("/teach/packs/" + draft.packId + "?notice=uploaded");
        } catch (PackZip.Refused e) {
            return page(e.status(), home("", "", FormErrors.of("pack", e.getMessage())));
        } catch (UserError e) {
            return page(e.status(), home("", "", FormErrors.of("pack", e.text())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the pack page ---------------------------------------------------------------------------

    @GET
    @Path("packs/{id}")
    public TemplateInstance pack(@PathParam("id") String packId, @QueryParam("notice") String notice) {
        return packPage(packId, null, FormErrors.none(), notice(ui.teach(), notice), false);
    }

    private TemplateInstance packPage(String packId, MetadataForm form, FormErrors errors, String notice, boolean noticeError) {
        return packPage(packId, form, errors, notice, noticeError, BulkEdit.none(), FormErrors.none());
    }

    private TemplateInstance packPage(String packId, MetadataForm form, FormErrors errors, String notice, boolean noticeError,
                                      BulkEdit bulk, FormErrors bulkErrors) {
        Workspace w = authoring.maybeWorkspace(packId).orElse(null);
        PackVersion draft = authoring.draftVersion(packId).orElse(null);
        PackPage page = PackPage.of(packId, draft, w, authoring.published(packId));
        MetadataForm metadata = form != null ? form : w != null && w.content() != null ? MetadataForm.of(w.manifest()) : null;
        if (form == null && metadata != null && errors.isEmpty()) {
            // the reader's problems with pack.yaml's own fields, shown beside those fields
            errors = metadataProblems(w);
        }
        List<SelectOption> objectives = w == null || w.content() == null ? List.of() : w.manifest().objectives().stream()
                .filter(o -> o.id() != null).map(o -> new SelectOption(o.id(), o.title() == null ? o.id() : o.title())).toList();
        return Templates.pack(page, metadata, errors, notice, noticeError, bulk, bulkErrors, authoring.undoable(packId).orElse(null),
                objectives);
    }

    // ---- bulk actions ----------------------------------------------------------------------------

    /** One change to the questions ticked in the pack page's list; refused whole (422) when any part cannot be made. */
    @POST
    @Path("packs/{id}/bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulk(@PathParam("id") String packId, MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        BulkEdit edit = BulkEdit.parse(new FormFields(fields));
        BulkEdit.Outcome outcome = authoring.bulk(w, edit);
        if (outcome.change().isEmpty()) {
            return page(422, packPage(packId, null, FormErrors.none(), UiText.bench(b -> b.bulkNotDone()).current(), true, edit, outcome.errors()));
        }
        return seeOther("/teach/packs/" + packId + "?notice=bulk#questions-h");
    }

    @POST
    @Path("packs/{id}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undo(@PathParam("id") String packId) {
        authoring.undo(packId);
        return seeOther("/teach/packs/" + packId + "?notice=undone#questions-h");
    }

    private static FormErrors metadataProblems(Workspace w) {
        FormErrors errors = FormErrors.none();
        Set<String> fields = Set.of("title", "summary", "language", "version", "licence", "authors");
        for (Problem p : w.problemsOfFile(org.sourced.packs.format.PackReader.MANIFEST)) {
            for (String field : fields) {
                if (p.message().contains("'" + field + "'")) {
                    errors.add(field, p.message());
                }
            }
        }
        return errors;
    }

    private static String notice(TeachMessages m, String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "saved" -> m.saved();
            case "uploaded" -> m.teachNoticeUploaded();
            case "opened" -> m.teachNoticeOpened();
            case "published" -> m.teachNoticePublished();
            case "bulk" -> UiText.bench(b -> b.bulkSaved()).current();
            case "undone" -> UiText.bench(b -> b.undone()).current();
            default -> null;
        };
    }

    @POST
    @Path("packs/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") String packId) {
        boolean had = authoring.draftVersion(packId).isPresent();
        authoring.open(packId);
        return seeOther("/teach/packs/" + packId + (had ? "" : "?notice=opened"));
    }

    @POST
    @Path("packs/{id}/metadata")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response metadata(@PathParam("id") String packId, MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        MetadataForm form = MetadataForm.parse(new FormFields(fields));
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            return page(422, packPage(packId, form, errors, null, false));
        }
        authoring.save(w, Map.of(org.sourced.packs.format.PackReader.MANIFEST,
                org.sourced.packs.format.PackWriter.manifest(ManifestText.sane(form.applyTo(w.manifest())))), List.of());
        return seeOther("/teach/packs/" + packId + "?notice=saved");
    }

    @POST
    @Path("packs/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String packId) {
        Workspace w = authoring.workspace(packId);
        if (!w.ok()) {
            return page(422, packPage(packId, null, FormErrors.none(), ui.teach().teachCannotPublish(w.problems().size()), true));
        }
        authoring.publish(packId);
        return seeOther("/teach/packs/" + packId + "?notice=published");
    }

    @POST
    @Path("packs/{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@PathParam("id") String packId) {
        authoring.discard(packId);
        return seeOther(authoring.exists(packId) ? "/teach/packs/" + packId : "/teach");
    }

    @GET
    @Path("packs/{id}/download")
    @Produces("application/zip")
    public Response download(@PathParam("id") String packId, @QueryParam("version") String version) {
        Authoring.Download d = authoring.download(packId, version);
        return Response.ok(d.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"").build();
    }

    // ---- objectives and sources ------------------------------------------------------------------

    @GET
    @Path("packs/{id}/objectives")
    public TemplateInstance objectives(@PathParam("id") String packId, @QueryParam("saved") boolean saved) {
        Workspace w = authoring.workspace(packId);
        return Templates.objectives(packId, w.title(), ObjectivesForm.of(w.manifest()), FormErrors.none(), saved);
    }

    @POST
    @Path("packs/{id}/objectives")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveObjectives(@PathParam("id") String packId, MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        ObjectivesForm form = ObjectivesForm.parse(new FormFields(fields));
        if ("add".equals(fields.getFirst("action"))) {
            return page(200, Templates.objectives(packId, w.title(), form.withExtraRow(), FormErrors.none(), false));
        }
        FormErrors errors = form.validate(w.objectiveUsers());
        if (!errors.isEmpty()) {
            return page(422, Templates.objectives(packId, w.title(), form, errors, false));
        }
        var changed = w.manifest().withObjectives(form.toObjectives());
        authoring.save(w, Map.of(org.sourced.packs.format.PackReader.MANIFEST,
                org.sourced.packs.format.PackWriter.manifest(ManifestText.sane(changed))), List.of());
        return seeOther("/teach/packs/" + packId + "/objectives?saved=true");
    }

    @GET
    @Path("packs/{id}/sources")
    public TemplateInstance sources(@PathParam("id") String packId, @QueryParam("saved") boolean saved) {
        Workspace w = authoring.workspace(packId);
        return Templates.sources(packId, w.title(), SourcesForm.of(w.manifest()), kinds(ui.messages()), FormErrors.none(), saved);
    }

    @POST
    @Path("packs/{id}/sources")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSources(@PathParam("id") String packId, MultivaluedMap<String, String> fields) {
        Workspace w = authoring.workspace(packId);
        SourcesForm form = SourcesForm.parse(new FormFields(fields));
        if ("add".equals(fields.getFirst("action"))) {
            return page(200, Templates.sources(packId, w.title(), form.withExtraRow(), kinds(ui.messages()), FormErrors.none(), false));
        }
        FormErrors errors = form.validate(w.sourceUsers());
        if (!errors.isEmpty()) {
            return page(422, Templates.sources(packId, w.title(), form, kinds(ui.messages()), errors, false));
        }
        var changed = w.manifest().withSources(form.toSources(w.manifest().sources()));
        authoring.save(w, Map.of(org.sourced.packs.format.PackReader.MANIFEST,
                org.sourced.packs.format.PackWriter.manifest(ManifestText.sane(changed))), List.of());
        return seeOther("/teach/packs/" + packId + "/sources?saved=true");
    }

    static List<SelectOption> kinds(Messages m) {
        return Arrays.stream(SourceKind.values()).map(k -> new SelectOption(k.key(), kindName(m, k))).toList();
    }

    /** A source kind in the reader's language, as {@code tags/sourceKind.html} shows it. */
    static String kindName(Messages m, SourceKind kind) {
        return switch (kind) {
            case REPORT -> m.kindReport();
            case COMMENTARY -> m.kindCommentary();
            case FACT_CHECK -> m.kindFactCheck();
            case PRIMARY -> m.kindPrimary();
            case COMMENT -> m.kindComment();
        };
    }

    // ---- any file as text ------------------------------------------------------------------------

    /** Any file of the draft as text: for what the forms cannot reach (sets, a file that does not parse). */
    @GET
    @Path("packs/{id}/files/{path: .+}")
    public TemplateInstance file(@PathParam("id") String packId, @PathParam("path") String path, @QueryParam("saved") boolean saved) {
        Workspace w = authoring.workspace(packId);
        String text = w.files().get(path);
        if (text == null) {
            throw UserError.notFound(UiText.teach(t -> t.errDraftNoFile(path)));
        }
        return Templates.file(packId, w.title(), path, w.fileHref(path), text, w.problemsOfFile(path), FormErrors.none(), saved);
    }

    @POST
    @Path("packs/{id}/files/{path: .+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveFile(@PathParam("id") String packId, @PathParam("path") String path, @RestForm String text) {
        Workspace w = authoring.workspace(packId);
        if (!w.files().containsKey(path)) {
            throw UserError.notFound(UiText.teach(t -> t.errDraftNoFile(path)));
        }
        String body = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            authoring.save(w, Map.of(path, body), List.of());
        } catch (UserError e) {
            if (e.status() != 422) {
                throw e;
            }
            return page(422, Templates.file(packId, w.title(), path, w.fileHref(path), body, w.problemsOfFile(path), FormErrors.of("text", e.text()),
                    false));
        }
        return seeOther(w.fileHref(path) + "?saved=true");
    }

    // ---- Markdown preview ------------------------------------------------------------------------

    /** The lesson text as it will read, for htmx while the teacher types (the no-JS form has a Preview button). */
    @POST
    @Path("packs/{id}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@PathParam("id") String packId, @RestForm String body) {
        authoring.checkAccess(packId);
        return Templates.preview(Markdown.preview(body == null ? "" : body));
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}

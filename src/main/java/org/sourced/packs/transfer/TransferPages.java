package org.sourced.packs.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.sourced.packs.exchange.ExchangeFormat;
import org.sourced.accounts.Viewer;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackVersion;
import org.sourced.packs.exchange.ImportProblem;
import org.sourced.web.FormErrors;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * The same import and export as {@link TransferApi}, for a teacher in the browser: a form that uploads a file,
 * a page with what the import made of it, and download links.
 */
@Path("/teach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("teacher")
public class TransferPages {

    @Inject
    PackTransfer transfer;
    @Inject
    PackCatalog catalog;
    @Inject
    Viewer viewer;

    /** The import form as sent, to show it again with its errors. */
    public record ImportForm(String format, String pack, String language) {
        static final ImportForm EMPTY = new ImportForm(ExchangeFormat.GIFT.key(), "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importForm(List<TransferFormat> formats, ImportForm form, FormErrors errors,
                                                  List<ImportProblem> problems, List<PackVersion> packs, String fileHint);

        static native TemplateInstance imported(String packId, int questions, TransferFormat format, List<ImportProblem> problems);
    }

    @GET
    @Path("import")
    public TemplateInstance importPage() {
        return form(ImportForm.EMPTY, FormErrors.none(), List.of());
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file, @RestForm String format, @RestForm String pack,
                               @RestForm String language) {
        ImportForm sent = new ImportForm(format, pack == null ? "" : pack.strip(), language == null ? "" : language.strip());
        FormErrors errors = FormErrors.none();
        TransferFormat chosen = null;
        try {
            chosen = TransferFormat.of(format);
        } catch (UserError e) {
            errors.add("format", e.text());
        }
        try {
            if (!sent.pack().isEmpty()) {
                PackTransfer.checkedPackId(sent.pack());
            }
        } catch (UserError e) {
            errors.add("pack", e.text());
        }
        try {
            PackTransfer.checkedLanguage(sent.language());
        } catch (UserError e) {
            errors.add("language", e.text());
        }
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            errors.add("file", UiText.xfer(x -> x.errChooseFile()));
        }
        if (!errors.isEmpty()) {
            return page(422, form(sent, errors, List.of()));
        }
        long max = transfer.limits().maxBytes();
        try {
            if (file.size() > max) {
                throw PackTransfer.tooLarge(file.size(), max);
            }
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            PackTransfer.Imported imported = transfer.importFile(chosen, bytes, sent.pack(), sent.language(), caller());
            return page(200, Templates.imported(imported.packId(), imported.questions(), chosen, imported.problems()));
        } catch (TransferFailure e) {
            return page(422, form(sent, FormErrors.of("file", e.text()), e.problems()));
        } catch (UserError e) {
            // what is left after the checks above: a pack id that belongs to someone else
            return page(e.status(), form(sent, FormErrors.of(e.status() == 403 ? "pack" : "file", e.text()), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file", e);
        }
    }

    @GET
    @Path("packs/{id}/export")
    @Produces(MediaType.WILDCARD)
    public Response export(@PathParam("id") String id, @QueryParam("format") String format, @QueryParam("version") String version,
                           @QueryParam("draft") boolean draft) {
        return TransferApi.download(transfer.export(id, TransferFormat.of(format), version, draft, caller()));
    }

    private TemplateInstance form(ImportForm sent, FormErrors errors, List<ImportProblem> problems) {
        return Templates.importForm(TransferFormat.values(), sent, errors, problems, catalog.listing(),
                UiText.xfer(x -> x.importFileHint(transfer.limits().maxBytes())).current());
    }

    private PackTransfer.Caller caller() {
        return new PackTransfer.Caller(viewer.id(), viewer.name(), viewer.isAdmin());
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}

package org.sourced.packs.transfer;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sourced.accounts.Viewer;
import org.sourced.packs.exchange.ImportProblem;
import org.sourced.web.UserError;

/**
 * Packs in and out for scripts: export with the answer keys, import into a draft. Teachers and admins only,
 * with HTTP Basic or a personal API token (the session cookie does not work under /api/). docs/exchange.md
 * describes the formats and what an import makes.
 */
@Path("/api/packs")
@RolesAllowed("teacher")
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "Your email and password"),
        @SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "A personal API token (sp_...) made on the page /account/tokens")})
public class TransferApi {

    static final String IMPORT_PATH = "/api/packs/import";
    static final String PROBLEMS_HEADER = "X-Sourced-Export-Problems";
    static final String PROBLEM_HEADER = "X-Sourced-Export-Problem";
    /** More than this many problems are counted but not each sent as a header. */
    static final int MAX_PROBLEM_HEADERS = 50;

    @Inject
    PackTransfer transfer;
    @Inject
    Viewer viewer;

    public record ProblemJson(int line, String message) {
        static List<ProblemJson> of(List<ImportProblem> problems) {
            return problems.stream().map(p -> new ProblemJson(p.line(), p.message())).toList();
        }
    }

    public record ImportedJson(String pack, int questions, List<ProblemJson> problems) {
    }

    public record RefusedJson(int status, String message, List<ProblemJson> problems) {
    }

    @GET
    @Path("{id}/export")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "apiToken")
    @Operation(summary = "Export a pack with its answer keys, as a pack zip or in an LMS format",
            description = "The newest published version unless version or draft says otherwise. zip is the pack's files "
                    + "exactly as stored, under a folder named for the pack: importing it again gives the same pack. "
                    + "What a format cannot hold (ordering questions in GIFT, say) is counted in the header "
                    + PROBLEMS_HEADER + " and each is described in a " + PROBLEM_HEADER + " header.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = "application/zip"), @Content(mediaType = "text/plain"), @Content(mediaType = "application/xml")})
    @APIResponse(responseCode = "400", description = "Unknown format, or a malformed version")
    @APIResponse(responseCode = "403", description = "A student, or another teacher's draft")
    @APIResponse(responseCode = "404", description = "No such pack, version or draft")
    public Response export(@PathParam("id") String id,
                           @Parameter(description = "zip, gift, aiken, moodle-xml or qti", required = true,
                                   schema = @Schema(enumeration = {"zip", "gift", "aiken", "moodle-xml", "qti"}))
                           @QueryParam("format") String format,
                           @Parameter(description = "A published version number; the newest when absent") @QueryParam("version") String version,
                           @Parameter(description = "true: your draft of the pack instead") @QueryParam("draft") boolean draft) {
        PackTransfer.Download file = transfer.export(id, TransferFormat.of(format), version, draft, caller());
        return download(file);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "apiToken")
    @Operation(summary = "Import a pack zip or an LMS question file into a draft pack",
            description = "Send the file itself as the body (curl --data-binary @file); its Content-Type is ignored. "
                    + "Imported questions usually have no evidence: they land in a draft, each flagged in problems, and the "
                    + "draft can be published only once every question cites evidence. An import replaces the files of "
                    + "your own draft of the same pack id. Nothing is stored when the answer is not 201.")
    @RequestBody(description = "The raw file (any Content-Type; not a multipart form)", required = true,
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored as a draft; problems lists what was skipped or needs work",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportedJson.class)))
    @APIResponse(responseCode = "400", description = "Unknown format, malformed pack id or language, or a multipart form")
    @APIResponse(responseCode = "403", description = "A student, or a pack id that belongs to someone else")
    @APIResponse(responseCode = "422", description = "Nothing stored: the file cannot be read, breaks a limit, or holds nothing "
            + "to import", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefusedJson.class)))
    public Response importFile(@Parameter(description = "zip, gift, aiken, moodle-xml or qti", required = true,
                                       schema = @Schema(enumeration = {"zip", "gift", "aiken", "moodle-xml", "qti"}))
                               @QueryParam("format") String format,
                               @Parameter(description = "LMS formats: the pack id (default: from the file's title). "
                                       + "zip: must match pack.yaml when given") @QueryParam("pack") String pack,
                               @Parameter(description = "LMS formats: the pack's language (default en)") @QueryParam("language") String language,
                               @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, RoutingContext routing, InputStream body) {
        TransferFormat chosen = TransferFormat.of(format);
        String sent = routing.get(RawUploadRoute.SENT_CONTENT_TYPE);
        if (sent != null && sent.regionMatches(true, 0, "multipart/", 0, 10)) {
            throw UserError.badRequest("Send the file itself as the request body (curl --data-binary @file), not a multipart form.");
        }
        byte[] file = transfer.readUpload(body, length == null ? -1 : length);
        PackTransfer.Imported imported = transfer.importFile(chosen, file, pack, language, caller());
        return Response.created(URI.create("/api/packs/" + imported.packId() + "/export?draft=true&format=zip"))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ImportedJson(imported.packId(), imported.questions(), ProblemJson.of(imported.problems()))).build();
    }

    @ServerExceptionMapper
    public Response refused(TransferFailure e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RefusedJson(422, e.getMessage(), ProblemJson.of(e.problems()))).build();
    }

    private PackTransfer.Caller caller() {
        return new PackTransfer.Caller(viewer.id(), viewer.name(), viewer.isAdmin());
    }

    /** The file as an attachment, never cached (it holds the answer keys), with what the format could not hold. */
    static Response download(PackTransfer.Download file) {
        Response.ResponseBuilder response = Response.ok(file.bytes()).type(file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .header("Cache-Control", "private, no-store")
                .header(PROBLEMS_HEADER, file.problems().size());
        file.problems().stream().limit(MAX_PROBLEM_HEADERS).forEach(p -> response.header(PROBLEM_HEADER, headerSafe(p.message())));
        return response.build();
    }

    /** Printable ASCII only: a header cannot hold a line break, and other bytes are read differently by each client. */
    private static String headerSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
        return out.toString();
    }
}

package org.sourced.ops;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.sourced.accounts.Viewer;

/**
 * The admin's backup: a page with one button (a CSRF-protected form) that downloads a consistent zip of
 * the H2 database. Restoring it is a stop, unzip into the data dir, start (docs/self-hosting.md).
 */
@Path("/admin/backup")
@RolesAllowed("admin")
public class BackupPages {

    @Inject
    DatabaseBackup backups;
    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backup(DatabaseBackup.Kind kind);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.backup(backups.kind());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response download() {
        DatabaseBackup.Backup backup = backups.create();
        Log.infof("Database backup %s (%d bytes) downloaded by account %d", backup.downloadName(), backup.size(), viewer.id());
        StreamingOutput body = (OutputStream out) -> {
            try (InputStream in = Files.newInputStream(backup.file())) {
                in.transferTo(out);
            } finally {
                backup.delete();
            }
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + backup.downloadName() + "\"")
                .header("Content-Length", backup.size())
                .header("Cache-Control", "no-store")
                .build();
    }
}

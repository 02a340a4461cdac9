package org.sourced.packs.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.packs.Drafts;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackFile;
import org.sourced.packs.PackVersion;
import org.sourced.packs.SourcedConfig;
import org.sourced.packs.exchange.Exchange;
import org.sourced.packs.exchange.ExchangeFormat;
import org.sourced.packs.exchange.Exported;
import org.sourced.packs.exchange.ImportFailure;
import org.sourced.packs.exchange.ImportLimits;
import org.sourced.packs.exchange.ImportProblem;
import org.sourced.packs.exchange.ImportResult;
import org.sourced.packs.exchange.SafeZip;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.Problem;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * Packs in and out of Sourced as files: a pack zip, or the questions in an LMS format. Imports land in a draft
 * (never a published version), through {@link Drafts#save}, the one transaction that writes: every check and
 * every parse happens before it, so an upload that fails stores nothing.
 */
@ApplicationScoped
public class PackTransfer {

    /** The same rule as a pack id in pack.yaml: it becomes a URL segment and a folder name. */
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    static final String DEFAULT_LANGUAGE = "en";
    private static final int SLUG_LENGTH = 60;

    @Inject
    SourcedConfig config;
    @Inject
    PackCatalog catalog;
    @Inject
    Drafts drafts;

    /** Who is importing or exporting. */
    public record Caller(long accountId, String name, boolean admin) {
    }

    /** An exported file; {@code problems} is what the format could not hold. */
    public record Download(String filename, String mediaType, byte[] bytes, List<ImportProblem> problems) {
    }

    /** What an import stored: the draft's pack id, how many questions it holds, and what to look at. */
    public record Imported(String packId, int questions, List<ImportProblem> problems) {
    }

    public ImportLimits limits() {
        SourcedConfig.Upload upload = config.upload();
        return new ImportLimits(upload.maxBytes(), upload.maxZipEntries(), upload.maxUncompressedBytes());
    }

    // ---- export ----------------------------------------------------------------------------------

    /**
     * @param version a published version number, or null for the newest
     * @param draft   the pack's draft instead of a published version (its owner and admins only)
     */
    public Download export(String packId, TransferFormat format, String version, boolean draft, Caller caller) {
        PackVersion v = pick(packId, version, draft, caller);
        String name = packId + (v.isPublished() ? "-v" + v.versionNo : "-draft");
        if (format.isPackZip()) {
            byte[] zip = PackZipFiles.write(packId, PackFile.filesOf(v.id));
            return new Download(name + ".zip", format.mediaType(), zip, List.of());
        }
        PackContent content;
        if (v.isPublished()) {
            content = catalog.content(v);
        } else {
            PackReader.Result read = Drafts.read(v);
            if (!read.ok()) {
                String first = String.valueOf(read.problems().get(0));
                throw UserError.unprocessable(UiText.xfer(x -> x.errExportDraftProblems(packId, read.problems().size(), format.title(), first)));
            }
            content = read.pack().orElseThrow();
        }
        Exported exported = Exchange.exporter(format.exchange()).write(content);
        return new Download(name + "-" + format.key() + "." + format.fileExtension(), format.mediaType(), exported.bytes(),
                exported.problems());
    }

    private static PackVersion pick(String packId, String version, boolean draft, Caller caller) {
        if (draft) {
            if (version != null && !version.isBlank()) {
                throw UserError.badRequest(UiText.xfer(x -> x.errVersionOrDraft()));
            }
            PackVersion d = Drafts.draftOf(packId).orElseThrow(() -> UserError.notFound(UiText.xfer(x -> x.errNoDraft(packId))));
            if (!Drafts.mayEdit(packId, caller.accountId(), caller.admin())) {
                throw UserError.forbidden(UiText.xfer(x -> x.errExportNotYours(packId)));
            }
            return d;
        }
        if (version == null || version.isBlank()) {
            return PackVersion.currentPublished(packId).orElseThrow(() -> UserError.notFound(Drafts.draftOf(packId).isPresent()
                    ? UiText.xfer(x -> x.errNoPublishedHasDraft(packId)) : UiText.xfer(x -> x.errNoPublished(packId))));
        }
        int no;
        try {
            no = Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw UserError.badRequest(UiText.xfer(x -> x.errVersionNumber(version)));
        }
        List<PackVersion> versions = PackVersion.list("packId", packId);
        return versions.stream().filter(v -> v.isPublished() && v.versionNo == no).findFirst()
                .orElseThrow(() -> UserError.notFound(UiText.xfer(x -> x.errNoVersion(packId, no))));
    }

    // ---- import ----------------------------------------------------------------------------------

    /**
     * Reads an upload and stores it as a draft, replacing the files of the caller's draft of the same pack id.
     *
     * @param packId   for exchange formats the id of the pack to make (else a slug of the file's title); for a
     *                 zip, when given, it must be the id in the zip's pack.yaml
     * @param language for exchange formats, the pack's language (default en)
     * @throws TransferFailure  (422) when the file cannot be read, breaks a limit or holds nothing to import
     * @throws UserError        400 for a malformed id or language, 403 for a pack id someone else owns
     */
    public Imported importFile(TransferFormat format, byte[] file, String packId, String language, Caller caller) {
        String chosenId = blankToNull(packId) == null ? null : checkedPackId(packId);
        String lang = checkedLanguage(language);
        if (file.length == 0) {
            throw new TransferFailure(UiText.xfer(x -> x.errFileEmpty()), List.of(new ImportProblem(0, "the file is empty")));
        }
        try {
            return format.isPackZip() ? importZip(file, chosenId, caller) : importQuestions(format, file, chosenId, lang, caller);
        } catch (ImportFailure e) {
            throw new TransferFailure(UiText.xfer(x -> x.errNothingImported(e.getMessage())), e.problems());
        }
    }

    private Imported importZip(byte[] file, String chosenId, Caller caller) {
        if (!SafeZip.looksLikeZip(file)) {
            throw new ImportFailure(0, "the file is not a zip; a pack zip holds pack.yaml, lessons/ and questions/");
        }
        PackZipFiles.Read zip = PackZipFiles.read(SafeZip.read(file, limits()));
        PackReader.Result read = PackReader.read(zip.files(), zip.folder());
        List<ImportProblem> problems = new ArrayList<>(zip.problems());
        for (Problem p : read.problems()) {
            problems.add(new ImportProblem(p.line(), p.file() + ": " + p.message()));
        }
        String id = read.draft() == null ? null : read.draft().id();
        if (id == null) {
            throw new TransferFailure(UiText.xfer(x -> x.errZipNoId()), problems);
        }
        if (!Ids.isId(id)) {
            throw new TransferFailure(UiText.xfer(x -> x.errZipBadId(id)), problems);
        }
        if (chosenId != null && !chosenId.equals(id)) {
            throw new TransferFailure(UiText.xfer(x -> x.errZipOtherId(id, chosenId)), problems);
        }
        PackVersion draft = drafts.save(zip.files(), caller.accountId(), caller.admin(), PackVersion.FROM_IMPORT);
        return new Imported(draft.packId, read.draft().questions().size(), problems);
    }

    private Imported importQuestions(TransferFormat format, byte[] file, String chosenId, String language, Caller caller) {
        ExchangeFormat exchange = format.exchange();
        if (exchange != ExchangeFormat.QTI && SafeZip.looksLikeZip(file)) {
            throw new ImportFailure(0, "the file is a zip, not " + format.title() + "; import it with format=zip (a Sourced pack) "
                    + "or format=qti (a QTI package)");
        }
        ImportResult result = Exchange.importer(exchange, limits()).read(file);
        if (result.questions().isEmpty()) {
            throw new TransferFailure(UiText.xfer(x -> x.errNoQuestions()), result.problems());
        }
        String id = chosenId != null ? chosenId : freeId(slug(result.title()), caller);
        String title = result.title() != null ? result.title() : id;
        String author = caller.name() == null || caller.name().isBlank() ? "unknown" : caller.name();
        String summary = "Imported from " + format.title() + " on " + LocalDate.now(ZoneOffset.UTC) + ".";
        LmsDraft.Built built = LmsDraft.build(result, new LmsDraft.Settings(id, title, language, author, summary));
        drafts.save(built.files(), caller.accountId(), caller.admin(), PackVersion.FROM_IMPORT);
        return new Imported(id, built.questions(), built.problems());
    }

    /**
     * The id from the title, or the first of {@code id-2}, {@code id-3}... that is free or the caller's own: an id
     * the caller did not choose should not clash with someone else's pack. One of the caller's own is replaced.
     */
    private static String freeId(String base, Caller caller) {
        String root = base.isEmpty() ? "imported" : base;
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? root : root + "-" + n;
            if (Drafts.mayEdit(candidate, caller.accountId(), caller.admin())) {
                return candidate;
            }
        }
    }

    // ---- request checks --------------------------------------------------------------------------

    /**
     * The upload, read up to the limit: a body that says or turns out to be larger is refused without keeping it.
     *
     * @param declaredLength the Content-Length, or -1
     */
    public byte[] readUpload(InputStream body, long declaredLength) {
        long max = config.upload().maxBytes();
        if (declaredLength > max) {
            throw tooLarge(declaredLength, max);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 1 << 16));
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try {
            for (int n; (n = body.read(buffer)) != -1; ) {
                total += n;
                if (total > max) {
                    throw tooLarge(-1, max);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload", e);
        }
        return out.toByteArray();
    }

    /** @param size in bytes, or -1 when the body was cut off at the limit (it is "more than" the limit) */
    public static TransferFailure tooLarge(long size, long max) {
        String sized = size < 0 ? "more than " + max : String.valueOf(size);
        // the problem row is a report on the file, English like the checker's (docs/i18n.md)
        String message = "the file is " + sized + " bytes; the limit is " + max + " bytes";
        return new TransferFailure(size < 0 ? UiText.xfer(x -> x.errTooLargeCut(max)) : UiText.xfer(x -> x.errTooLarge(sized, max)),
                List.of(new ImportProblem(0, message)));
    }

    static String checkedPackId(String packId) {
        String id = packId.strip();
        if (!Ids.isId(id)) {
            throw UserError.badRequest(UiText.xfer(x -> x.errImportPackId(packId)));
        }
        return id;
    }

    static String checkedLanguage(String language) {
        String lang = blankToNull(language);
        if (lang == null) {
            return DEFAULT_LANGUAGE;
        }
        if (!LANGUAGE.matcher(lang).matches()) {
            throw UserError.badRequest(UiText.xfer(x -> x.errImportLanguage(language)));
        }
        return lang;
    }

    /** Lower-case ASCII letters and digits joined by '-', at most 60 characters; "" when nothing is left. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.sourced.authoring;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;

import org.sourced.accounts.Viewer;
import org.sourced.packs.Drafts;
import org.sourced.packs.PackFile;
import org.sourced.packs.PackStore;
import org.sourced.packs.PackVersion;
import org.sourced.packs.SourcedConfig;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.PackWriter;
import org.sourced.packs.format.ScoringPolicy;
import org.sourced.web.UserError;
import org.sourced.web.i18n.TeachMessages;
import org.sourced.web.i18n.UiText;

/**
 * What the editor pages do with packs, for the signed-in teacher: who may touch a pack, loading its
 * draft, saving changed files, opening, creating, uploading, publishing and downloading. Every change
 * goes through {@link Drafts#save}: one transaction, the whole set of files or nothing.
 */
@ApplicationScoped
public class Authoring {

    @Inject
    Drafts drafts;
    @Inject
    Viewer viewer;
    @Inject
    SourcedConfig config;

    /** Parsed drafts, up to 8 million characters of their files together (a few tens of MB of heap). */
    private final Workspaces workspaces = new Workspaces(8_000_000);

    /** A zip to send: its file name and bytes. */
    public record Download(String fileName, byte[] zip) {
    }

    /** 404 when no version of the pack exists, 403 when it is someone else's. */
    public void checkAccess(String packId) {
        if (PackVersion.count("packId", packId) == 0) {
            throw UserError.notFound(UiText.msg(m -> m.errNoPack(packId)));
        }
        if (!Drafts.mayEdit(packId, viewer.id(), viewer.isAdmin())) {
            throw UserError.forbidden(UiText.teach(t -> t.errPackNotYours(packId)));
        }
    }

    /** The pack's draft, after the access check; 409 when it has none (open one with "Edit" first). */
    public Workspace workspace(String packId) {
        return maybeWorkspace(packId).orElseThrow(() -> UserError.conflict(UiText.teach(t -> t.errNoDraftYet(packId))));
    }

    public Optional<Workspace> maybeWorkspace(String packId) {
        checkAccess(packId);
        return Drafts.draftOf(packId).map(d -> workspaces.get(new Workspaces.Key(d.id, d.createdAt, d.contentHash),
                () -> new Workspace(packId, PackFile.filesOf(d.id))));
    }

    public Optional<PackVersion> draftVersion(String packId) {
        return Drafts.draftOf(packId);
    }

    /** The published versions, newest first. */
    public List<PackVersion> published(String packId) {
        return PackVersion.<PackVersion>list("packId = ?1 and status = ?2", packId, PackVersion.PUBLISHED).stream()
                .sorted(Comparator.comparingInt((PackVersion v) -> v.versionNo).reversed()).toList();
    }

    /** Stores the workspace's files with {@code changed} put and {@code removed} taken out, and reads the draft again. */
    public Workspace save(Workspace w, Map<String, String> changed, Collection<String> removed) {
        return saved(w, changed, removed).workspace();
    }

    /** A save's result: the draft as read back, and the row it is stored in. */
    private record Saved(Workspace workspace, PackVersion draft) {
    }

    private Saved saved(Workspace w, Map<String, String> changed, Collection<String> removed) {
        Map<String, String> files = new TreeMap<>(w.files());
        files.putAll(changed);
        removed.forEach(files::remove);
        checkStorable(files, w.packId());
        PackVersion draft = drafts.save(files, viewer.id(), viewer.isAdmin(), PackVersion.FROM_BROWSER);
        // keyed by the row just written: a lookup of the draft later in this request may still see the row as it
        // was when the request first read it (the request's session caches it), and would hand back the old draft
        return new Saved(workspaces.get(new Workspaces.Key(draft.id, draft.createdAt, draft.contentHash),
                () -> new Workspace(w.packId(), files)), draft);
    }

    /** A new pack: a draft with a pack.yaml the teacher completes on the pack's page. */
    public PackVersion create(String packId, String title) {
        Manifest m = new Manifest(packId, title, "", "en", "0.1", "CC-BY-4.0", List.of(viewer.name()), List.of(), List.of(), List.of(),
                ScoringPolicy.DEFAULT);
        return drafts.save(Map.of(PackReader.MANIFEST, PackWriter.manifest(m)), viewer.id(), viewer.isAdmin(), PackVersion.FROM_BROWSER);
    }

    public boolean exists(String packId) {
        return PackVersion.count("packId", packId) > 0;
    }

    /** A draft from the newest published version; the draft there already when there is one. */
    public PackVersion open(String packId) {
        checkAccess(packId);
        Optional<PackVersion> draft = Drafts.draftOf(packId);
        if (draft.isPresent()) {
            return draft.get();
        }
        PackVersion latest = PackVersion.currentPublished(packId)
                .orElseThrow(() -> UserError.notFound(UiText.teach(t -> t.errNothingToEdit(packId))));
        return drafts.save(PackFile.filesOf(latest.id), viewer.id(), viewer.isAdmin(), PackVersion.FROM_BROWSER);
    }

    /**
     * An uploaded zip becomes the draft of the pack its pack.yaml names (replacing that draft's files).
     * Nothing is stored when the zip is refused or the pack id is someone else's.
     */
    public PackVersion upload(byte[] zip) {
        Map<String, String> files = PackZip.packFiles(zip, limits());
        PackContent content = PackReader.read(files, "").draft();
        if (content == null || content.id() == null) {
            String problems = String.join("; ", PackReader.read(files, "").problems().stream().map(Object::toString).toList());
            throw UserError.unprocessable(UiText.teach(t -> t.errUploadNoId(problems)));
        }
        checkStorable(files, content.id());
        return drafts.save(files, viewer.id(), viewer.isAdmin(), PackVersion.FROM_IMPORT);
    }

    public PackStore.Stored publish(String packId) {
        checkAccess(packId);
        return drafts.publish(packId, viewer.id(), viewer.isAdmin());
    }

    @Transactional
    public void discard(String packId) {
        checkAccess(packId);
        drafts.discard(packId, viewer.id(), viewer.isAdmin());
        BulkUndo.forget(packId);
    }

    // ---- bulk actions and their undo -------------------------------------------------------------

    /**
     * Applies a bulk action in one transaction with what undoes it: the files it rewrites, as they were, replace
     * the pack's last undo. Nothing is saved when the action is refused.
     */
    @Transactional
    public BulkEdit.Outcome bulk(Workspace w, BulkEdit edit) {
        BulkEdit.Outcome outcome = edit.apply(w);
        outcome.change().ifPresent(change -> {
            Map<String, String> before = new TreeMap<>();
            change.files().keySet().forEach(path -> before.put(path, w.files().get(path)));
            String hash = saved(w, change.files(), List.of()).draft().contentHash;
            BulkUndo.record(w.packId(), viewer.id(), change.what().current(), hash, before);
        });
        return outcome;
    }

    /** What the last bulk action did, while the draft is still as it left it (so that undoing loses nothing). */
    public Optional<String> undoable(String packId) {
        BulkUndo undo = BulkUndo.findById(packId);
        return undo != null && Drafts.draftOf(packId).map(d -> d.contentHash.equals(undo.draftHash)).orElse(false)
                ? Optional.of(undo.what) : Optional.empty();
    }

    /** Puts back the files of the last bulk action; refused once the draft changed after it. Returns what was undone. */
    @Transactional
    public String undo(String packId) {
        Workspace w = workspace(packId);
        BulkUndo undo = BulkUndo.findById(packId);
        if (undo == null) {
            throw UserError.conflict(UiText.bench(t -> t.errUndoNothing()));
        }
        String what = undo.what;
        if (!Drafts.draftOf(packId).map(d -> d.contentHash.equals(undo.draftHash)).orElse(false)) {
            throw UserError.conflict(UiText.bench(t -> t.errUndoStale(what)));
        }
        save(w, undo.files(), List.of());
        BulkUndo.forget(packId);
        return what;
    }

    /**
     * @param version "draft", a version number, or null: the newest published version (the draft when
     *                nothing is published yet)
     */
    public Download download(String packId, String version) {
        checkAccess(packId);
        PackVersion v;
        if ("draft".equals(version)) {
            v = Drafts.draftOf(packId).orElseThrow(() -> UserError.notFound(UiText.teach(t -> t.errPackHasNoDraft(packId))));
        } else if (version == null || version.isBlank()) {
            v = PackVersion.currentPublished(packId).or(() -> Drafts.draftOf(packId))
                    .orElseThrow(() -> UserError.notFound(UiText.teach(t -> t.errNothingToDownload(packId))));
        } else {
            int no;
            try {
                no = Integer.parseInt(version);
            } catch (NumberFormatException e) {
                throw UserError.badRequest(UiText.teach(t -> t.errDownloadVersion(version)));
            }
            v = published(packId).stream().filter(p -> p.versionNo == no).findFirst()
                    .orElseThrow(() -> UserError.notFound(UiText.teach(t -> t.errNoVersionOf(packId, no))));
        }
        String name = packId + (v.isPublished() ? "-v" + v.versionNo : "-draft") + ".zip";
        return new Download(name, PackZip.write(packId, PackFile.filesOf(v.id)));
    }

    public PackZip.Limits limits() {
        SourcedConfig.Upload u = config.upload();
        return new PackZip.Limits(u.maxBytes(), u.maxZipEntries(), u.maxUncompressedBytes());
    }

    /**
     * Refuses, with a message, what the database columns cannot hold, so that a long title is a clear 422
     * rather than a failed insert; and a change of pack id, which would make another pack.
     */
    static void checkStorable(Map<String, String> files, String packId) {
        PackContent c = PackReader.read(files, "").draft();
        if (c == null || c.id() == null) {
            String problems = String.join("; ", PackReader.read(files, "").problems().stream().limit(5).map(Object::toString).toList());
            throw UserError.unprocessable(UiText.teach(t -> t.errPackYamlUnreadable(problems)));
        }
        if (!c.id().equals(packId)) {
            throw UserError.unprocessable(UiText.teach(t -> t.errPackIdStays(packId)));
        }
        if (!Ids.isId(packId)) {
            // the id becomes part of every address of the pack and of the download's file name
            throw UserError.unprocessable(UiText.teach(t -> t.errPackIdChars(packId)));
        }
        Manifest m = c.manifest();
        tooLong(m.title(), MetadataForm.MAX_TITLE, TeachMessages::errTitleLong);
        tooLong(m.summary(), MetadataForm.MAX_SUMMARY, TeachMessages::errSummaryLong);
        tooLong(m.language(), 20, TeachMessages::errLanguageLong);
        tooLong(m.version(), MetadataForm.MAX_LABEL, TeachMessages::errVersionLabelLong);
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().length() > PackZip.MAX_PATH) {
                String path = f.getKey();
                throw UserError.unprocessable(UiText.teach(t -> t.errPathLong(path, PackZip.MAX_PATH)));
            }
            if (f.getValue().length() > PackZip.MAX_FILE_CHARS) {
                String path = f.getKey();
                throw UserError.unprocessable(UiText.teach(t -> t.errFileLong(path, PackZip.MAX_FILE_CHARS)));
            }
        }
    }

    /** @param message the sentence for the field, given the value's length and the most that fits */
    private static void tooLong(String value, int max, TooLong message) {
        if (value != null && value.length() > max) {
            throw UserError.unprocessable(UiText.teach(t -> message.of(t, value.length(), max)));
        }
    }

    private interface TooLong {
        String of(TeachMessages t, int length, int max);
    }
}

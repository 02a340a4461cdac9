package org.sourced.packs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.PackReader;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * Packs being written: made in the browser, imported from an LMS, or opened for a new version of a
 * published pack. A draft is files like any pack, but may still have problems (a question without
 * evidence, say); publishing it requires none and makes an immutable version.
 */
@ApplicationScoped
public class Drafts {

    /** Drafts use version number 0: one working draft per pack id. */
    static final int DRAFT_VERSION_NO = 0;

    @Inject
    PackStore store;

    public static Optional<PackVersion> draftOf(String packId) {
        return PackVersion.find("packId = ?1 and status = ?2", packId, PackVersion.DRAFT).firstResultOptional();
    }

    public static List<PackVersion> draftsOwnedBy(Long accountId, boolean all) {
        return all ? PackVersion.list("status = ?1 order by title", PackVersion.DRAFT)
                : PackVersion.list("status = ?1 and ownerId = ?2 order by title", PackVersion.DRAFT, accountId);
    }

    /** Who may edit a pack: its owner, or an admin; a pack from content/ (no owner) only an admin. */
    public static boolean mayEdit(String packId, long accountId, boolean admin) {
        if (admin) {
            return true;
        }
        List<PackVersion> versions = PackVersion.list("packId", packId);
        return versions.isEmpty() || versions.stream().allMatch(v -> v.ownerId != null && v.ownerId == accountId);
    }

    /** The draft's files read and checked; {@code draft()} of the result is there even with problems. */
    public static PackReader.Result read(PackVersion draft) {
        return PackReader.read(PackFile.filesOf(draft.id), draft.packId + "/");
    }

    /**
     * Stores {@code files} as the draft of the pack they declare, creating it or replacing its files, in one
     * transaction. Refuses a pack id that someone else owns.
     */
    @Transactional
    public PackVersion save(Map<String, String> files, long accountId, boolean admin, String origin) {
        PackReader.Result read = PackReader.read(files, "");
        PackContent content = read.draft();
        if (content == null || content.id() == null) {
            throw UserError.unprocessable(UiText.teach(t -> t.errDraftNoId(String.valueOf(read.problems()))));
        }
        String packId = content.id();
        if (!Ids.isId(packId)) {
            String clipped = clip(packId, 120);
            throw UserError.unprocessable(UiText.teach(t -> t.errDraftIdForm(clipped)));
        }
        if (!mayEdit(packId, accountId, admin)) {
            throw UserError.forbidden(UiText.teach(t -> t.errPackIdTaken(packId)));
        }
        PackVersion draft = draftOf(packId).orElseGet(() -> {
            PackVersion v = new PackVersion();
            v.packId = packId;
            v.versionNo = DRAFT_VERSION_NO;
            v.status = PackVersion.DRAFT;
            v.origin = origin;
            v.ownerId = accountId;
            return v;
        });
        PackStore.fill(draft, content);
        // the columns are the list's summary; an over-long value is clipped there, kept whole in the files,
        // and reported by the reader as a problem that blocks publishing
        draft.title = clip(content.manifest().title() == null ? packId : content.manifest().title(), 300);
        draft.summary = clip(content.manifest().summary() == null ? "" : content.manifest().summary(), 2000);
        draft.language = clip(content.manifest().language() == null ? "en" : content.manifest().language(), 20);
        draft.label = clip(content.manifest().version() == null ? "draft" : content.manifest().version(), 50);
        draft.createdAt = Instant.now();
        if (draft.id == null) {
            draft.persist();
        } else {
            PackFile.deleteFilesOf(draft.id);
            PackFile.getEntityManager().flush();
        }
        PackStore.writeFiles(draft.id, content);
        return draft;
    }

    /**
     * Publishes the draft as a new immutable version when it has no problem; the draft stays for further
     * work. Every question must cite evidence, the same rule as for content/.
     */
    @Transactional
    public PackStore.Stored publish(String packId, long accountId, boolean admin) {
        PackVersion draft = draftOf(packId).orElseThrow(() -> UserError.notFound(UiText.teach(t -> t.errDraftMissing(packId))));
        if (!mayEdit(packId, accountId, admin)) {
            throw UserError.forbidden(UiText.teach(t -> t.errPublishNotYours()));
        }
        PackReader.Result read = read(draft);
        if (!read.ok()) {
            String problems = String.join("; ", read.problems().stream().map(Object::toString).toList());
            throw UserError.unprocessable(UiText.teach(t -> t.errPublishProblems(problems)));
        }
        return store.publish(read.pack().orElseThrow(), draft.origin, draft.ownerId);
    }

    @Transactional
    public void discard(String packId, long accountId, boolean admin) {
        PackVersion draft = draftOf(packId).orElseThrow(() -> UserError.notFound(UiText.teach(t -> t.errDraftMissing(packId))));
        if (!mayEdit(packId, accountId, admin)) {
            throw UserError.forbidden(UiText.teach(t -> t.errDiscardNotYours()));
        }
        PackFile.deleteFilesOf(draft.id);
        draft.delete();
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

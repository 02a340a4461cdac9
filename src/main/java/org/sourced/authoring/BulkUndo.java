package org.sourced.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last bulk action on a pack's draft, kept so that it can be undone: one per pack, replaced by the next. */
@Entity
@Table(name = "bulk_undo")
public class BulkUndo extends PanacheEntityBase {

    @Id
    @Column(name = "pack_id")
    public String packId;
    @Column(name = "account_id")
    public long accountId;
    public String what;
    /** The draft's content hash right after the action: an undo applies only to that draft. */
    @Column(name = "draft_hash")
    public String draftHash;
    @Column(name = "created_at")
    public Instant createdAt;

    /** Replaces the pack's undo with this action's. Call inside the action's transaction. */
    static void record(String packId, long accountId, String what, String draftHash, Map<String, String> before) {
        forget(packId);
        BulkUndo undo = new BulkUndo();
        undo.packId = packId;
        undo.accountId = accountId;
        undo.what = what.length() > 500 ? what.substring(0, 499) + "…" : what;
        undo.draftHash = draftHash;
        undo.createdAt = Instant.now();
        undo.persist();
        before.forEach((path, content) -> {
            BulkUndoFile f = new BulkUndoFile();
            f.packId = packId;
            f.path = path;
            f.content = content;
            f.persist();
        });
    }

    static void forget(String packId) {
        BulkUndoFile.delete("packId", packId);
        delete("packId", packId);
        getEntityManager().flush();
    }

    Map<String, String> files() {
        List<BulkUndoFile> files = BulkUndoFile.list("packId", packId);
        Map<String, String> byPath = new TreeMap<>();
        files.forEach(f -> byPath.put(f.path, f.content));
        return byPath;
    }
}

package org.sourced.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One file a pack's last bulk action rewrote, as it was before ({@link BulkUndo}). */
@Entity
@Table(name = "bulk_undo_file")
public class BulkUndoFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "bulk_undo_file_seq")
    @SequenceGenerator(name = "bulk_undo_file_seq", sequenceName = "bulk_undo_file_seq", allocationSize = 50)
    public Long id;
    @Column(name = "pack_id")
    public String packId;
    public String path;
    public String content;
}

package org.sourced.packs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One file of a stored pack version, exactly as it reads on disk. */
@Entity
@Table(name = "pack_file")
public class PackFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "pack_file_seq")
    @SequenceGenerator(name = "pack_file_seq", sequenceName = "pack_file_seq", allocationSize = 50)
    public Long id;

    @Column(name = "pack_version_id")
    public Long packVersionId;
    public String path;
    public String content;

    public static Map<String, String> filesOf(long packVersionId) {
        List<PackFile> files = list("packVersionId", packVersionId);
        Map<String, String> byPath = new TreeMap<>();
        files.forEach(f -> byPath.put(f.path, f.content));
        return byPath;
    }

    public static void deleteFilesOf(long packVersionId) {
        delete("packVersionId", packVersionId);
    }
}

package org.sourced.packs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One stored version of a pack. Published versions never change: attempts point at them. A draft
 * (made in the browser or by an import) changes until it is published as a new version.
 */
@Entity
@Table(name = "pack_version")
public class PackVersion extends PanacheEntityBase {

    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";
    public static final String FROM_CONTENT_DIR = "content";
    public static final String FROM_BROWSER = "browser";
    public static final String FROM_IMPORT = "import";

    @Id
    @GeneratedValue(generator = "pack_version_seq")
    @SequenceGenerator(name = "pack_version_seq", sequenceName = "pack_version_seq", allocationSize = 50)
    public Long id;

    @Column(name = "pack_id")
    public String packId;
    @Column(name = "version_no")
    public int versionNo;
    @Column(name = "content_hash")
    public String contentHash;
    public String title;
    public String summary;
    public String language;
    /** The author's version label from pack.yaml. */
    public String label;
    public String origin;
    public String status;
    @Column(name = "lesson_count")
    public int lessonCount;
    @Column(name = "question_count")
    public int questionCount;
    @Column(name = "owner_id")
    public Long ownerId;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    /** The newest published version of each pack, by title. */
    public static List<PackVersion> currentPublished() {
        return list("from PackVersion p where p.status = ?1 and p.versionNo = "
                + "(select max(v.versionNo) from PackVersion v where v.packId = p.packId and v.status = ?1) order by p.title", PUBLISHED);
    }

    public static Optional<PackVersion> currentPublished(String packId) {
        return find("packId = ?1 and status = ?2 order by versionNo desc", packId, PUBLISHED).firstResultOptional();
    }

    public static Optional<PackVersion> withHash(String packId, String contentHash) {
        return find("packId = ?1 and contentHash = ?2 and status = ?3", packId, contentHash, PUBLISHED).firstResultOptional();
    }

    public static int nextVersionNo(String packId) {
        Integer max = getEntityManager().createQuery("select max(v.versionNo) from PackVersion v where v.packId = :p", Integer.class)
                .setParameter("p", packId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}

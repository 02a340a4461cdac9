package org.sourced.disputes;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A learner's challenge to one answer key, raised on the version they answered. Open until the pack's author
 * (or the admin) rejects it with a reply, or clarifies or corrects the question in an erratum.
 */
@Entity
@Table(name = "dispute")
public class Dispute extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String REJECTED = "rejected";
    public static final String CLARIFIED = "clarified";
    public static final String CORRECTED = "corrected";

    @Id
    @GeneratedValue(generator = "dispute_seq")
    @SequenceGenerator(name = "dispute_seq", sequenceName = "dispute_seq", allocationSize = 50)
    public Long id;

    @Column(name = "pack_id")
    public String packId;
    @Column(name = "pack_version_id")
    public Long packVersionId;
    @Column(name = "question_id")
    public String questionId;
    /** Absent for a dispute raised on a lesson's checkpoint, which keeps no attempt. */
    @Column(name = "attempt_id")
    public Long attemptId;
    @Column(name = "owner_key")
    public String ownerKey;
    @Column(name = "account_id")
    public Long accountId;
    public String reason;
    @Column(name = "source_id")
    public String sourceId;
    public String locator;
    public String status;
    public String reply;
    @Column(name = "decided_by")
    public Long decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "erratum_id")
    public Long erratumId;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** Every dispute of a pack, open ones first, then newest first. */
    public static List<Dispute> ofPack(String packId) {
        return list("packId = ?1 order by case when status = ?2 then 0 else 1 end, createdAt desc, id desc", packId, OPEN);
    }

    /** A learner's own disputes on one attempt, oldest first. */
    public static List<Dispute> mineOn(String ownerKey, long attemptId) {
        return list("ownerKey = ?1 and attemptId = ?2 order by createdAt, id", ownerKey, attemptId);
    }
}

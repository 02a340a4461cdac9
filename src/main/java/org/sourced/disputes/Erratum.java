package org.sourced.disputes;

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
 * A public note that a question was changed in a new version of its pack: what changed, why, when, and
 * which dispute prompted it. Numbered per pack (#1, #2, ...). A correction may regrade earlier attempts.
 */
@Entity
@Table(name = "erratum")
public class Erratum extends PanacheEntityBase {

    public static final String CLARIFY = "clarify";
    public static final String CORRECT = "correct";

    @Id
    @GeneratedValue(generator = "erratum_seq")
    @SequenceGenerator(name = "erratum_seq", sequenceName = "erratum_seq", allocationSize = 50)
    public Long id;

    @Column(name = "pack_id")
    public String packId;
    @Column(name = "erratum_no")
    public int number;
    @Column(name = "question_id")
    public String questionId;
    public String kind;
    public String what;
    public String why;
    @Column(name = "dispute_id")
    public Long disputeId;
    @Column(name = "from_version_id")
    public Long fromVersionId;
    /** The version this erratum published. */
    @Column(name = "pack_version_id")
    public Long packVersionId;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean isCorrection() {
        return CORRECT.equals(kind);
    }

    /** A pack's errata, newest first. */
    public static List<Erratum> ofPack(String packId) {
        return list("packId = ?1 order by number desc", packId);
    }

    /** The newest correction of a question: the key a regrade applies. */
    public static Optional<Erratum> latestCorrection(String packId, String questionId) {
        return find("packId = ?1 and questionId = ?2 and kind = ?3 order by number desc", packId, questionId, CORRECT).firstResultOptional();
    }

    public static int nextNumber(String packId) {
        Integer max = getEntityManager().createQuery("select max(e.number) from Erratum e where e.packId = :p", Integer.class)
                .setParameter("p", packId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}

package org.sourced.quiz;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A question in a learner's Leitner boxes: which box, and when it is next due. */
@Entity
@Table(name = "review_card")
public class ReviewCard extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "review_card_seq")
    @SequenceGenerator(name = "review_card_seq", sequenceName = "review_card_seq", allocationSize = 50)
    public Long id;

    @Column(name = "owner_key")
    public String ownerKey;
    @Column(name = "pack_id")
    public String packId;
    @Column(name = "question_id")
    public String questionId;
    public int box;
    public LocalDate due;

    public static Optional<ReviewCard> find(String ownerKey, String packId, String questionId) {
        return find("ownerKey = ?1 and packId = ?2 and questionId = ?3", ownerKey, packId, questionId).firstResultOptional();
    }

    public static List<ReviewCard> of(String ownerKey) {
        return list("ownerKey = ?1 order by packId, due", ownerKey);
    }

    public static List<ReviewCard> dueFor(String ownerKey, String packId, LocalDate today) {
        return list("ownerKey = ?1 and packId = ?2 and due <= ?3 order by due, box", ownerKey, packId, today);
    }
}

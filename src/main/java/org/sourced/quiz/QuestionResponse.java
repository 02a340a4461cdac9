package org.sourced.quiz;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One question slot of an attempt. Created with the attempt, so storing an answer is a single update of
 * one row; {@code answer} holds the picked choice ids (for ordering items, the order) joined by commas.
 */
@Entity
@Table(name = "response")
public class QuestionResponse extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "response_seq")
    @SequenceGenerator(name = "response_seq", sequenceName = "response_seq", allocationSize = 50)
    public Long id;

    @Column(name = "attempt_id")
    public Long attemptId;
    /** 1-based place of the question in this attempt. */
    public int position;
    @Column(name = "question_id")
    public String questionId;
    public String answer;
    public Integer certainty;
    public boolean flagged;
    @Column(name = "answered_at")
    public Instant answeredAt;
    public Long seq;
    public Double points;
    @Column(name = "max_points")
    public Double maxPoints;
    public Double fraction;
    public Boolean correct;

    public boolean isAnswered() {
        return answeredAt != null && answer != null && !answer.isEmpty();
    }

    public List<String> answerIds() {
        return answer == null || answer.isEmpty() ? List.of() : Arrays.asList(answer.split(","));
    }

    public static String join(List<String> ids) {
        return String.join(",", ids);
    }

    public static List<QuestionResponse> of(long attemptId) {
        return list("attemptId = ?1 order by position", attemptId);
    }
}

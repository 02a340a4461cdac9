package org.sourced.packs;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * A question as a student may see it before answering: no key, no feedback, no explanation. Both the
 * pages and the JSON API build from this type, so a key cannot leak through a forgotten field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudentQuestion(String id, String type, String stem, String claim, List<Option> choices, int points) {

    public record Option(String id, String text) {
    }

    /** @param order the choice ids in the order this student sees them */
    public static StudentQuestion of(Question q, List<String> order) {
        List<Option> options = order.stream().map(id -> q.choice(id).orElseThrow())
                .map(StudentQuestion::option).toList();
        return new StudentQuestion(q.id(), q.type().key(), q.stem(), q.claim(), options, q.points());
    }

    public static StudentQuestion of(Question q) {
        return of(q, q.choices().stream().map(Choice::id).toList());
    }

    private static Option option(Choice c) {
        return new Option(c.id(), c.text());
    }

    @JsonIgnore
    public boolean isMultiple() {
        return QuestionType.MULTIPLE.key().equals(type);
    }

    @JsonIgnore
    public boolean isOrdering() {
        return QuestionType.ORDERING.key().equals(type);
    }

    @JsonIgnore
    public boolean isClaimCheck() {
        return QuestionType.CLAIM_CHECK.key().equals(type);
    }
}

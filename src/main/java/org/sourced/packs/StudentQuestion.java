package org.sourced.packs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * A question as a student may see it before answering: no key, no feedback, no explanation. Both the
 * pages and the JSON API build from this type, so a key cannot leak through a forgotten field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudentQuestion(String id, String type, String stem, String claim, List<Option> choices, int points) {

    /**
     * One choice. {@code passage} is set for a choice of an evidence-choice question that is an evidence entry: the
     * source described, the locator and the note (which is also {@code text}); it says nothing of the key. In JSON a
     * choice stays {@code {id, text}}; the passages travel beside the choices, in {@link #passages()}.
     */
    public record Option(String id, String text, @JsonIgnore Feedback.EvidenceView passage) {
        public Option(String id, String text) {
            this(id, text, null);
        }
    }

    /**
     * @param order    the choice ids in the order this student sees them
     * @param manifest the pack's, to describe the sources an evidence choice cites; null shows only their ids
     */
    public static StudentQuestion of(Question q, List<String> order, Manifest manifest) {
        List<Option> options = order.stream().map(id -> q.choice(id).orElseThrow())
                .map(c -> option(c, manifest)).toList();
        return new StudentQuestion(q.id(), q.type().key(), q.stem(), q.claim(), options, q.points());
    }

    /** @param order the choice ids in the order this student sees them */
    public static StudentQuestion of(Question q, List<String> order) {
        return of(q, order, null);
    }

    public static StudentQuestion of(Question q) {
        return of(q, q.choices().stream().map(Choice::id).toList());
    }

    private static Option option(Choice c, Manifest manifest) {
        return new Option(c.id(), c.text(), c.evidence() == null ? null : Feedback.view(c.evidence(), manifest));
    }

    /**
     * An evidence-choice question's passages by choice id, in the order shown (choices of plain text have none); null
     * for every other type, so its JSON has no such field. Not called "evidence", the key's own evidence once answered.
     */
    @JsonProperty("passages")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Map<String, Feedback.EvidenceView> passages() {
        Map<String, Feedback.EvidenceView> passages = new LinkedHashMap<>();
        choices.stream().filter(c -> c.passage() != null).forEach(c -> passages.put(c.id(), c.passage()));
        return passages.isEmpty() ? null : passages;
    }

    @JsonIgnore
    public boolean isMultiple() {
        return QuestionType.fromKey(type).map(QuestionType::manyAnswers).orElse(false);
    }

    @JsonIgnore
    public boolean isOrdering() {
        return QuestionType.ORDERING.key().equals(type);
    }

    @JsonIgnore
    public boolean isClaimCheck() {
        return QuestionType.CLAIM_CHECK.key().equals(type);
    }

    @JsonIgnore
    public boolean isEvidenceChoice() {
        return QuestionType.EVIDENCE_CHOICE.key().equals(type);
    }
}

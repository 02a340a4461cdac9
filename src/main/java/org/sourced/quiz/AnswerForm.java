package org.sourced.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.web.i18n.UiText;

/**
 * The answer part of a posted form, read against the question it answers. Choice questions post
 * {@code choice} (once, or once per box ticked); ordering questions post {@code rank-<item id>} numbers,
 * which works without JavaScript. Anything naming a choice the question lacks is refused.
 */
public record AnswerForm(MultivaluedMap<String, String> fields) {

    /** A form answer that cannot be read, said in the reader's language; {@code getMessage()} is English. */
    public static final class Invalid extends IllegalArgumentException {
        private final transient UiText text;

        Invalid(UiText text) {
            super(text.english());
            this.text = text;
        }

        public String localMessage() {
            return text.current();
        }
    }

    public static final String CHOICE = "choice";
    public static final String RANK_PREFIX = "rank-";

    /** The answer as choice ids (ordering: the full order). Empty when nothing was picked. */
    public List<String> answerFor(Question q) {
        if (q.type() == QuestionType.ORDERING) {
            return orderFor(q);
        }
        List<String> picked = fields.getOrDefault(CHOICE, List.of()).stream().filter(s -> !s.isBlank()).distinct().toList();
        for (String id : picked) {
            if (q.choice(id).isEmpty()) {
                throw new Invalid(UiText.msg(m -> m.answerNotAChoice(id)));
            }
        }
        if (!q.type().manyAnswers() && picked.size() > 1) {
            throw new Invalid(UiText.msg(m -> m.answerOnlyOne(picked.size())));
        }
        return picked;
    }

    private List<String> orderFor(Question q) {
        Set<String> itemIds = new HashSet<>(q.correctOrder());
        List<Map.Entry<String, Integer>> ranks = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            if (!field.getKey().startsWith(RANK_PREFIX)) {
                continue;
            }
            String id = field.getKey().substring(RANK_PREFIX.length());
            if (!itemIds.contains(id)) {
                throw new IllegalArgumentException("'" + id + "' is not an item of this question.");
            }
            String raw = field.getValue().isEmpty() ? "" : field.getValue().get(0).strip();
            if (raw.isEmpty()) {
                continue;
            }
            try {
                ranks.add(Map.entry(id, Integer.parseInt(raw)));
            } catch (NumberFormatException e) {
                throw new Invalid(UiText.msg(m -> m.answerRankNotANumber(raw)));
            }
        }
        if (ranks.isEmpty()) {
            return List.of();
        }
        if (ranks.size() != itemIds.size()) {
            throw new Invalid(UiText.msg(m -> m.answerRankMissing(itemIds.size())));
        }
        Set<Integer> used = new HashSet<>();
        for (Map.Entry<String, Integer> rank : ranks) {
            if (rank.getValue() < 1 || rank.getValue() > itemIds.size() || !used.add(rank.getValue())) {
                throw new Invalid(UiText.msg(m -> m.answerRankTwice(itemIds.size())));
            }
        }
        ranks.sort(Comparator.comparing(Map.Entry::getValue));
        return ranks.stream().map(Map.Entry::getKey).toList();
    }

    /** Checks an API answer (ids only) the same way a form answer is checked. */
    public static void check(Question q, List<String> answer) {
        Set<String> ids = new HashSet<>(q.choices().stream().map(Choice::id).toList());
        for (String id : answer) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("'" + id + "' is not a choice of question '" + q.id() + "'.");
            }
        }
        if (q.type() == QuestionType.ORDERING && !answer.isEmpty()
                && (answer.size() != ids.size() || new HashSet<>(answer).size() != ids.size())) {
            throw new IllegalArgumentException("An ordering answer lists every item of question '" + q.id() + "' exactly once.");
        }
        if (!q.type().manyAnswers() && q.type() != QuestionType.ORDERING && answer.size() > 1) {
            throw new IllegalArgumentException("Question '" + q.id() + "' takes one answer.");
        }
        if (new HashSet<>(answer).size() != answer.size()) {
            throw new IllegalArgumentException("An answer names each choice once.");
        }
    }
}

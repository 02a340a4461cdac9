package org.sourced.packs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Counting;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Source;

/**
 * What a student sees once a question is answered: right or wrong, the key, the feedback on what they
 * picked, the feedback on the response as a whole (from an LMS: correct, partly correct, incorrect), the
 * explanation and the evidence with its source described. Choices keep their ids so the page
 * can show true/false and claim-check choices in the reader's language (templates/tags/choiceText.html).
 *
 * @param type the question type's key
 * @param key  the correct choices, or every item in the right order for an ordering question
 */
public record Feedback(String type, boolean correct, double fraction, boolean ordering, List<Choice> key, List<PickedFeedback> picked,
                       String explanation, List<EvidenceView> evidence, String onResponse, Map<String, EvidenceView> cited) {

    public Feedback {
        cited = cited == null ? Map.of() : Map.copyOf(cited);
    }

    /** Feedback whose choices cite nothing (every type but evidence-choice). */
    public Feedback(String type, boolean correct, double fraction, boolean ordering, List<Choice> key, List<PickedFeedback> picked,
                    String explanation, List<EvidenceView> evidence, String onResponse) {
        this(type, correct, fraction, ordering, key, picked, explanation, evidence, onResponse, Map.of());
    }

    /** Feedback without the response feedback an LMS import may carry. */
    public Feedback(String type, boolean correct, double fraction, boolean ordering, List<Choice> key, List<PickedFeedback> picked,
                    String explanation, List<EvidenceView> evidence) {
        this(type, correct, fraction, ordering, key, picked, explanation, evidence, null);
    }

    public record PickedFeedback(String id, String text, boolean correct, String feedback) {
        /** The choice as the start of "choice: feedback". */
        public String textInSentence() {
            return withoutFullStop(text);
        }
    }

    /** One evidence item with its source's entry, which the page lets the student open beside it. */
    public record EvidenceView(String sourceId, String title, String publisher, LocalDate published, String kind, String url,
                               String locator, String note, Counting counting) {
    }

    /**
     * The key as it reads inside one sentence ("The answer: A; B."): a choice's own closing full stop is
     * dropped, so the page does not show "A.; B..".
     */
    public List<Choice> keyInSentence() {
        return key.stream().map(c -> c.withText(withoutFullStop(c.text()))).toList();
    }

    /** The evidence entry a choice of an evidence-choice question is, described; null for a choice of plain text. */
    public EvidenceView citedBy(String choiceId) {
        return cited.get(choiceId);
    }

    /** Whether the choices are evidence entries, so the key is shown as the passages themselves. */
    public boolean citesChoices() {
        return !cited.isEmpty();
    }

    /** Whether the sentence still needs its full stop: not after a last choice that ends in '?', '!' or '…'. */
    public boolean needsFullStop() {
        if (key.isEmpty() || key.get(key.size() - 1).text() == null) {
            return true;
        }
        String last = key.get(key.size() - 1).text().strip();
        return !(last.endsWith("?") || last.endsWith("!") || last.endsWith("…") || last.endsWith("՞") || last.endsWith("՜"));
    }

    /** The text without one closing full stop ('.' or the Armenian '։'); an ellipsis stays. */
    public static String withoutFullStop(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        boolean ellipsis = t.endsWith("...");
        return !ellipsis && (t.endsWith(".") || t.endsWith("։")) ? t.substring(0, t.length() - 1) : t;
    }

    public static Feedback of(Question q, Manifest manifest, List<String> answer, boolean correct, double fraction) {
        List<Choice> key = q.type() == QuestionType.ORDERING
                ? q.choices()
                : q.choices().stream().filter(Choice::correct).toList();
        List<PickedFeedback> picked = new ArrayList<>();
        if (q.type() == QuestionType.ORDERING) {
            for (String id : answer) {
                q.choice(id).ifPresent(c -> picked.add(new PickedFeedback(c.id(), c.text(), false, null)));
            }
        } else {
            Set<String> ids = Set.copyOf(answer);
            for (Choice c : q.choices()) {
                if (ids.contains(c.id())) {
                    picked.add(new PickedFeedback(c.id(), c.text(), c.correct(), c.feedback()));
                }
            }
        }
        Map<String, EvidenceView> cited = new LinkedHashMap<>();
        for (Choice c : q.choices()) {
            if (c.evidence() != null) {
                cited.put(c.id(), view(c.evidence(), manifest));
            }
        }
        return new Feedback(q.type().key(), correct, fraction, q.type() == QuestionType.ORDERING, key, picked, q.explanation(),
                evidence(q, manifest), q.responseFeedback().forScore(correct ? 1 : fraction), cited);
    }

    public static List<EvidenceView> evidence(Question q, Manifest manifest) {
        return q.evidence().stream().map(e -> view(e, manifest)).toList();
    }

    /** An evidence item with its source described; with no manifest (or an unknown source), the source's id stands for it. */
    public static EvidenceView view(Evidence e, Manifest manifest) {
        Source s = manifest == null ? null : manifest.source(e.source()).orElse(null);
        if (s == null) {
            return new EvidenceView(e.source(), e.source(), "", null, "", null, e.locator(), e.note(), null);
        }
        return new EvidenceView(s.id(), s.title(), s.publisher(), s.published(), s.kind() == null ? "" : s.kind().key(), s.url(),
                e.locator(), e.note(), s.counting());
    }


    /** The credit as a whole-number percentage, for "partly right (67%)". */
    public int percent() {
        return (int) Math.round(fraction * 100);
    }
}

package org.sourced.authoring;

import java.util.List;
import java.util.Optional;

import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;

/**
 * Which questions of a draft the evidence pass walks, and in what order: those the editor can change that cite
 * no evidence, whose evidence the reader refuses, or whose key has no explanation (an LMS bank's usual state),
 * in the order the pack lists them. Plain Java.
 */
public final class EvidencePass {

    private EvidencePass() {
    }

    public static List<String> flagged(Workspace w) {
        if (w.content() == null) {
            return List.of();
        }
        return w.content().questions().stream().filter(q -> needsPass(w, q) && w.editable(q.id())).map(Question::id)
                .distinct().toList();
    }

    static boolean needsPass(Workspace w, Question q) {
        if (q.id() == null) {
            return false;
        }
        if (q.evidence().isEmpty() || isBlank(q.explanation())) {
            return true;
        }
        for (Problem p : w.problemsOfQuestion(q.id())) {
            if (ProblemWords.of(p.message()).field().fixedInPass()) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The step after {@code current}: the next flagged question further down the pack, else the first flagged
     * one above it (a skipped question comes round again), never {@code current} itself.
     */
    public static Optional<String> after(Workspace w, String current) {
        List<String> flagged = flagged(w);
        int at = position(w, current);
        return flagged.stream().filter(id -> !id.equals(current) && position(w, id) > at).findFirst()
                .or(() -> flagged.stream().filter(id -> !id.equals(current)).findFirst());
    }

    private static int position(Workspace w, String questionId) {
        return w.question(questionId).map(q -> w.content().questions().indexOf(q)).orElse(-1);
    }
}

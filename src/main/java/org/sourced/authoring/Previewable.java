package org.sourced.authoring;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;

/** Whether a draft's question is whole enough to show as a student sees it and to grade. */
final class Previewable {

    private Previewable() {
    }

    static boolean question(Question q) {
        return q != null && q.id() != null && q.type() != null && q.choices().size() >= 2
                && q.choices().stream().map(Choice::id).allMatch(id -> id != null)
                && q.choices().stream().map(Choice::text).allMatch(t -> t != null);
    }
}

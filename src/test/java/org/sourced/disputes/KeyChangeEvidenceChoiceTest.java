package org.sourced.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.support.Key;

/** A corrected key of an evidence-choice item keeps every choice's passage: only which ones are right changes. */
class KeyChangeEvidenceChoiceTest {

    @Test
    void aCorrectionMovesTheKeyAndKeepsThePassages() {
        Question q = Key.question("ev-armenia-froze");
        assertThat(q.correctChoiceIds()).containsExactly("b", "d");

        KeyChange.Applied applied = KeyChange.apply(q, new KeyChange.Change(null, List.of("d"), null, null, null), true,
                Set.of("report-2024-putin-rejects"));

        Question changed = applied.question();
        assertThat(applied.scoringChanged()).isTrue();
        assertThat(applied.what()).isEqualTo("ev-armenia-froze: key b d → d");
        assertThat(changed.correctChoiceIds()).containsExactly("d");
        assertThat(changed.choices()).extracting(Choice::evidence).containsExactlyElementsOf(q.choices().stream().map(Choice::evidence).toList());
        assertThat(changed.choices()).extracting(Choice::text).containsExactlyElementsOf(q.choices().stream().map(Choice::text).toList());
        assertThat(changed.type()).isEqualTo(q.type());
        assertThat(changed.claim()).isEqualTo(q.claim());
    }

    @Test
    void aCorrectionMayGiveSeveralKeysAsForAMultipleAnswerItem() {
        Question q = Key.question("ev-members-2022");

        Question changed = KeyChange.apply(q, new KeyChange.Change(null, List.of("a", "c"), null, null, null), true, Set.of())
                .question();

        assertThat(changed.correctChoiceIds()).containsExactly("a", "c");
    }
}

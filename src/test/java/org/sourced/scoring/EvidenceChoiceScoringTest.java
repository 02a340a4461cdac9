package org.sourced.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourced.scoring.Items.pick;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/** An evidence-choice item is scored by the multiple-answer rules: all or nothing, or partial credit when the pack says so. */
class EvidenceChoiceScoringTest {

    static final ScoringRules PLAIN = new ScoringRules(false, false, false);
    static final ScoringRules PARTIAL = new ScoringRules(true, false, false);
    static final ScoringRules NEGATIVE = new ScoringRules(false, true, false);

    // 2 points; keys a and b (evidence entries); c is an evidence entry that does not establish it; d is plain text
    static final Question Q = Items.question(QuestionType.EVIDENCE_CHOICE, 2, List.of(
            new Choice("a", "note a", true, null, new Evidence("s", "para. 1", "note a")),
            new Choice("b", "note b", true, null, new Evidence("s", "para. 2", "note b")),
            new Choice("c", "note c", false, null, new Evidence("t", "para. 3", "note c")),
            new Choice("d", "It is commentary, not evidence.", false, null)));

    @Test
    void everyKeyAndNothingElseEarnsFullPoints() {
        assertThat(Scoring.score(Q, pick("b", "a"), PLAIN)).isEqualTo(new ItemScore(2.0, 2.0, 1.0, true, true));
    }

    @Test
    void withoutPartialCreditOneKeyOfTwoEarnsNothing() {
        assertThat(Scoring.score(Q, pick("a"), PLAIN).points()).isZero();
        assertThat(Scoring.score(Q, pick("a", "b", "c"), PLAIN).points()).isZero();
    }

    @Test
    void withPartialCreditAWrongPickCancelsARightOne() {
        assertThat(Scoring.score(Q, pick("a"), PARTIAL).points()).isEqualTo(1.0);
        assertThat(Scoring.score(Q, pick("a", "d"), PARTIAL).points()).isZero();
        assertThat(Scoring.score(Q, pick("a", "b", "c"), PARTIAL).points()).isEqualTo(1.0);
    }

    @Test
    void theCommentaryChoiceIsTheKeyWhenItIsMarkedCorrect() {
        Question commentary = Items.question(QuestionType.EVIDENCE_CHOICE, 1, List.of(
                new Choice("a", "note a", false, null, new Evidence("s", "para. 1", "note a")),
                new Choice("d", "It is commentary, not evidence.", true, null)));

        assertThat(Scoring.score(commentary, pick("d"), PLAIN).correct()).isTrue();
        assertThat(Scoring.score(commentary, pick("a"), PLAIN).correct()).isFalse();
    }

    @Test
    void negativeMarkingTakesNothingOffAsForMultipleAnswers() {
        assertThat(Scoring.score(Q, pick("c"), NEGATIVE).points())
                .isEqualTo(Scoring.score(Items.multiple(2, java.util.Set.of("a", "b"), "a", "b", "c", "d"), pick("c"), NEGATIVE).points());
    }
}

package org.sourced.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sourced.scoring.Items.claimCheck;
import static org.sourced.scoring.Items.multiple;
import static org.sourced.scoring.Items.ordering;
import static org.sourced.scoring.Items.pick;
import static org.sourced.scoring.Items.single;
import static org.sourced.scoring.Items.sure;
import static org.sourced.scoring.Items.trueFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.ScoringPolicy;
import org.sourced.packs.format.Verdict;

class ScoringTest {

    static final ScoringRules PLAIN = new ScoringRules(false, false, false);
    static final ScoringRules PARTIAL = new ScoringRules(true, false, false);
    static final ScoringRules NEGATIVE = new ScoringRules(false, true, false);
    static final ScoringRules CERTAINTY = new ScoringRules(false, false, true);

    static double points(Question q, Answer a, ScoringRules rules) {
        return Scoring.score(q, a, rules).points();
    }

    @Nested
    class OneKey {
        // 2 points, key a, distractors b, c, d.
        final Question q = single(2, "a", "b", "c", "d");

        @Test
        void keyEarnsFullPoints() {
            ItemScore s = Scoring.score(q, pick("a"), PLAIN);
            assertThat(s).isEqualTo(new ItemScore(2.0, 2.0, 1.0, true, true));
        }

        @Test
        void distractorEarnsNothing() {
            assertThat(Scoring.score(q, pick("b"), PLAIN)).isEqualTo(new ItemScore(0.0, 2.0, 0.0, false, true));
        }

        @Test
        void twoPicksAreWrongEvenWithTheKey() {
            assertThat(points(q, pick("a", "b"), PLAIN)).isZero();
        }

        @Test
        void theSameIdTwiceCountsOnce() {
            assertThat(points(q, pick("a", "a"), PLAIN)).isEqualTo(2.0);
        }

        @Test
        void anIdThatIsNotAChoiceIsWrong() {
            assertThat(points(q, pick("zz"), PLAIN)).isZero();
        }

        @Test
        void emptyAnswerIsUnanswered() {
            assertThat(Scoring.score(q, Answer.unanswered(), PLAIN)).isEqualTo(new ItemScore(0.0, 2.0, 0.0, false, false));
        }

        @Test
        void trueFalse() {
            Question tf = Items.trueFalse(1, false);
            assertThat(points(tf, pick("false"), PLAIN)).isEqualTo(1.0);
            assertThat(points(tf, pick("true"), PLAIN)).isZero();
            assertThat(points(tf, pick("true", "false"), PLAIN)).isZero();
        }

        @Test
        void claimCheck() {
            Question cc = Items.claimCheck(1, Verdict.NOT_IN_EVIDENCE);
            assertThat(points(cc, pick("not-in-evidence"), PLAIN)).isEqualTo(1.0);
            assertThat(points(cc, pick("refuted"), PLAIN)).isZero();
        }
    }

    @Nested
    class Multiple {
        // 3 points; a, b, c correct (k = 3); d, e wrong.
        final Question q = multiple(3, Set.of("a", "b", "c"), "a", "b", "c", "d", "e");

        @Test
        void allOrNothingWantsExactlyTheKey() {
            assertThat(points(q, pick("a", "b", "c"), PLAIN)).isEqualTo(3.0);
            assertThat(points(q, pick("c", "a", "b"), PLAIN)).isEqualTo(3.0);
            assertThat(points(q, pick("a", "b"), PLAIN)).isZero();
            assertThat(points(q, pick("a", "b", "c", "d"), PLAIN)).isZero();
        }

        @Test
        void partialCreditTwoOfThree() {
            // (2 right - 0 wrong) / 3 = 2/3 of 3 points = 2
            ItemScore s = Scoring.score(q, pick("a", "b"), PARTIAL);
            assertThat(s.fraction()).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(s.points()).isCloseTo(2.0, within(1e-12));
            assertThat(s.correct()).isFalse();
        }

        @Test
        void partialCreditAWrongPickCancelsARightOne() {
            // (2 right - 1 wrong) / 3 = 1/3 of 3 points = 1
            assertThat(points(q, pick("a", "b", "d"), PARTIAL)).isCloseTo(1.0, within(1e-12));
            // (3 right - 1 wrong) / 3 = 2/3 -> 2
            assertThat(points(q, pick("a", "b", "c", "d"), PARTIAL)).isCloseTo(2.0, within(1e-12));
        }

        @Test
        void partialCreditPickingEverythingIsNotFree() {
            // (3 right - 2 wrong) / 3 = 1/3 -> 1 point of 3
            assertThat(points(q, pick("a", "b", "c", "d", "e"), PARTIAL)).isCloseTo(1.0, within(1e-12));
        }

        @Test
        void partialCreditIsFlooredAtZero() {
            // (1 right - 2 wrong) / 3 = -1/3 -> 0
            ItemScore s = Scoring.score(q, pick("a", "d", "e"), PARTIAL);
            assertThat(s.fraction()).isZero();
            assertThat(s.points()).isZero();
        }

        @Test
        void partialCreditFullKeyIsCorrect() {
            assertThat(Scoring.score(q, pick("b", "c", "a"), PARTIAL)).isEqualTo(new ItemScore(3.0, 3.0, 1.0, true, true));
        }
    }

    @Nested
    class Ordering {
        // 6 points; key a b c d; 4 items make 4·3/2 = 6 pairs.
        final Question q = ordering(6, "a", "b", "c", "d");

        @Test
        void keyOrderEarnsFullPoints() {
            assertThat(Scoring.score(q, pick("a", "b", "c", "d"), PLAIN)).isEqualTo(new ItemScore(6.0, 6.0, 1.0, true, true));
        }

        @Test
        void oneSwapKeepsFiveOfSixPairs() {
            // b a c d: only the pair (a, b) is reversed -> 5/6 of 6 points = 5
            ItemScore s = Scoring.score(q, pick("b", "a", "c", "d"), PLAIN);
            assertThat(s.fraction()).isCloseTo(5.0 / 6, within(1e-12));
            assertThat(s.points()).isCloseTo(5.0, within(1e-12));
            assertThat(s.correct()).isFalse();
        }

        @Test
        void rotationKeepsHalfThePairs() {
            // b c d a: (b,c) (b,d) (c,d) right; (b,a) (c,a) (d,a) reversed -> 3/6 -> 3 points
            assertThat(points(q, pick("b", "c", "d", "a"), PLAIN)).isCloseTo(3.0, within(1e-12));
        }

        @Test
        void reversedScoresZero() {
            assertThat(points(q, pick("d", "c", "b", "a"), PLAIN)).isZero();
        }

        @Test
        void aListThatIsNotAPermutationScoresZero() {
            assertThat(points(q, pick("a", "b", "c"), PLAIN)).isZero();
            assertThat(points(q, pick("a", "b", "c", "c"), PLAIN)).isZero();
            assertThat(points(q, pick("a", "b", "c", "x"), PLAIN)).isZero();
            assertThat(points(q, pick("a", "b", "c", "d", "d"), PLAIN)).isZero();
        }

        @Test
        void aSingleItemInPlaceIsRight() {
            assertThat(points(ordering(1, "a"), pick("a"), PLAIN)).isEqualTo(1.0);
        }

        @Test
        void partialCreditSwitchDoesNotChangeOrdering() {
            assertThat(points(q, pick("b", "a", "c", "d"), PARTIAL)).isCloseTo(5.0, within(1e-12));
        }
    }

    @Nested
    class NegativeMarking {

        @Test
        void wrongSingleCostsPointsOverChoicesMinusOne() {
            // 3 points, 4 choices: a wrong pick costs 3 / (4 - 1) = 1
            Question q = single(3, "a", "b", "c", "d");
            assertThat(points(q, pick("b"), NEGATIVE)).isCloseTo(-1.0, within(1e-12));
            assertThat(points(q, pick("a"), NEGATIVE)).isEqualTo(3.0);
            // Two picks are a wrong answer, so they cost the same.
            assertThat(points(q, pick("a", "b"), NEGATIVE)).isCloseTo(-1.0, within(1e-12));
        }

        @Test
        void blindGuessingIsWorthZeroOnAverage() {
            // 1/4 × 3 + 3/4 × (-1) = 0.75 - 0.75 = 0
            Question q = single(3, "a", "b", "c", "d");
            double expected = 0;
            for (String id : List.of("a", "b", "c", "d")) {
                expected += points(q, pick(id), NEGATIVE) / 4;
            }
            assertThat(expected).isCloseTo(0.0, within(1e-12));
        }

        @Test
        void trueFalseAndClaimCheck() {
            // true-false, 2 points, 2 choices: -2 / 1 = -2
            assertThat(points(trueFalse(2, true), pick("false"), NEGATIVE)).isCloseTo(-2.0, within(1e-12));
            // claim-check, 1 point, 3 verdicts: -1 / 2 = -0.5
            assertThat(points(claimCheck(1, Verdict.REFUTED), pick("supported"), NEGATIVE)).isCloseTo(-0.5, within(1e-12));
        }

        @Test
        void unansweredCostsNothing() {
            assertThat(points(single(3, "a", "b", "c", "d"), Answer.unanswered(), NEGATIVE)).isZero();
        }

        @Test
        void notAppliedToMultipleOrOrdering() {
            Question m = multiple(2, Set.of("a", "b"), "a", "b", "c");
            assertThat(points(m, pick("c"), NEGATIVE)).isZero();
            assertThat(points(ordering(2, "a", "b"), pick("b", "a"), NEGATIVE)).isZero();
        }

        @Test
        void maxPointsStayThePoints() {
            assertThat(Scoring.score(single(3, "a", "b"), pick("b"), NEGATIVE).maxPoints()).isEqualTo(3.0);
        }
    }

    @Nested
    class CertaintyBased {
        // 2 points, key a.
        final Question q = single(2, "a", "b", "c");

        @Test
        void rightEarnsCertaintyTimesPoints() {
            // right: +1, +2, +3 times 2 points
            assertThat(points(q, sure(1, "a"), CERTAINTY)).isEqualTo(2.0);
            assertThat(points(q, sure(2, "a"), CERTAINTY)).isEqualTo(4.0);
            assertThat(points(q, sure(3, "a"), CERTAINTY)).isEqualTo(6.0);
        }

        @Test
        void wrongCostsMoreTheSurerTheStudentWas() {
            // wrong: 0, -2, -6 times 2 points
            assertThat(points(q, sure(1, "b"), CERTAINTY)).isZero();
            assertThat(points(q, sure(2, "b"), CERTAINTY)).isEqualTo(-4.0);
            assertThat(points(q, sure(3, "b"), CERTAINTY)).isEqualTo(-12.0);
        }

        @Test
        void maxIsThreeTimesThePoints() {
            assertThat(Scoring.score(q, sure(1, "a"), CERTAINTY).maxPoints()).isEqualTo(6.0);
        }

        @Test
        void missingCertaintyCountsAsLow() {
            assertThat(points(q, pick("a"), CERTAINTY)).isEqualTo(2.0);
            assertThat(points(q, pick("b"), CERTAINTY)).isZero();
        }

        @Test
        void unansweredScoresZeroWhateverTheCertainty() {
            assertThat(Scoring.score(q, new Answer(List.of(), 3), CERTAINTY))
                    .isEqualTo(new ItemScore(0.0, 6.0, 0.0, false, false));
        }

        @Test
        void negativeMarkingIsIgnored() {
            // Under negative marking alone this would cost 2 / (3 - 1) = 1; certainty 1 wrong is 0.
            ScoringRules both = new ScoringRules(false, true, true);
            assertThat(points(q, sure(1, "b"), both)).isZero();
            assertThat(points(q, sure(3, "b"), both)).isEqualTo(-12.0);
        }

        @Test
        void partlyRightScoresTheRightMarkTimesTheFraction() {
            // multiple, 3 points, partial credit, a b of a b c: fraction 2/3; certainty 3 -> 3 × 2/3 × 3 = 6
            Question m = multiple(3, Set.of("a", "b", "c"), "a", "b", "c", "d");
            ScoringRules rules = new ScoringRules(true, false, true);
            ItemScore s = Scoring.score(m, sure(3, "a", "b"), rules);
            assertThat(s.points()).isCloseTo(6.0, within(1e-12));
            assertThat(s.maxPoints()).isEqualTo(9.0);
            assertThat(s.correct()).isFalse();
            // ordering, 6 points, half the pairs right, certainty 2 -> 2 × 1/2 × 6 = 6
            assertThat(points(ordering(6, "a", "b", "c", "d"), sure(2, "b", "c", "d", "a"), rules)).isCloseTo(6.0, within(1e-12));
        }

        @Test
        void fractionZeroIsWrongEvenForOrdering() {
            // reversed ordering, 1 point, certainty 3 -> -6
            assertThat(points(ordering(1, "a", "b", "c"), sure(3, "c", "b", "a"), CERTAINTY)).isEqualTo(-6.0);
        }
    }

    @Nested
    class Total {

        static ItemScore item(double points, double max) {
            return new ItemScore(points, max, 0.5, false, true);
        }

        @Test
        void addsUpAndBreaksDownByObjectiveInFirstSeenOrder() {
            // dates: 2/2 + 1/2 = 3 of 4 -> 75%; places: -1 of 3 -> floored 0 of 3 -> 0%
            // total: 2 - 1 + 1 = 2 of 7 -> 28.571...% -> 28.6
            AttemptScore a = Scoring.total(List.of(
                    new ScoredItem("q1", "dates", item(2, 2), null),
                    new ScoredItem("q2", "places", item(-1, 3), null),
                    new ScoredItem("q3", "dates", item(1, 2), null)));
            assertThat(a.score()).isEqualTo(2.0);
            assertThat(a.max()).isEqualTo(7.0);
            assertThat(a.percent()).isEqualTo(28.6);
            assertThat(a.objectives()).containsExactly(
                    new ObjectiveScore("dates", 3.0, 4.0, 75.0),
                    new ObjectiveScore("places", 0.0, 3.0, 0.0));
            assertThat(a.calibration().levels()).isEmpty();
        }

        @Test
        void theTotalIsFlooredAtZero() {
            // -12 + 2 = -10 of 12 -> 0, 0%
            AttemptScore a = Scoring.total(List.of(
                    new ScoredItem("q1", "o", item(-12, 6), 3),
                    new ScoredItem("q2", "o", item(2, 6), 1)));
            assertThat(a.score()).isZero();
            assertThat(a.max()).isEqualTo(12.0);
            assertThat(a.percent()).isZero();
            assertThat(a.objectives()).containsExactly(new ObjectiveScore("o", 0.0, 12.0, 0.0));
        }

        @Test
        void percentIsRoundedToOneDecimal() {
            // 1 of 3 -> 33.333... -> 33.3; 2 of 3 -> 66.666... -> 66.7
            assertThat(Scoring.total(List.of(new ScoredItem("q", null, item(1, 3), null))).percent()).isEqualTo(33.3);
            assertThat(Scoring.total(List.of(new ScoredItem("q", null, item(2, 3), null))).percent()).isEqualTo(66.7);
        }

        @Test
        void itemsWithoutObjectiveCountInTheTotalOnly() {
            AttemptScore a = Scoring.total(List.of(
                    new ScoredItem("q1", null, item(1, 1), null),
                    new ScoredItem("q2", " ", item(1, 1), null)));
            assertThat(a.score()).isEqualTo(2.0);
            assertThat(a.objectives()).isEmpty();
        }

        @Test
        void emptyAttempt() {
            AttemptScore a = Scoring.total(List.of());
            assertThat(a).isEqualTo(new AttemptScore(0, 0, 0, List.of(), new Calibration(List.of())));
        }

        @Test
        void calibrationCountsAnsweredItemsPerCertainty() {
            // certainty 1: right, right, wrong -> 3 answers, 2 right, 66.7%
            // certainty 2: only unanswered -> no level
            // certainty 3: right, wrong -> 2 answers, 1 right, 50.0%
            Question q = single(1, "a", "b");
            List<ScoredItem> items = new ArrayList<>();
            for (Answer a : List.of(sure(3, "a"), sure(3, "b"), sure(1, "a"), pick("a"), sure(1, "b"),
                    new Answer(List.of(), 2))) {
                items.add(Scoring.scored(q, a, CERTAINTY));
            }
            // points: 3 - 6 + 1 + 1 + 0 + 0 = -1 -> floored 0; max 6 × 3 = 18
            AttemptScore total = Scoring.total(items);
            assertThat(total.score()).isZero();
            assertThat(total.max()).isEqualTo(18.0);
            assertThat(total.calibration().levels()).containsExactly(
                    new CertaintyLevel(1, 3, 2, 66.7),
                    new CertaintyLevel(3, 2, 1, 50.0));
        }

        @Test
        void calibrationIsEmptyWhenCertaintyMarkingIsOff() {
            Question q = single(1, "a", "b");
            ScoredItem item = Scoring.scored(q, sure(3, "a"), PLAIN);
            assertThat(item.certainty()).isNull();
            assertThat(Scoring.total(List.of(item)).calibration().levels()).isEmpty();
        }

        @Test
        void partlyRightAnswersAreNotRightInTheCalibration() {
            Question m = multiple(1, Set.of("a", "b"), "a", "b", "c");
            ScoredItem item = Scoring.scored(m, sure(2, "a"), new ScoringRules(true, false, true));
            assertThat(Scoring.total(List.of(item)).calibration().levels())
                    .containsExactly(new CertaintyLevel(2, 1, 0, 0.0));
        }
    }

    @Test
    void scoredCarriesTheQuestionAndTheDefaultCertainty() {
        Question q = single(1, "a", "b");
        assertThat(Scoring.scored(q, pick("a"), CERTAINTY))
                .isEqualTo(new ScoredItem(q.id(), "objective", new ItemScore(1.0, 3.0, 1.0, true, true), 1));
    }

    @Test
    void rulesComeFromThePacksPolicy() {
        assertThat(ScoringRules.from(new ScoringPolicy(true, false, true))).isEqualTo(new ScoringRules(true, false, true));
        assertThat(ScoringRules.from(ScoringPolicy.DEFAULT)).isEqualTo(PLAIN);
    }

    @Test
    void answerRejectsACertaintyOutsideOneToThree() {
        assertThatThrownBy(() -> new Answer(List.of("a"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Answer(List.of("a"), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Answer(null, null).answered()).isFalse();
    }
}

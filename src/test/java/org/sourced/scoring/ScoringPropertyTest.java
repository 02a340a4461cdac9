package org.sourced.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.Verdict;

class ScoringPropertyTest {

    @Property(tries = 500)
    void scoreStaysWithinTheRulesBounds(@ForAll("questions") Question q, @ForAll("rules") ScoringRules rules,
            @ForAll Random random) {
        Answer a = anyAnswer(q, random);
        ItemScore s = Scoring.score(q, a, rules);
        double p = q.points();

        assertThat(s.fraction()).isBetween(0.0, 1.0);
        assertThat(s.maxPoints()).isEqualTo(rules.certaintyBased() ? 3 * p : p);
        assertThat(s.points()).isLessThanOrEqualTo(s.maxPoints());
        assertThat(s.points()).isGreaterThanOrEqualTo(lowest(q, rules));
        assertThat(s.correct()).isEqualTo(s.fraction() == 1.0);
        if (!a.answered()) {
            assertThat(s.points()).isZero();
        }
    }

    @Property(tries = 300)
    void theKeyEarnsTheMaximum(@ForAll("questions") Question q, @ForAll("rules") ScoringRules rules) {
        // Under certainty marking the maximum needs certainty 3; without it the certainty is ignored.
        ItemScore s = Scoring.score(q, new Answer(Items.key(q), 3), rules);
        assertThat(s.correct()).isTrue();
        assertThat(s.fraction()).isEqualTo(1.0);
        assertThat(s.points()).isEqualTo(s.maxPoints());
    }

    @Property(tries = 300)
    void theOrderOfPicksDoesNotMatter(@ForAll("questions") Question q, @ForAll("rules") ScoringRules rules,
            @ForAll Random random) {
        if (q.type() == QuestionType.ORDERING) {
            return; // there the order is the answer
        }
        Answer a = anyAnswer(q, random);
        List<String> reordered = new ArrayList<>(a.choices());
        Collections.shuffle(reordered, random);
        assertThat(Scoring.score(q, new Answer(reordered, a.certainty()), rules)).isEqualTo(Scoring.score(q, a, rules));
    }

    @Property(tries = 500)
    void orderingFractionIsOneOnlyForTheKey(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll Random random) {
        Question q = orderingOf(n);
        List<String> answer = new ArrayList<>(q.correctOrder());
        Collections.shuffle(answer, random);
        double f = Scoring.score(q, new Answer(answer, null), ScoringTest.PLAIN).fraction();
        assertThat(f).isBetween(0.0, 1.0);
        assertThat(f == 1.0).isEqualTo(answer.equals(q.correctOrder()));
    }

    @Property(tries = 300)
    void orderingReversedIsZero(@ForAll @IntRange(min = 2, max = 8) int n) {
        Question q = orderingOf(n);
        List<String> reversed = new ArrayList<>(q.correctOrder());
        Collections.reverse(reversed);
        assertThat(Scoring.score(q, new Answer(reversed, null), ScoringTest.PLAIN).fraction()).isZero();
    }

    @Property(tries = 300)
    void orderingFractionStaysInRangeForAnyList(@ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll("idLists") List<String> answer) {
        double f = Scoring.score(orderingOf(n), new Answer(answer, null), ScoringTest.PLAIN).fraction();
        assertThat(f).isBetween(0.0, 1.0);
    }

    @Property(tries = 300)
    void totalIsWithinZeroAndMax(@ForAll("questions") Question q, @ForAll("rules") ScoringRules rules,
            @ForAll @IntRange(min = 0, max = 12) int count, @ForAll Random random) {
        List<ScoredItem> items = IntStream.range(0, count)
                .mapToObj(i -> Scoring.scored(q, anyAnswer(q, random), rules)).toList();
        AttemptScore t = Scoring.total(items);
        assertThat(t.score()).isBetween(0.0, t.max());
        assertThat(t.percent()).isBetween(0.0, 100.0);
        assertThat(t.objectives()).allSatisfy(o -> assertThat(o.percent()).isBetween(0.0, 100.0));
        assertThat(t.calibration().levels().isEmpty() || rules.certaintyBased()).isTrue();
    }

    /** The least an item can score under the rules. */
    static double lowest(Question q, ScoringRules rules) {
        double p = q.points();
        if (rules.certaintyBased()) {
            return -6 * p;
        }
        boolean oneKey = Set.of(QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.CLAIM_CHECK).contains(q.type());
        if (rules.negativeMarking() && oneKey) {
            return -p / (q.choices().size() - 1);
        }
        return 0;
    }

    /** Any subset of the choice ids, sometimes with an unknown id, in any order, any certainty. */
    static Answer anyAnswer(Question q, Random random) {
        List<String> picks = new ArrayList<>();
        for (Choice c : q.choices()) {
            if (random.nextBoolean()) {
                picks.add(c.id());
            }
        }
        if (random.nextInt(10) == 0) {
            picks.add("not-a-choice");
        }
        Collections.shuffle(picks, random);
        int c = random.nextInt(4);
        return new Answer(picks, c == 0 ? null : c);
    }

    static Question orderingOf(int n) {
        return Items.ordering(1, IntStream.range(0, n).mapToObj(i -> "item" + i).toArray(String[]::new));
    }

    @Provide
    Arbitrary<ScoringRules> rules() {
        Arbitrary<Boolean> b = Arbitraries.of(true, false);
        return Combinators.combine(b, b, b).as(ScoringRules::new);
    }

    @Provide
    Arbitrary<List<String>> idLists() {
        return Arbitraries.of("item0", "item1", "item2", "item3", "item4", "item5", "x").list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Question> questions() {
        Arbitrary<Integer> points = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> size = Arbitraries.integers().between(2, 6);
        Arbitrary<Question> single = Combinators.combine(points, size, Arbitraries.integers().between(0, 5))
                .as((p, n, key) -> Items.question(QuestionType.SINGLE, p, choices(n, i -> i == key % n)));
        Arbitrary<Question> multiple = Combinators.combine(points, size, Arbitraries.integers().between(1, 63))
                .as((p, n, mask) -> {
                    // One bit per choice; at least one correct.
                    int bits = mask % (1 << n) == 0 ? 1 : mask % (1 << n);
                    return Items.question(QuestionType.MULTIPLE, p, choices(n, i -> (bits >> i & 1) == 1));
                });
        Arbitrary<Question> trueFalse = Combinators.combine(points, Arbitraries.of(true, false)).as(Items::trueFalse);
        Arbitrary<Question> claim = Combinators.combine(points, Arbitraries.of(Verdict.class)).as(Items::claimCheck);
        Arbitrary<Question> ordering = Combinators.combine(points, Arbitraries.integers().between(1, 7))
                .as((p, n) -> Items.ordering(p, IntStream.range(0, n).mapToObj(i -> "o" + i).toArray(String[]::new)));
        return Arbitraries.oneOf(single, multiple, trueFalse, claim, ordering);
    }

    private static List<Choice> choices(int n, java.util.function.IntPredicate correct) {
        return IntStream.range(0, n).mapToObj(i -> new Choice("c" + i, "choice " + i, correct.test(i), null)).toList();
    }
}

package org.sourced.packs.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;

/**
 * Whatever the writer writes, the reader reads back equal, at any size: random packs of up to 2,000
 * questions of every type, with and without evidence (an LMS import has none, and every such question
 * shares one empty list, which a YAML dumper writes as an anchor and aliases unless told not to).
 */
class PackWriterPropertyTest {

    private static final List<Objective> OBJECTIVES = List.of(new Objective("unit-1.quiz", "Unit 1 / Quiz"),
            new Objective("unit-2.quiz", "Unit 2 / Quiz"));
    private static final Source SOURCE = new Source("treaty", SourceKind.PRIMARY, "Collective Security Treaty", "CSTO",
            LocalDate.of(1992, 5, 15), "https://en.odkb-csto.org/documents/");
    private static final Manifest MANIFEST = new Manifest("random", "Random pack", "A summary: with a colon", "hy", "1.0",
            "CC-BY-4.0", List.of("Ana", "null"), OBJECTIVES, List.of(SOURCE), List.of(), ScoringPolicy.DEFAULT);
    private static final String READERS_EVIDENCE_PROBLEM = "a question needs at least one evidence item {source, locator, note}";

    @Property(tries = 25, edgeCases = EdgeCasesMode.NONE)
    void aWrittenPackReadsBackEqual(@ForAll("smallPacks") List<Question> questions) {
        writeAndReadBack(questions);
    }

    /** Few tries: each draws and reads a pack as big as an LMS bank (the limits must not bite at this size). */
    @Property(tries = 2, edgeCases = EdgeCasesMode.NONE)
    void aWrittenBankOfUpTo2000QuestionsReadsBackEqual(@ForAll("banks") List<Question> questions) {
        writeAndReadBack(questions);
    }

    private static void writeAndReadBack(List<Question> questions) {
        Map<String, String> files = PackWriter.write(MANIFEST, List.of(), questions, Map.of());

        files.forEach((file, text) -> assertThat(anchorsAndAliases(text)).as(file).isZero());
        PackReader.Result read = PackReader.read(files, "random/");

        assertThat(read.problems()).extracting(Problem::message).allMatch(READERS_EVIDENCE_PROBLEM::equals);
        assertThat(read.problems()).hasSize((int) questions.stream().filter(q -> q.evidence().isEmpty()).count());
        assertThat(read.draft().manifest()).isEqualTo(MANIFEST);
        assertThat(byId(read.draft().questions())).isEqualTo(byId(questions));
    }

    private static Map<String, Question> byId(List<Question> questions) {
        Map<String, Question> byId = new java.util.HashMap<>();
        questions.forEach(q -> assertThat(byId.put(q.id(), q)).as("id %s once", q.id()).isNull());
        return byId;
    }

    /** Events of the file that define an anchor or refer to one. */
    static long anchorsAndAliases(String yaml) {
        Iterable<Event> events = new Parse(LoadSettings.builder().setCodePointLimit(YamlFile.MAX_CODE_POINTS).build())
                .parseString(yaml);
        return java.util.stream.StreamSupport.stream(events.spliterator(), false)
                .filter(e -> e instanceof AliasEvent || e instanceof NodeEvent n && n.getAnchor().isPresent()).count();
    }

    @Provide
    Arbitrary<List<Question>> smallPacks() {
        return question().list().ofMinSize(1).ofMaxSize(80).map(PackWriterPropertyTest::uniqueIds);
    }

    @Provide
    Arbitrary<List<Question>> banks() {
        return question().list().ofMinSize(1_900).ofMaxSize(2_000).map(PackWriterPropertyTest::uniqueIds);
    }

    /** Renumbers ids so that each is unique, keeping everything else as drawn. */
    private static List<Question> uniqueIds(List<Question> drawn) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Question q = drawn.get(i);
            questions.add(new Question("q-" + i, q.type(), q.stem(), q.claim(), q.verdict(), q.choices(), q.explanation(),
                    q.evidence(), q.objective(), q.difficulty(), q.points(), q.tags(), q.responseFeedback()));
        }
        return questions;
    }

    /** One question of any type, built as the reader builds it. Adding a type: add its case here. */
    static Arbitrary<Question> question() {
        return Arbitraries.of(QuestionType.class).flatMap(type -> Combinators.combine(text(), text(), choices(type),
                Arbitraries.of(OBJECTIVES).map(Objective::id), evidence(), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 100), tags()).as((stem, explanation, choices, objective, evidence, difficulty,
                        points, tags) -> {
                    String claim = null;
                    Verdict verdict = null;
                    String questionStem = stem;
                    switch (type) {
                        case SINGLE, MULTIPLE, TRUE_FALSE, ORDERING -> {
                        }
                        case EVIDENCE_CHOICE -> claim = stem.length() % 2 == 0 ? "The claim: " + stem : null;
                        case CLAIM_CHECK -> {
                            claim = "The claim: " + stem;
                            verdict = Verdict.values()[Math.abs(stem.hashCode()) % Verdict.values().length];
                            Verdict right = verdict;
                            choices = java.util.Arrays.stream(Verdict.values())
                                    .map(v -> new Choice(v.key(), v.label(), v == right, null)).toList();
                            questionStem = stem.length() % 2 == 0 ? PackReader.DEFAULT_CLAIM_STEM : stem;
                        }
                    }
                    // response feedback and hints (from an LMS) on a third of the questions, drawn from the same texts
                    ResponseFeedback response = stem.length() % 3 != 0 ? ResponseFeedback.NONE
                            : new ResponseFeedback(explanation, stem.length() % 2 == 0 ? stem : null, stem, List.of(explanation, stem));
                    return new Question("q", type, questionStem, claim, verdict, choices, explanation, evidence, objective,
                            difficulty, points, tags, response);
                }));
    }

    private static Arbitrary<List<Choice>> choices(QuestionType type) {
        return switch (type) {
            case SINGLE -> Combinators.combine(optionTexts(2, 5), Arbitraries.integers().between(0, 4), feedback().list().ofSize(5))
                    .as((texts, right, feedback) -> {
                        List<Choice> choices = new ArrayList<>();
                        for (int i = 0; i < texts.size(); i++) {
                            choices.add(new Choice("c" + i, texts.get(i), i == right % texts.size(), feedback.get(i)));
                        }
                        return choices;
                    });
            case MULTIPLE -> Combinators.combine(optionTexts(2, 6), Arbitraries.of(true, false).list().ofSize(6),
                    feedback().list().ofSize(6)).as((texts, correct, feedback) -> {
                        List<Choice> choices = new ArrayList<>();
                        for (int i = 0; i < texts.size(); i++) {
                            choices.add(new Choice("C-" + i, texts.get(i), i == 0 || correct.get(i), feedback.get(i)));
                        }
                        return choices;
                    });
            case TRUE_FALSE -> Combinators.combine(Arbitraries.of(true, false), feedback(), feedback()).as((answer, t, f) ->
                    List.of(new Choice("true", "True", answer, t), new Choice("false", "False", !answer, f)));
            case CLAIM_CHECK -> Arbitraries.just(List.of()); // derived from the verdict in question()
            case EVIDENCE_CHOICE -> Combinators.combine(optionTexts(2, 6), text().list().ofSize(6), Arbitraries.of(true, false).list().ofSize(6),
                    feedback().list().ofSize(6)).as((notes, locators, correct, feedback) -> {
                        // the first an evidence entry and a key; then entries and plain-text choices ("not evidence") alike
                        List<Choice> choices = new ArrayList<>();
                        for (int i = 0; i < notes.size(); i++) {
                            boolean plain = i > 0 && locators.get(i).length() % 3 == 0;
                            choices.add(plain ? new Choice("e" + i, notes.get(i), correct.get(i), feedback.get(i))
                                    : new Choice("e" + i, notes.get(i), i == 0 || correct.get(i), feedback.get(i),
                                    new Evidence("treaty", locators.get(i), notes.get(i))));
                        }
                        return choices;
                    });
            case ORDERING -> optionTexts(2, 6).map(texts -> {
                List<Choice> items = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    items.add(new Choice("step" + i, texts.get(i), true, null));
                }
                return items;
            });
        };
    }

    private static Arbitrary<List<String>> optionTexts(int min, int max) {
        return text().list().ofMinSize(min).ofMaxSize(max);
    }

    private static Arbitrary<String> feedback() {
        return text().injectNull(0.5);
    }

    private static Arbitrary<List<Evidence>> evidence() {
        Arbitrary<Evidence> one = Combinators.combine(text(), text()).as((locator, note) -> new Evidence("treaty", locator, note));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Evidence>of())), Tuple.of(2, one.list().ofMinSize(1).ofMaxSize(2)));
    }

    private static Arbitrary<List<String>> tags() {
        return Arbitraries.of("unit-1", "1992", "true", "ruling").list().uniqueElements().ofMaxSize(2);
    }

    /**
     * Text a teacher or an LMS may hold: words that YAML would read as other types, its indicators, quotes,
     * Armenian and Cyrillic, inner line breaks. The reader strips what surrounds a value, so the texts are stripped.
     */
    static Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("yes", "no", "null", "~", "true", "1.0", "2.10", "0x1F", "&id001", "*id001", "- item", "key: value",
                        "#hash", "'quoted'", "\"double\"", "[list]", "{map}", "|", ">", "%", "@", "`", "\\", "Երևան", "Москва",
                        "√2 > 2", "a\nb", "$$x^2$$", "\\(x\\)", "*", "tab\there"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12));
        return word.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words).strip())
                .filter(s -> !s.isEmpty());
    }
}

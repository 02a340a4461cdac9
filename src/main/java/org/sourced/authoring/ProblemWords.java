package org.sourced.authoring;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourced.packs.format.Problem;
import org.sourced.web.i18n.UiText;
import org.sourced.web.i18n.WorkbenchMessages;

/**
 * A reader's problem with a question, said as a teacher would act on it ("add evidence") instead of as a file
 * author reads it ({@code questions/x.yaml:20: a question needs at least one evidence item}), with the part
 * of the editor that fixes it. Plain Java: the patterns are the reader's English messages, which are stable
 * because {@code validate} and scripts print them; a message not listed here is shown as the reader says it.
 */
public final class ProblemWords {

    /** The part of the question editor where the problem is fixed; evidence and explanation are also the evidence pass's. */
    public enum Field {
        EVIDENCE("evidence"), EXPLANATION("explanation"), OBJECTIVE("objective"), CHOICES("choices"), TEXT(null), OTHER(null);

        /** The id of the editor's field or fieldset, for a link's fragment; null for none. */
        public final String anchor;

        Field(String anchor) {
            this.anchor = anchor;
        }

        /** Whether the evidence pass fixes it: it asks for the passage and, when the key has none, the explanation. */
        public boolean fixedInPass() {
            return this == EVIDENCE || this == EXPLANATION;
        }
    }

    /** @param anchor the editor's field id the link jumps to; null for the top of the editor */
    public record Words(Field field, UiText text, String anchor) {
    }

    private record Rule(Pattern pattern, Field field, Function<Matcher, Function<WorkbenchMessages, String>> text,
                        Function<Matcher, String> anchor) {
    }

    private static final List<Rule> RULES = List.of(
            rule("a question needs at least one evidence item.*", Field.EVIDENCE, m -> WorkbenchMessages::fixAddEvidence),
            rule("unknown source '(.+)' \\(not in pack\\.yaml's sources\\)", Field.EVIDENCE, m -> t -> t.fixUnknownSource(m.group(1))),
            rule("locator '(.+)' points past ([^:]+):.*", Field.EVIDENCE, m -> t -> t.fixLocatorPast(m.group(1), m.group(2))),
            rule("locator '(.+)' counts .*", Field.EVIDENCE, m -> t -> t.fixLocatorUnit(m.group(1))),
            rule("unknown objective '(.+)' \\(pack\\.yaml defines.*", Field.OBJECTIVE, m -> t -> t.fixObjective(m.group(1))),
            rule("an? .+ question needs at least two choices", Field.CHOICES, m -> WorkbenchMessages::fixTwoChoices),
            rule("a single-choice question needs exactly one correct choice.*", Field.CHOICES, m -> WorkbenchMessages::fixOneCorrect),
            rule("a multiple-answer question needs at least one correct choice", Field.CHOICES, m -> WorkbenchMessages::fixSomeCorrect),
            rule("an ordering question needs at least two items", Field.CHOICES, m -> WorkbenchMessages::fixTwoItems),
            rule("'explanation' is empty", Field.EXPLANATION, m -> WorkbenchMessages::fixExplanation),
            new Rule(Pattern.compile("'(\\w+)' is empty"), Field.TEXT, m -> t -> t.fixEmpty(m.group(1)), m -> m.group(1)),
            new Rule(Pattern.compile("(\\w+) has \\d+ characters; at most (\\d+) fit"), Field.TEXT,
                    m -> t -> t.fixTooLong(m.group(1), Integer.parseInt(m.group(2))), m -> m.group(1)));

    private ProblemWords() {
    }

    private static Rule rule(String regex, Field field, Function<Matcher, Function<WorkbenchMessages, String>> text) {
        return new Rule(Pattern.compile(regex), field, text, m -> field.anchor);
    }

    /**
     * A problem of the evidence pass's kind that a change to the question would bring in: the reader's own checks
     * of a locator or a source, run on the changed draft before it is saved. Problems the question had before do
     * not count (lines move, so they are compared by message).
     */
    public static Optional<Problem> newInPass(Workspace before, Workspace after, String questionId) {
        Set<String> had = new HashSet<>();
        before.problemsOfQuestion(questionId).forEach(p -> had.add(p.message()));
        return after.problemsOfQuestion(questionId).stream()
                .filter(p -> of(p.message()).field().fixedInPass() && !had.contains(p.message())).findFirst();
    }

    public static Words of(String message) {
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(message);
            if (m.matches()) {
                Function<WorkbenchMessages, String> text = r.text.apply(m);
                return new Words(r.field, UiText.bench(text), r.anchor.apply(m));
            }
        }
        return new Words(Field.OTHER, UiText.literal(message), null);
    }
}

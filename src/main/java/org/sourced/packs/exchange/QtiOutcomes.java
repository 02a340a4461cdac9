package org.sourced.packs.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * Which response a QTI feedback value stands for. Authoring tools set an outcome (usually {@code FEEDBACK})
 * in response processing: {@code correct} in the branch that matches the correct response, {@code incorrect}
 * in the else branch; modal feedback then shows on that value. This reads those branches, and falls back on
 * the value's name ({@code correct}, {@code partially-correct}, {@code wrong}...) when the processing is a
 * standard template or says something this does not follow.
 */
final class QtiOutcomes {

    enum Kind { CORRECT, PARTIAL, INCORRECT }

    private final Map<String, Kind> byValue = new HashMap<>();

    private QtiOutcomes() {
    }

    static QtiOutcomes of(Element item) {
        QtiOutcomes outcomes = new QtiOutcomes();
        Dom.child(item, "qti-response-processing").ifPresent(rp -> {
            for (Element condition : Dom.descendants(rp, "qti-response-condition")) {
                outcomes.readCondition(condition);
            }
        });
        return outcomes;
    }

    /** The kind of response on which feedback for {@code outcome = value} shows, if it can be told. */
    Optional<Kind> kind(String outcome, String value) {
        Kind known = byValue.get(outcome + "\u0000" + value);
        return known != null ? Optional.of(known) : byName(value);
    }

    static Optional<Kind> byName(String value) {
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (v.contains("partial")) {
            return Optional.of(Kind.PARTIAL);
        }
        if (v.startsWith("incorrect") || v.startsWith("wrong") || v.equals("false") || v.startsWith("notcorrect")) {
            return Optional.of(Kind.INCORRECT);
        }
        if (v.startsWith("correct") || v.equals("right") || v.equals("true")) {
            return Optional.of(Kind.CORRECT);
        }
        return Optional.empty();
    }

    /** Names tools give feedback meant for every response: it is the explanation, as a reader expects. */
    static boolean isExplanationName(String value) {
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return v.startsWith("solution") || v.startsWith("explanation") || v.startsWith("general") || v.startsWith("rationale");
    }

    private void readCondition(Element condition) {
        boolean sawCorrect = false;
        boolean sawPartial = false;
        for (Element branch : Dom.children(condition, null)) {
            String name = Dom.name(branch);
            Kind kind = null;
            if (name.equals("qti-response-if") || name.equals("qti-response-else-if")) {
                List<Element> parts = Dom.children(branch, null);
                kind = parts.isEmpty() ? null : test(parts.get(0));
            } else if (name.equals("qti-response-else") && sawCorrect) {
                kind = Kind.INCORRECT;
            } else if (name.equals("qti-response-else") && sawPartial) {
                kind = Kind.CORRECT;
            }
            if (kind == null) {
                continue;
            }
            sawCorrect |= kind == Kind.CORRECT;
            sawPartial |= kind == Kind.PARTIAL;
            for (Element set : Dom.children(branch, "qti-set-outcome-value")) {
                for (Element value : Dom.descendants(set, "qti-base-value")) {
                    byValue.putIfAbsent(set.getAttribute("identifier") + "\u0000" + value.getTextContent().strip(), kind);
                }
            }
        }
    }

    /** What a branch's test says about the response, when it is one of the usual forms. */
    private static Kind test(Element test) {
        String name = Dom.name(test);
        List<Element> args = Dom.children(test, null);
        if (name.equals("qti-match") && args.stream().anyMatch(a -> Dom.name(a).equals("qti-correct"))) {
            return Kind.CORRECT;
        }
        if (name.equals("qti-is-null")) {
            return Kind.INCORRECT;
        }
        if (name.equals("qti-not") && args.size() == 1) {
            Kind inner = test(args.get(0));
            return inner == Kind.CORRECT ? Kind.INCORRECT : null;
        }
        if (args.size() == 2 && isScore(args.get(0))) {
            Element other = args.get(1);
            boolean max = Dom.name(other).equals("qti-variable") && other.getAttribute("identifier").toUpperCase(Locale.ROOT).contains("MAX");
            Double number = Dom.name(other).equals("qti-base-value") ? number(other.getTextContent()) : null;
            boolean zero = number != null && number == 0;
            return switch (name) {
                case "qti-gte", "qti-equal" -> max ? Kind.CORRECT : zero && name.equals("qti-equal") ? Kind.INCORRECT : null;
                case "qti-gt" -> zero ? Kind.PARTIAL : null;
                case "qti-lte" -> zero ? Kind.INCORRECT : null;
                case "qti-lt" -> max ? Kind.PARTIAL : null;
                default -> null;
            };
        }
        return null;
    }

    private static boolean isScore(Element e) {
        return Dom.name(e).equals("qti-variable") && e.getAttribute("identifier").toUpperCase(Locale.ROOT).equals("SCORE");
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.sourced.packs.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * Writes GIFT that Moodle imports: one category per objective, {@code [markdown]} text, {@code [id:]} and
 * {@code [tag:]} comments, and the Sourced metadata in {@code // [sourced:key] json} comments, which Moodle
 * ignores. Ordering questions have no GIFT form and are reported.
 */
final class GiftExporter implements QuestionExporter {

    @Override
    public Exported write(PackContent pack) {
        StringBuilder out = new StringBuilder();
        List<ImportProblem> problems = new ArrayList<>();
        String packTitle = oneLine(pack.manifest().title());
        out.append("// Sourced pack \"").append(packTitle).append("\" (").append(pack.id()).append("), exported as GIFT.\n");
        out.append("// Comment lines starting with [sourced:key] carry what GIFT has no field for: objective, difficulty,\n");
        out.append("// points, choice ids, evidence and its sources. Moodle ignores them; Sourced reads them back.\n");
        out.append("// ").append(SourcedMetadata.describePack(pack.manifest()).line()).append("\n\n");
        String objective = null;
        for (Question original : pack.questions()) {
            Question q = EvidenceExport.forExport(original, pack.manifest());
            if (q.type() == QuestionType.ORDERING) {
                problems.add(new ImportProblem(0, q.id() + ": GIFT has no ordering question; left out (Moodle XML and QTI keep it)"));
                out.append("// Ordering question ").append(q.id()).append(" left out: GIFT has no ordering question.\n\n");
                continue;
            }
            if (!q.objective().equals(objective)) {
                objective = q.objective();
                out.append("$CATEGORY: ").append(CategoryPath.write(packTitle, objective)).append("\n\n");
            }
            if (!q.responseFeedback().isEmpty()) {
                problems.add(new ImportProblem(0, q.id() + ": GIFT has no feedback on the whole response and no hints; they "
                        + "travel in [sourced:response-feedback] comments, which Moodle does not show (Moodle XML keeps them)"));
            }
            if (q.type() == QuestionType.EVIDENCE_CHOICE) {
                out.append("// ").append(EvidenceExport.note(q, "GIFT")).append('\n');
            }
            writeQuestion(q, pack, out);
        }
        return new Exported(out.toString().getBytes(StandardCharsets.UTF_8), problems);
    }

    private static void writeQuestion(Question q, PackContent pack, StringBuilder out) {
        StringBuilder idAndTags = new StringBuilder("// [id:").append(bracketed(q.id())).append(']');
        for (String tag : q.tags()) {
            idAndTags.append(" [tag:").append(bracketed(tag)).append(']');
        }
        if (q.type() == QuestionType.CLAIM_CHECK) {
            idAndTags.append(" [tag:").append(SourcedMetadata.CLAIM_CHECK_TAG).append(']');
        }
        out.append(idAndTags).append('\n');
        for (SourcedMetadata.Entry entry : SourcedMetadata.describe(q, pack.manifest())) {
            out.append("// ").append(entry.line()).append('\n');
        }
        String text = EvidenceExport.quotesClaim(q) ? ClaimText.compose(q.stem(), q.claim()) : q.stem();
        out.append("::").append(escape(q.id())).append("::[markdown]").append(escape(text));
        if (q.type() == QuestionType.TRUE_FALSE) {
            writeTrueFalse(q, out);
        } else {
            writeChoices(q, out);
        }
        out.append('\n');
    }

    private static void writeTrueFalse(Question q, StringBuilder out) {
        boolean answer = q.choice("true").map(Choice::correct).orElse(false);
        String feedbackTrue = q.choice("true").map(Choice::feedback).orElse(null);
        String feedbackFalse = q.choice("false").map(Choice::feedback).orElse(null);
        // Moodle's order: the feedback for the wrong answer first, then for the right one.
        String wrong = answer ? feedbackFalse : feedbackTrue;
        String right = answer ? feedbackTrue : feedbackFalse;
        out.append('{').append(answer ? "TRUE" : "FALSE");
        if (!isBlank(wrong) || !isBlank(right)) {
            out.append('#').append(isBlank(wrong) ? "" : escape(wrong));
        }
        if (!isBlank(right)) {
            out.append('#').append(escape(right));
        }
        if (!isBlank(q.explanation())) {
            out.append("####").append(escape(q.explanation()));
        }
        out.append("}\n");
    }

    private static void writeChoices(Question q, StringBuilder out) {
        boolean multiple = q.type().manyAnswers();
        long right = q.choices().stream().filter(Choice::correct).count();
        out.append("{\n");
        for (Choice c : q.choices()) {
            String marker;
            if (multiple) {
                // Right answers share 100 %; each wrong pick costs as much as a right one earns, as in
                // Sourced's partial credit. Moodle rounds to its grade list (33.33333 and so on).
                String weight = percent(right);
                marker = c.correct() ? "~%" + weight + "%" : "~%-" + weight + "%";
            } else if (c.correct()) {
                marker = "=";
            } else {
                // An explicit 0 keeps a text that starts with "%" from being read as a weight.
                marker = c.text().startsWith("%") ? "~%0%" : "~";
            }
            out.append('\t').append(marker).append(escape(c.text()));
            if (!isBlank(c.feedback())) {
                out.append('#').append(escape(c.feedback()));
            }
            out.append('\n');
        }
        if (!isBlank(q.explanation())) {
            out.append("\t####").append(escape(q.explanation())).append('\n');
        }
        out.append("}\n");
    }

    static String percent(long parts) {
        return BigDecimal.valueOf(100).divide(BigDecimal.valueOf(Math.max(parts, 1)), 5, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** GIFT's escapes, as Moodle's {@code repchar}: special characters get a backslash, newlines become \n. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String bracketed(String value) {
        return oneLine(value).replace("]", "\\]");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

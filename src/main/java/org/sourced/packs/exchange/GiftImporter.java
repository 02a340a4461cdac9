package org.sourced.packs.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourced.packs.format.QuestionType;

/**
 * Reads GIFT the way Moodle's {@code qformat_gift} does (blank lines between questions, {@code //} comments,
 * {@code ::title::}, {@code $CATEGORY:}, {@code [html]}/{@code [markdown]}/{@code [plain]}/{@code [moodle]},
 * weights, feedback, escapes, {@code [id:]}/{@code [tag:]} in comments), and reports with its line what
 * Moodle would silently accept but Sourced cannot store.
 */
final class GiftImporter implements QuestionImporter {

    private static final Set<String> FORMATS = Set.of("html", "moodle", "plain", "markdown");
    private static final String ESCAPABLE = "\\:#={}~n";
    /** Escaped characters become private-use placeholders, as Moodle's {@code escapedchar_pre} does. */
    private static final char PLACEHOLDER_BASE = '\uE000';
    // Moodle 4's patterns: an id or tag runs to the first unescaped "]".
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^]\\p{Cntrl}])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^]<>`\\p{Cntrl}])+)]");
    private static final Pattern WEIGHT = Pattern.compile("^%([^%\\s]*)%");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d+)?");

    private final ImportLimits limits;

    GiftImporter(ImportLimits limits) {
        this.limits = limits;
    }

    private record Line(int number, String text) {
    }

    private record Formatted(String text, String format) {
    }

    @Override
    public ImportResult read(byte[] file) {
        limits.checkSize(file);
        String[] lines = Utf8Text.decode(file).split("\n", -1);
        ImportCollector collector = new ImportCollector();
        String category = null;
        Categories categories = new Categories(java.util.Arrays.stream(lines).map(String::strip)
                .filter(l -> l.startsWith("$CATEGORY:")).map(l -> l.substring("$CATEGORY:".length()).strip()).toList());
        String title = null;
        int ordinal = 0;
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            List<Line> comments = new ArrayList<>();
            List<Line> body = new ArrayList<>();
            for (; i < lines.length && !lines[i].isBlank(); i++) {
                (lines[i].strip().startsWith("//") ? comments : body).add(new Line(i + 1, lines[i]));
            }
            if (body.isEmpty()) {
                for (Line comment : comments) {
                    SourcedMetadata.parseLine(comment.text().strip().substring(2))
                            .filter(e -> e.key().equals(SourcedMetadata.PACK))
                            .ifPresent(e -> SourcedMetadata.applyPack(e, collector, comment.number(), null));
                }
                continue;
            }
            String text = String.join("\n", body.stream().map(Line::text).toList()).strip();
            if (text.startsWith("$CATEGORY:")) {
                Categories.Objective objective = categories.objective(text.substring("$CATEGORY:".length()).strip(),
                        body.get(0).number(), null, collector);
                if (objective == null) {
                    collector.problem(body.get(0).number(), null, "$CATEGORY: names no category; ignored");
                } else {
                    category = objective.id();
                    collector.objectiveTitle(objective.id(), objective.title());
                    title = categories.title();
                }
                continue;
            }
            ordinal++;
            new QuestionReader(body, comments, collector, ordinal, category).read();
        }
        return collector.result(title);
    }

    /** One question block: text lines with their numbers, and the comment lines before or among them. */
    private static final class QuestionReader {
        private final List<Line> comments;
        private final ImportCollector collector;
        private final Draft draft;
        private final String text;
        /** Line number of each line of {@link #text}. */
        private final int[] lineNumbers;

        QuestionReader(List<Line> body, List<Line> comments, ImportCollector collector, int ordinal, String category) {
            this.comments = comments;
            this.collector = collector;
            this.lineNumbers = body.stream().mapToInt(Line::number).toArray();
            this.text = protect(String.join("\n", body.stream().map(Line::text).toList()));
            int first = 0;
            while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            this.draft = new Draft(lineAt(first), null, ordinal);
            this.draft.category = category;
        }

        void read() {
            readComments();
            int pos = 0;
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (text.startsWith("::", pos)) {
                int end = text.indexOf("::", pos + 2);
                if (end < 0) {
                    collector.problem(lineAt(pos), null, "a ::title has no closing ::; read without a title");
                    pos += 2;
                } else {
                    draft.title = unprotect(text.substring(pos + 2, end)).strip();
                    pos = end + 2;
                }
            }
            int open = text.indexOf('{', pos);
            int close = text.indexOf('}', pos);
            if (open < 0 && close < 0) {
                skip(draft.line, "no answer block {...}: a description, not a question; skipped");
                return;
            }
            if (close >= 0 && (open < 0 || close < open)) {
                skip(lineAt(close), "} without an opening {; skipped (write \\} for a literal brace)");
                return;
            }
            if (close < 0) {
                skip(lineAt(open), "unclosed { (no } before the blank line that ends the question); skipped");
                return;
            }
            int inner = text.indexOf('{', open + 1);
            if (inner >= 0 && inner < close) {
                skip(lineAt(inner), "two { before the closing }; skipped (write \\{ for a literal brace)");
                return;
            }
            int second = indexOfAny(text, "{}", close + 1);
            if (second >= 0) {
                skip(lineAt(second), text.charAt(second) == '{'
                        ? "a second answer block {...}; a question has one; skipped"
                        : "} without an opening {; skipped (write \\} for a literal brace)");
                return;
            }
            if (answersOutside(pos, open) || answersOutside(close + 1, text.length())) {
                return;
            }
            String before = text.substring(pos, open);
            String after = text.substring(close + 1);
            // Moodle's "missing word" format: text after the answers means the answers fill a blank.
            String questionText = after.isBlank() ? before : before + "_____" + after;
            String answers = text.substring(open + 1, close);
            int answersStart = open + 1;
            String generalFeedback = null;
            int separator = answers.lastIndexOf("####");
            if (separator >= 0) {
                generalFeedback = answers.substring(separator + 4);
                answers = answers.substring(0, separator);
            }
            Formatted question = format(questionText, "moodle", draft.line);
            draft.text = question.text();
            if (generalFeedback != null) {
                draft.explanation = format(generalFeedback, question.format(), lineAt(answersStart + separator)).text();
            }
            readAnswers(answers, answersStart, question.format());
        }

        private void readAnswers(String answers, int offset, String format) {
            String a = answers.strip();
            int aStart = offset + answers.indexOf(a.isEmpty() ? answers : a);
            if (a.isEmpty()) {
                skip(draft.line, "an essay question ({}): not imported, as an essay has no automatic key (a person grades it); skipped");
            } else if (a.startsWith("#")) {
                skip(draft.line, "a numerical question ({#...}): not supported by Sourced; skipped");
            } else if (a.startsWith(">")) {
                skip(draft.line, "an ordering question ({>...}, qtype_ordering): not imported from GIFT; use Moodle XML; skipped");
            } else if (a.indexOf('~') >= 0) {
                readChoices(a, aStart, format);
            } else if (a.indexOf('=') >= 0 && a.contains("->")) {
                skip(draft.line, "a matching question ({=a -> b}): not supported by Sourced; skipped");
            } else {
                int hash = a.indexOf('#');
                String answer = (hash > 0 ? a.substring(0, hash) : a).strip();
                if (Set.of("T", "TRUE", "F", "FALSE").contains(answer)) {
                    readTrueFalse(a, format);
                } else {
                    String hint = Set.of("t", "true", "f", "false").contains(answer.toLowerCase(Locale.ROOT))
                            ? " (for true-false write {TRUE} or {FALSE} in capitals)" : "";
                    skip(draft.line, "a short-answer question ({=answer}): not supported by Sourced; skipped" + hint);
                }
            }
        }

        private void readTrueFalse(String a, String format) {
            String[] bits = a.split("#", 3);
            boolean answer = bits[0].strip().startsWith("T");
            String wrong = bits.length > 1 ? format(bits[1], format, draft.line).text() : null;
            String right = bits.length > 2 ? format(bits[2], format, draft.line).text() : null;
            // As in Moodle: the first feedback shows for the wrong answer, the second for the right one.
            draft.trueFalse(answer, answer ? right : wrong, answer ? wrong : right);
            collector.add(draft);
        }

        private void readChoices(String a, int aStart, String format) {
            boolean single = a.indexOf('=') >= 0;
            List<Integer> operators = new ArrayList<>();
            for (int k = 0; k < a.length(); k++) {
                if (a.charAt(k) == '~' || a.charAt(k) == '=') {
                    operators.add(k);
                }
            }
            List<int[]> segments = new ArrayList<>();
            if (!a.substring(0, operators.get(0)).isBlank()) {
                // Moodle keeps text before the first ~ or = as a wrong answer.
                segments.add(new int[] {-1, 0, operators.get(0)});
            }
            for (int k = 0; k < operators.size(); k++) {
                int end = k + 1 < operators.size() ? operators.get(k + 1) : a.length();
                segments.add(new int[] {operators.get(k), operators.get(k) + 1, end});
            }
            if (segments.size() < 2) {
                skip(draft.line, "a multiple-choice question needs at least 2 answers; skipped");
                return;
            }
            List<Double> weights = new java.util.ArrayList<>();
            List<String> written = new java.util.ArrayList<>();
            for (int[] seg : segments) {
                int line = lineAt(aStart + Math.max(seg[0], seg[1]));
                String body = a.substring(seg[1], seg[2]).strip();
                BigDecimal weight = BigDecimal.ZERO;
                if (seg[0] >= 0 && a.charAt(seg[0]) == '=') {
                    weight = BigDecimal.valueOf(100);
                } else if (body.startsWith("%")) {
                    Matcher m = WEIGHT.matcher(body);
                    if (m.find()) {
                        String number = unprotect(m.group(1));
                        if (!NUMBER.matcher(number).matches() || new BigDecimal(number).abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                            skip(line, "unknown weight %" + number + "%: write a percentage from -100 to 100, such as %50% or %-33.33333%; skipped");
                            return;
                        }
                        weight = new BigDecimal(number);
                        body = body.substring(m.end()).strip();
                    }
                }
                int hash = body.indexOf('#');
                String answerText = format(hash >= 0 ? body.substring(0, hash) : body, format, line).text();
                String feedback = hash >= 0 ? format(body.substring(hash + 1), format, line).text() : null;
                if (answerText.isEmpty()) {
                    collector.problem(line, null, "an empty answer is left out");
                    continue;
                }
                boolean correct;
                if (single) {
                    correct = weight.compareTo(BigDecimal.valueOf(100)) == 0;
                    if (!correct && weight.signum() > 0) {
                        collector.problem(line, null, "partial weight " + weight.toPlainString() + "% in a single-answer question: "
                                + "Sourced gives no partial credit there, so this choice counts as wrong");
                    }
                } else {
                    // A multiple-answer item: every choice with a positive weight is a right answer.
                    correct = weight.signum() > 0;
                    weights.add(weight.doubleValue());
                    written.add(weight.stripTrailingZeros().toPlainString() + "%");
                }
                draft.choice(null, answerText, correct, feedback);
            }
            draft.type = single ? QuestionType.SINGLE : QuestionType.MULTIPLE;
            if (!single && !AnswerWeights.sourcedScale(weights)) {
                collector.problem(draft, "answer weights " + String.join(", ", written) + " are not kept: "
                        + AnswerWeights.HOW_SOURCED_SCORES);
            }
            collector.add(draft);
        }

        private boolean answersOutside(int from, int to) {
            int pos = from;
            while (pos < to) {
                int end = text.indexOf('\n', pos);
                end = end < 0 || end > to ? to : end;
                String line = text.substring(pos, end).strip();
                if (line.startsWith("~") || line.startsWith("=")) {
                    skip(lineAt(pos), "answers outside braces (\"" + unprotect(line) + "\"); put every answer inside {...}; skipped");
                    return true;
                }
                pos = end + 1;
            }
            return false;
        }

        private void readComments() {
            StringBuilder all = new StringBuilder();
            for (Line comment : comments) {
                String content = comment.text().strip().substring(2);
                all.append(content).append('\n');
                SourcedMetadata.parseLine(content).ifPresent(e -> SourcedMetadata.apply(e, draft, collector, comment.number()));
            }
            Matcher id = ID.matcher(all);
            if (id.find()) {
                draft.id = Draft.blankToNull(id.group(1).replace("\\]", "]"));
            }
            Matcher tag = TAG.matcher(all);
            while (tag.find()) {
                draft.tag(tag.group(1).replace("\\]", "]"));
            }
        }

        /** Reads an optional [format] prefix, undoes escapes, and turns HTML into text. */
        private Formatted format(String raw, String defaultFormat, int line) {
            String s = raw.strip();
            String format = defaultFormat;
            if (s.startsWith("[")) {
                int end = s.indexOf(']');
                if (end > 0 && FORMATS.contains(s.substring(1, end))) {
                    format = s.substring(1, end);
                    s = s.substring(end + 1);
                }
            }
            String plain = unprotect(s).strip();
            if (format.equals("html")) {
                HtmlText.Converted converted = HtmlText.fromHtml(plain);
                converted.notes().forEach(n -> collector.problem(line, null, n));
                if (converted.droppedMedia() && converted.notes().stream().noneMatch(n -> n.contains(" left out"))) {
                    collector.problem(line, null, "images or other media in the HTML are left out");
                }
                return new Formatted(converted.text(), format);
            }
            return new Formatted(plain, format);
        }

        private void skip(int line, String message) {
            collector.problem(line, null, message);
        }

        private int lineAt(int offset) {
            int line = 0;
            for (int k = 0; k < offset && k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                }
            }
            return lineNumbers[Math.min(line, lineNumbers.length - 1)];
        }

        private static int indexOfAny(String s, String chars, int from) {
            for (int k = from; k < s.length(); k++) {
                if (chars.indexOf(s.charAt(k)) >= 0) {
                    return k;
                }
            }
            return -1;
        }
    }

    /** Replaces each escape ({@code \~}, {@code \n}...) by one placeholder character, keeping newlines in place. */
    static String protect(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= PLACEHOLDER_BASE && c < PLACEHOLDER_BASE + 0x80) {
                out.append('\uFFFD');
            } else if (c == '\\' && k + 1 < s.length() && ESCAPABLE.indexOf(s.charAt(k + 1)) >= 0) {
                out.append((char) (PLACEHOLDER_BASE + s.charAt(k + 1)));
                k++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unprotect(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= PLACEHOLDER_BASE && c < PLACEHOLDER_BASE + 0x80) {
                char original = (char) (c - PLACEHOLDER_BASE);
                out.append(original == 'n' ? '\n' : original);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

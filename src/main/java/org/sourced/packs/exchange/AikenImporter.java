package org.sourced.packs.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourced.packs.format.QuestionType;

/**
 * Reads Aiken: a question line, options {@code A) text} or {@code A. text}, then {@code ANSWER: B}. Every
 * question is single-choice; Aiken has no ids, feedback or metadata.
 */
final class AikenImporter implements QuestionImporter {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)][ \\t]+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*(.*)$");

    private final ImportLimits limits;

    AikenImporter(ImportLimits limits) {
        this.limits = limits;
    }

    private record Option(char letter, String text, int line) {
    }

    /** The question being read. */
    private static final class Pending {
        final int line;
        final List<String> text = new ArrayList<>();
        final List<Option> options = new ArrayList<>();

        Pending(int line) {
            this.line = line;
        }
    }

    @Override
    public ImportResult read(byte[] file) {
        limits.checkSize(file);
        String[] lines = Utf8Text.decode(file).split("\n", -1);
        ImportCollector collector = new ImportCollector();
        Pending pending = null;
        int ordinal = 0;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                // A blank line may sit between a question and its options, but after the options the
                // ANSWER: line must come first: otherwise the next question's lines would join this one.
                if (pending != null && !pending.options.isEmpty()) {
                    ordinal++;
                    collector.problem(pending.line, null, "missing ANSWER: line after the options; question skipped");
                    pending = null;
                }
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                if (pending == null) {
                    collector.problem(number, null, "ANSWER: without a question before it; ignored");
                    continue;
                }
                ordinal++;
                finish(pending, answer.group(1).strip(), number, ordinal, collector);
                pending = null;
            } else if (option.matches()) {
                if (pending == null) {
                    collector.problem(number, null, "option " + option.group(1) + ") without a question before it; ignored");
                    continue;
                }
                char letter = option.group(1).charAt(0);
                if (pending.options.stream().anyMatch(o -> o.letter() == letter)) {
                    collector.problem(number, null, "option " + letter + " appears twice in this question; the second is ignored");
                    continue;
                }
                pending.options.add(new Option(letter, option.group(2).strip(), number));
            } else if (pending != null && !pending.options.isEmpty()) {
                // Text after the options without an ANSWER: line starts the next question.
                ordinal++;
                collector.problem(pending.line, null, "missing ANSWER: line after the options; question skipped");
                pending = new Pending(number);
                pending.text.add(line);
            } else {
                if (pending == null) {
                    pending = new Pending(number);
                }
                pending.text.add(line);
            }
        }
        if (pending != null) {
            collector.problem(pending.line, null, "missing ANSWER: line at the end of the file; question skipped");
        }
        return collector.result(null);
    }

    private static void finish(Pending pending, String answer, int answerLine, int ordinal, ImportCollector collector) {
        if (pending.options.size() < 2) {
            collector.problem(pending.line, null, "fewer than 2 options (A) ..., B) ...); question skipped");
            return;
        }
        String letters = String.join(", ", pending.options.stream().map(o -> String.valueOf(o.letter())).toList());
        if (answer.isEmpty() || pending.options.stream().noneMatch(o -> o.letter() == Character.toUpperCase(answer.charAt(0)))) {
            collector.problem(answerLine, null, "answer \"" + answer + "\" is not among the options (" + letters
                    + "); question skipped");
            return;
        }
        char right = Character.toUpperCase(answer.charAt(0));
        Draft draft = new Draft(pending.line, null, ordinal);
        draft.type = QuestionType.SINGLE;
        draft.text = String.join("\n", pending.text);
        for (Option o : pending.options) {
            draft.choice(null, o.text(), o.letter() == right, null);
        }
        collector.add(draft);
    }
}

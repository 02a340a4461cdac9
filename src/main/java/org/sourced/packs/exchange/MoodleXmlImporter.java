package org.sourced.packs.exchange;

import java.util.Locale;
import java.util.Set;

import org.sourced.packs.format.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads Moodle XML: categories, {@code multichoice} (and the {@code multichoiceset} plugin),
 * {@code truefalse} and {@code ordering}; every other type is reported with the line of its
 * {@code <question>}. Sourced metadata comes back from the comment block in the general feedback.
 */
final class MoodleXmlImporter implements QuestionImporter {

    private static final String METADATA_MARK = "sourced:metadata";
    private static final Set<String> MOODLE_CORE_TYPES = Set.of("shortanswer", "numerical", "matching", "essay",
            "description", "cloze", "calculated", "calculatedsimple", "calculatedmulti", "ddwtos", "gapselect",
            "ddimageortext", "ddmarker", "randomsamatch", "multianswer");

    private final ImportLimits limits;

    MoodleXmlImporter(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public ImportResult read(byte[] file) {
        limits.checkSize(file);
        Document document = SafeXml.parse(file, null);
        Element quiz = document.getDocumentElement();
        if (!Dom.name(quiz).equals("quiz")) {
            throw new ImportFailure(SafeXml.line(quiz), "not a Moodle XML quiz: the root element is <" + Dom.name(quiz)
                    + ">, not <quiz>");
        }
        ImportCollector collector = new ImportCollector();
        String category = null;
        Categories categories = new Categories(Dom.children(quiz, "question").stream()
                .filter(q -> q.getAttribute("type").equals("category"))
                .map(q -> Dom.child(q, "category").map(c -> Dom.childText(c, "text")).orElse(""))
                .toList());
        String title = null;
        int ordinal = 0;
        for (Element question : Dom.children(quiz, null)) {
            int line = SafeXml.line(question);
            if (!Dom.name(question).equals("question")) {
                collector.problem(line, null, "<" + Dom.name(question) + "> is not a Moodle XML element; ignored");
                continue;
            }
            String type = question.getAttribute("type");
            if (type.equals("category")) {
                String path = Dom.child(question, "category").map(c -> Dom.childText(c, "text")).orElse(null);
                Dom.child(question, "info").flatMap(i -> Dom.child(i, "text")).ifPresent(t -> packMetadata(t, collector));
                Categories.Objective objective = path == null ? null : categories.objective(path, line, null, collector);
                if (objective == null) {
                    collector.problem(line, null, "a category without a name; ignored");
                } else {
                    category = objective.id();
                    collector.objectiveTitle(objective.id(), objective.title());
                    title = categories.title();
                }
                continue;
            }
            ordinal++;
            new QuestionReader(question, collector, new Draft(line, null, ordinal), category).read(type);
        }
        return collector.result(title);
    }

    /** Sourced's pack metadata, in a comment in a category's description. */
    private static void packMetadata(Element text, ImportCollector collector) {
        String raw = text.getTextContent();
        int open = raw.indexOf(MoodleXmlExporter.PACK_START);
        int close = open < 0 ? -1 : raw.indexOf(MoodleXmlExporter.METADATA_END, open);
        if (close > open) {
            String json = raw.substring(open + MoodleXmlExporter.PACK_START.length(), close).strip();
            SourcedMetadata.applyPack(new SourcedMetadata.Entry(SourcedMetadata.PACK, json), collector, SafeXml.line(text), null);
        }
    }

    private static final class QuestionReader {
        private final Element question;
        private final ImportCollector collector;
        private final Draft draft;
        private boolean droppedMedia;
        /** What the HTML conversion and the file list changed, reported once each for the question. */
        private final java.util.Set<String> notes = new java.util.LinkedHashSet<>();

        QuestionReader(Element question, ImportCollector collector, Draft draft, String category) {
            this.question = question;
            this.collector = collector;
            this.draft = draft;
            this.draft.category = category;
        }

        void read(String type) {
            switch (type) {
                case "multichoice", "multichoiceset", "truefalse", "ordering" -> {
                }
                case "essay" -> {
                    collector.problem(draft, "\"essay\" questions: not imported, as an essay has no automatic key (a person grades it); skipped");
                    return;
                }
                case "description" -> {
                    collector.problem(draft, "a \"description\" is text between questions, with nothing to answer or key; not imported");
                    return;
                }
                default -> {
                    collector.problem(draft, (type.isEmpty() ? "a question without a type" : "\"" + type + "\" questions")
                            + (MOODLE_CORE_TYPES.contains(type) || type.isEmpty() ? "" : " (a plugin type)")
                            + ": not supported by Sourced; skipped");
                    return;
                }
            }
            draft.title = Dom.child(question, "name").map(n -> Dom.childText(n, "text")).map(String::strip).orElse(null);
            draft.id = Draft.blankToNull(Dom.childText(question, "idnumber"));
            String format = Dom.child(question, "questiontext").map(e -> e.getAttribute("format")).orElse("html");
            draft.text = Dom.child(question, "questiontext").map(e -> text(e, "html")).orElse(null);
            draft.onCorrect = Dom.child(question, "correctfeedback").map(e -> Draft.blankToNull(text(e, "html"))).orElse(null);
            draft.onPartial = Dom.child(question, "partiallycorrectfeedback").map(e -> Draft.blankToNull(text(e, "html"))).orElse(null);
            draft.onIncorrect = Dom.child(question, "incorrectfeedback").map(e -> Draft.blankToNull(text(e, "html"))).orElse(null);
            for (Element hint : Dom.children(question, "hint")) {
                String h = text(hint, "html");
                if (!h.isBlank()) {
                    draft.hints.add(h);
                }
            }
            Dom.child(question, "generalfeedback").ifPresent(this::generalFeedback);
            points();
            Dom.child(question, "tags").ifPresent(tags -> Dom.children(tags, "tag")
                    .forEach(tag -> draft.tag(Dom.childText(tag, "text"))));
            boolean read = switch (type) {
                case "truefalse" -> trueFalse(format);
                case "ordering" -> ordering(format);
                default -> choices(format, type.equals("multichoiceset"));
            };
            notes.forEach(n -> collector.problem(draft, n));
            if (droppedMedia && notes.stream().noneMatch(n -> n.contains("left out"))) {
                collector.problem(draft, "images or other embedded files are left out");
            }
            if (read) {
                collector.add(draft);
            }
        }

        private boolean choices(String format, boolean allOrNothing) {
            String singleText = Dom.childText(question, "single");
            boolean single = !allOrNothing && (singleText == null || Set.of("true", "1").contains(singleText.strip().toLowerCase(Locale.ROOT)));
            draft.type = single ? QuestionType.SINGLE : QuestionType.MULTIPLE;
            java.util.List<String> weights = new java.util.ArrayList<>();
            java.util.List<Double> values = new java.util.ArrayList<>();
            for (Element answer : Dom.children(question, "answer")) {
                Double fraction = fraction(answer);
                if (fraction == null) {
                    return false;
                }
                weights.add(answer.getAttribute("fraction").strip().isEmpty() ? "0" : answer.getAttribute("fraction").strip());
                values.add(fraction);
                boolean correct = single ? fraction >= 99.99 : fraction > 0;
                if (single && !correct && fraction > 0) {
                    collector.problem(SafeXml.line(answer), null, "partial fraction " + answer.getAttribute("fraction")
                            + " in a single-answer question: Sourced gives no partial credit there, so this choice counts as wrong");
                }
                String text = text(answer, format);
                if (text.isEmpty()) {
                    collector.problem(SafeXml.line(answer), null, "an empty answer is left out");
                    continue;
                }
                draft.choice(null, text, correct, Dom.child(answer, "feedback").map(f -> text(f, format)).orElse(null));
            }
            if (!single && !AnswerWeights.sourcedScale(values)) {
                collector.problem(draft, "answer weights " + String.join(", ", weights) + " (Moodle's fractions, in %) are not kept: "
                        + AnswerWeights.HOW_SOURCED_SCORES);
            }
            return true;
        }

        private boolean trueFalse(String format) {
            Boolean answer = null;
            String feedbackTrue = null;
            String feedbackFalse = null;
            for (Element a : Dom.children(question, "answer")) {
                String text = Dom.childText(a, "text") == null ? "" : Dom.childText(a, "text").strip().toLowerCase(Locale.ROOT);
                Double fraction = fraction(a);
                if (fraction == null) {
                    return false;
                }
                String feedback = Dom.child(a, "feedback").map(f -> text(f, format)).orElse(null);
                if (text.equals("true")) {
                    feedbackTrue = feedback;
                    if (fraction >= 99.99) {
                        answer = true;
                    }
                } else if (text.equals("false")) {
                    feedbackFalse = feedback;
                    if (fraction >= 99.99) {
                        answer = false;
                    }
                } else {
                    collector.problem(SafeXml.line(a), null, "a true-false answer must be \"true\" or \"false\", not \"" + text + "\"; question skipped");
                    return false;
                }
            }
            if (answer == null) {
                collector.problem(draft, "a true-false question with no answer at fraction 100; skipped");
                return false;
            }
            draft.trueFalse(answer, feedbackTrue, feedbackFalse);
            return true;
        }

        private boolean ordering(String format) {
            draft.type = QuestionType.ORDERING;
            // Like the plugin: the document order of the answers is the right order.
            for (Element answer : Dom.children(question, "answer")) {
                String text = text(answer, format);
                if (!text.isEmpty()) {
                    draft.choice(null, text, true, Dom.child(answer, "feedback").map(f -> text(f, format)).orElse(null));
                }
            }
            return true;
        }

        private Double fraction(Element answer) {
            String value = answer.getAttribute("fraction").strip();
            try {
                return value.isEmpty() ? 0.0 : Double.parseDouble(value);
            } catch (NumberFormatException e) {
                collector.problem(SafeXml.line(answer), null, "fraction \"" + value + "\" is not a number; question skipped");
                return null;
            }
        }

        private void points() {
            String grade = Dom.childText(question, "defaultgrade");
            if (grade == null || grade.isBlank()) {
                return;
            }
            try {
                draft.points = (int) Math.max(1, Math.round(Double.parseDouble(grade.strip())));
            } catch (NumberFormatException e) {
                collector.problem(draft, "defaultgrade \"" + grade.strip() + "\" is not a number; 1 point");
            }
        }

        private void generalFeedback(Element feedback) {
            Element textElement = Dom.child(feedback, "text").orElse(null);
            String raw = textElement == null ? "" : textElement.getTextContent();
            StringBuilder rest = new StringBuilder();
            int last = 0;
            int line = textElement == null ? 0 : SafeXml.line(textElement);
            int countedTo = 0;
            // a scanner rather than "<!--\\s*sourced:metadata\\b(.*?)-->": with many unclosed comments that
            // pattern scanned to the end from each of them, quadratic on a hostile upload
            int close = -1;
            for (int open = raw.indexOf("<!--"); open >= 0; open = raw.indexOf("<!--", open + 4)) {
                if (close < open + 4) {
                    close = raw.indexOf("-->", open + 4);
                    if (close < 0) {
                        break;
                    }
                }
                int body = open + 4;
                while (body < close && Character.isWhitespace(raw.charAt(body))) {
                    body++;
                }
                int after = body + METADATA_MARK.length();
                if (!raw.startsWith(METADATA_MARK, body) || after > close
                        || after < close && (Character.isLetterOrDigit(raw.charAt(after)) || raw.charAt(after) == '_')) {
                    continue;
                }
                rest.append(raw, last, open);
                line += count(raw, countedTo, after, '\n');
                countedTo = after;
                int at = line;
                for (String metadataLine : raw.substring(after, close).split("\n", -1)) {
                    int here = at++;
                    SourcedMetadata.parseLine(metadataLine).ifPresent(e -> SourcedMetadata.apply(e, draft, collector, here));
                }
                last = close + 3;
                open = close - 1; // the next comment starts after this one's end
            }
            rest.append(raw.substring(last));
            draft.explanation = convert(rest.toString(), feedback.getAttribute("format"), "html");
        }

        /** The text of an element's {@code <text>}, in the element's format or the default. */
        private String text(Element element, String defaultFormat) {
            String format = element.hasAttribute("format") ? element.getAttribute("format") : defaultFormat;
            for (Element file : Dom.children(element, "file")) {
                droppedMedia = true;
                notes.add("embedded file \"" + file.getAttribute("name") + "\" (<" + Dom.name(element)
                        + ">, line " + SafeXml.line(file) + ") left out: Sourced keeps no images or attachments");
            }
            return convert(Dom.childText(element, "text"), format, defaultFormat);
        }

        private String convert(String text, String format, String defaultFormat) {
            if (text == null) {
                return "";
            }
            String f = format == null || format.isEmpty() ? defaultFormat : format;
            if (f.equals("html")) {
                HtmlText.Converted converted = HtmlText.fromHtml(text);
                droppedMedia |= converted.droppedMedia();
                notes.addAll(converted.notes());
                return converted.text();
            }
            return text.strip();
        }

        private static int count(String s, int from, int to, char c) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (s.charAt(i) == c) {
                    n++;
                }
            }
            return n;
        }
    }
}

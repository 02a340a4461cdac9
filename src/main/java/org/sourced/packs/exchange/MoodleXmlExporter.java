package org.sourced.packs.exchange;

import java.util.List;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.ResponseFeedback;
import org.sourced.packs.format.ScoringPolicy;

/**
 * Writes Moodle XML: a category per objective, {@code multichoice}, {@code truefalse} and {@code ordering}
 * (the qtype_ordering plugin) questions in Markdown format, tags, and the Sourced metadata in an HTML
 * comment at the end of the general feedback. Moodle stores that text as it is and strips the comment when
 * it shows the feedback, so students see only the explanation.
 */
final class MoodleXmlExporter implements QuestionExporter {

    static final String METADATA_START = "<!-- sourced:metadata";
    static final String METADATA_END = "-->";
    static final String PACK_START = "<!-- sourced:pack";
    private static final String MARKDOWN = "markdown";

    @Override
    public Exported write(PackContent pack) {
        XmlOut x = new XmlOut();
        x.open("quiz");
        String objective = null;
        boolean first = true;
        for (Question original : pack.questions()) {
            Question q = EvidenceExport.forExport(original, pack.manifest());

            if (!q.objective().equals(objective)) {
                objective = q.objective();
                x.open("question", "type", "category");
                x.open("category").text("text", CategoryPath.write(pack.manifest().title(), objective)).close();
                // the first category carries the pack's own metadata in a comment Moodle keeps and does not show
                String info = first ? PACK_START + " " + SourcedMetadata.describePack(pack.manifest()).json() + " " + METADATA_END : "";
                first = false;
                x.open("info", "format", "html").text("text", info).close();
                x.close();
            }
            writeQuestion(q, pack, x);
        }
        x.close();
        return new Exported(x.bytes(), List.of());
    }

    private static void writeQuestion(Question q, PackContent pack, XmlOut x) {
        String type = switch (q.type()) {
            case TRUE_FALSE -> "truefalse";
            case ORDERING -> "ordering";
            default -> "multichoice";
        };
        x.open("question", "type", type);
        x.open("name").text("text", q.id()).close();
        String text = EvidenceExport.quotesClaim(q) ? ClaimText.compose(q.stem(), q.claim()) : q.stem();
        x.open("questiontext", "format", MARKDOWN).text("text", text).close();
        x.open("generalfeedback", "format", MARKDOWN).text("text", generalFeedback(q, pack)).close();
        x.text("defaultgrade", String.valueOf(q.points()));
        x.text("penalty", q.type() == QuestionType.TRUE_FALSE ? "1" : "0.3333333");
        x.text("hidden", "0");
        x.text("idnumber", q.id());
        ScoringPolicy scoring = pack.manifest().scoring();
        switch (q.type()) {
            case TRUE_FALSE -> writeTrueFalse(q, x);
            case ORDERING -> writeOrdering(q, scoring, x);
            default -> writeMultichoice(q, x);
        }
        hints(q, x);
        if (!q.tags().isEmpty() || q.type() == QuestionType.CLAIM_CHECK) {
            x.open("tags");
            for (String tag : q.tags()) {
                x.open("tag").text("text", tag).close();
            }
            if (q.type() == QuestionType.CLAIM_CHECK) {
                x.open("tag").text("text", SourcedMetadata.CLAIM_CHECK_TAG).close();
            }
            x.close();
        }
        x.close();
    }

    /** The explanation, then the metadata lines in a comment that Moodle's HTML cleaning removes on display. */
    static String generalFeedback(Question q, PackContent pack) {
        StringBuilder text = new StringBuilder();
        if (q.explanation() != null && !q.explanation().isBlank()) {
            text.append(q.explanation().strip()).append("\n\n");
        }
        text.append(METADATA_START).append('\n');
        for (SourcedMetadata.Entry entry : SourcedMetadata.describe(q, pack.manifest())) {
            text.append(entry.line()).append('\n');
        }
        return text.append(METADATA_END).toString();
    }

    private static void writeMultichoice(Question q, XmlOut x) {
        boolean single = !q.type().manyAnswers();
        long right = q.choices().stream().filter(Choice::correct).count();
        x.text("single", single ? "true" : "false");
        // Verdicts read best in their fixed order.
        x.text("shuffleanswers", q.type() == QuestionType.CLAIM_CHECK ? "false" : "true");
        x.text("answernumbering", "abc");
        x.text("showstandardinstruction", "0");
        combinedFeedback(q, x);
        for (Choice c : q.choices()) {
            String fraction = single
                    ? (c.correct() ? "100" : "0")
                    : (c.correct() ? "" : "-") + GiftExporter.percent(right);
            answer(x, fraction, c.text(), c.feedback());
        }
    }

    private static void writeTrueFalse(Question q, XmlOut x) {
        for (String id : List.of("true", "false")) {
            Choice c = q.choice(id).orElse(new Choice(id, id, false, null));
            x.open("answer", "fraction", c.correct() ? "100" : "0", "format", "moodle_auto_format");
            x.text("text", id);
            x.open("feedback", "format", MARKDOWN).text("text", c.feedback()).close();
            x.close();
        }
    }

    private static void writeOrdering(Question q, ScoringPolicy scoring, XmlOut x) {
        x.text("layouttype", "VERTICAL");
        x.text("selecttype", "ALL");
        x.text("selectcount", String.valueOf(q.choices().size()));
        x.text("gradingtype", scoring.partialCredit() ? "ABSOLUTE_POSITION" : "ALL_OR_NOTHING");
        x.text("showgrading", "SHOW");
        x.text("numberingstyle", "none");
        combinedFeedback(q, x);
        // The right order is the order of the answers; the fraction numbers them as the plugin does.
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            answer(x, String.valueOf(i + 1), c.text(), c.feedback());
        }
    }

    private static void answer(XmlOut x, String fraction, String text, String feedback) {
        x.open("answer", "fraction", fraction, "format", MARKDOWN);
        x.text("text", text);
        x.open("feedback", "format", MARKDOWN).text("text", feedback).close();
        x.close();
    }

    /** Moodle's combined feedback: Sourced's response feedback (true-false has none in Moodle: metadata carries it). */
    private static void combinedFeedback(Question q, XmlOut x) {
        ResponseFeedback f = q.responseFeedback();
        x.open("correctfeedback", "format", MARKDOWN).text("text", nz(f.correct())).close();
        x.open("partiallycorrectfeedback", "format", MARKDOWN).text("text", nz(f.partial())).close();
        x.open("incorrectfeedback", "format", MARKDOWN).text("text", nz(f.incorrect())).close();
    }

    private static void hints(Question q, XmlOut x) {
        for (String hint : q.responseFeedback().hints()) {
            x.open("hint", "format", MARKDOWN).text("text", hint).close();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package org.sourced.packs.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.ResponseFeedback;

/**
 * Writes a QTI 3.0 content package: {@code imsmanifest.xml}, one {@code items/<id>.xml} per question and an
 * {@code assessment.xml} test with a section per objective. Response processing uses the standard
 * templates. The Sourced metadata goes in each item resource's LOM, in an element of Sourced's own
 * namespace that LOM's extension point allows, next to standard LOM keywords and difficulty.
 */
final class QtiExporter implements QuestionExporter {

    static final String QTI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String LOM = "http://ltsc.ieee.org/xsd/LOM";
    static final String SOURCED = "urn:x-sourced:exchange:1";
    static final String SOURCED_CATALOG = "sourced";
    static final String EXPLANATION = "explanation";
    private static final String QTI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
    private static final String CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
    private static final String LOM_XSD = "https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd";
    private static final String TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/";
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final String[] DIFFICULTY = {"easy", "medium", "difficult"};

    private record Item(Question question, String identifier, String path) {
    }

    @Override
    public Exported write(PackContent pack) {
        Set<String> identifiers = new HashSet<>();
        Set<String> paths = new HashSet<>();
        List<Item> items = new ArrayList<>();
        for (Question original : pack.questions()) {
            Question q = EvidenceExport.forExport(original, pack.manifest());
            String identifier = unique(ncname(q.id()), identifiers);
            String path = unique("items/" + q.id().replaceAll("[^A-Za-z0-9._-]", "_"), paths) + ".xml";
            items.add(new Item(q, identifier, path));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest(pack, items));
        files.put("assessment.xml", test(pack, items));
        for (Item item : items) {
            files.put(item.path(), item(pack, item));
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (Question q : pack.questions()) {
            if (!q.responseFeedback().hints().isEmpty()) {
                problems.add(new ImportProblem(0, q.id() + ": QTI has no hints; they travel in Sourced's metadata in the "
                        + "manifest, which a QTI player does not show"));
            }
        }
        return new Exported(SafeZip.write(files), problems);
    }

    private static byte[] item(PackContent pack, Item item) {
        Question q = item.question();
        XmlOut x = new XmlOut();
        x.open("qti-assessment-item", "xmlns", QTI, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", QTI + " " + QTI_XSD, "identifier", item.identifier(), "title", title(q),
                "adaptive", "false", "time-dependent", "false", "xml:lang", pack.manifest().language());
        Set<String> choiceIds = new HashSet<>();
        List<String> identifiers = new ArrayList<>();
        for (Choice c : q.choices()) {
            identifiers.add(unique(ncname(c.id()), choiceIds));
        }
        boolean multiple = q.type().manyAnswers();
        boolean partialCredit = multiple && pack.manifest().scoring().partialCredit();
        String cardinality = q.type() == QuestionType.ORDERING ? "ordered" : multiple ? "multiple" : "single";
        x.open("qti-response-declaration", "identifier", "RESPONSE", "cardinality", cardinality, "base-type", "identifier");
        x.open("qti-correct-response");
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).correct()) {
                x.text("qti-value", identifiers.get(i));
            }
        }
        x.close();
        if (partialCredit) {
            // Sourced's partial credit: +1/k per right pick, -1/k per wrong one, between 0 and 1.
            long right = q.choices().stream().filter(Choice::correct).count();
            String share = BigDecimal.ONE.divide(BigDecimal.valueOf(right), 6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            x.open("qti-mapping", "lower-bound", "0", "upper-bound", "1", "default-value", "0");
            for (int i = 0; i < q.choices().size(); i++) {
                x.empty("qti-map-entry", "map-key", identifiers.get(i), "mapped-value",
                        (q.choices().get(i).correct() ? "" : "-") + share);
            }
            x.close();
        }
        x.close();
        x.open("qti-outcome-declaration", "identifier", "SCORE", "cardinality", "single", "base-type", "float");
        x.open("qti-default-value").text("qti-value", "0").close();
        x.close();
        x.empty("qti-outcome-declaration", "identifier", "FEEDBACK", "cardinality", "multiple", "base-type", "identifier");
        x.open("qti-item-body");
        paragraphs(x, q.stem());
        if (EvidenceExport.quotesClaim(q)) {
            x.open("blockquote");
            paragraphs(x, q.claim());
            x.close();
        }
        if (q.type() == QuestionType.ORDERING) {
            x.open("qti-order-interaction", "response-identifier", "RESPONSE", "shuffle", "true");
        } else {
            boolean fixedOrder = q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.CLAIM_CHECK;
            x.open("qti-choice-interaction", "response-identifier", "RESPONSE", "shuffle", String.valueOf(!fixedOrder),
                    "max-choices", multiple ? "0" : "1");
        }
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            String id = identifiers.get(i);
            x.inline("qti-simple-choice", "identifier", id).lines(c.text());
            if (c.feedback() != null && !c.feedback().isBlank()) {
                x.inline("qti-feedback-inline", "outcome-identifier", "FEEDBACK", "identifier", id, "show-hide", "show")
                        .lines(c.feedback()).end();
            }
            x.end();
        }
        x.close();
        x.close();
        ResponseFeedback response = q.responseFeedback();
        boolean onResponse = response.correct() != null || response.partial() != null || response.incorrect() != null;
        String[] values = onResponse
                ? new String[] {unique("response-correct", choiceIds), unique("response-partial", choiceIds), unique("response-incorrect", choiceIds)}
                : null;
        if (onResponse) {
            responseProcessing(x, partialCredit, values);
        } else {
            String template = partialCredit ? "map_response.xml" : "match_correct.xml";
            x.empty("qti-response-processing", "template", TEMPLATES + template);
        }
        if (q.explanation() != null && !q.explanation().isBlank()) {
            // show-hide "hide" with an identifier FEEDBACK never holds: shown once the item is answered.
            x.open("qti-modal-feedback", "outcome-identifier", "FEEDBACK", "identifier", unique(EXPLANATION, choiceIds),
                    "show-hide", "hide", "title", "Explanation");
            x.open("qti-content-body");
            paragraphs(x, q.explanation());
            x.close();
            x.close();
        }
        if (onResponse) {
            String[] texts = {response.correct(), response.partial(), response.incorrect()};
            for (int i = 0; i < 3; i++) {
                if (texts[i] != null) {
                    x.open("qti-modal-feedback", "outcome-identifier", "FEEDBACK", "identifier", values[i], "show-hide", "show");
                    x.open("qti-content-body");
                    paragraphs(x, texts[i]);
                    x.close();
                    x.close();
                }
            }
        }
        x.close();
        return x.bytes();
    }

    private static byte[] test(PackContent pack, List<Item> items) {
        XmlOut x = new XmlOut();
        x.open("qti-assessment-test", "xmlns", QTI, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", QTI + " " + QTI_XSD, "identifier", ncname("test-" + pack.id()),
                "title", oneLine(pack.manifest().title()), "tool-name", "Sourced");
        x.open("qti-test-part", "identifier", "part-1", "navigation-mode", "nonlinear", "submission-mode", "individual");
        Map<String, List<Item>> byObjective = new LinkedHashMap<>();
        for (Item item : items) {
            byObjective.computeIfAbsent(item.question().objective(), k -> new ArrayList<>()).add(item);
        }
        Set<String> sections = new HashSet<>();
        for (Map.Entry<String, List<Item>> section : byObjective.entrySet()) {
            String title = pack.manifest().objective(section.getKey()).map(Objective::title).orElse(section.getKey());
            x.open("qti-assessment-section", "identifier", unique(ncname("section-" + section.getKey()), sections),
                    "title", oneLine(title), "visible", "true");
            for (Item item : section.getValue()) {
                x.empty("qti-assessment-item-ref", "identifier", item.identifier(), "href", item.path());
            }
            x.close();
        }
        x.close();
        x.close();
        return x.bytes();
    }

    private static byte[] manifest(PackContent pack, List<Item> items) {
        XmlOut x = new XmlOut();
        x.open("manifest", "xmlns", CP, "xmlns:lom", LOM, "xmlns:sourced", SOURCED,
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", CP + " " + CP_XSD + " " + LOM + " " + LOM_XSD,
                "identifier", ncname("manifest-" + pack.id()));
        x.open("metadata");
        x.text("schema", "QTI Package");
        x.text("schemaversion", "3.0.0");
        x.open("lom:lom").open("lom:general");
        identifier(x, SOURCED_CATALOG, pack.id());
        x.open("lom:title").text("lom:string", oneLine(pack.manifest().title()), "language", pack.manifest().language()).close();
        x.close();
        SourcedMetadata.Entry packEntry = SourcedMetadata.describePack(pack.manifest());
        x.open("sourced:metadata").text("sourced:entry", packEntry.json(), "key", packEntry.key()).close();
        x.close();
        x.close();
        x.empty("organizations");
        x.open("resources");
        String testResource = "test-resource";
        x.open("resource", "identifier", testResource, "type", "imsqti_test_xmlv3p0", "href", "assessment.xml");
        x.empty("file", "href", "assessment.xml");
        for (Item item : items) {
            x.empty("dependency", "identifierref", "item-" + item.identifier());
        }
        x.close();
        for (Item item : items) {
            Question q = item.question();
            x.open("resource", "identifier", "item-" + item.identifier(), "type", "imsqti_item_xmlv3p0", "href", item.path());
            x.open("metadata").open("lom:lom");
            x.open("lom:general");
            identifier(x, SOURCED_CATALOG, q.id());
            x.open("lom:title").text("lom:string", title(q), "language", pack.manifest().language()).close();
            List<String> keywords = new ArrayList<>(q.tags());
            if (q.type() == QuestionType.CLAIM_CHECK) {
                keywords.add(SourcedMetadata.CLAIM_CHECK_TAG);
            }
            for (String keyword : keywords) {
                x.open("lom:keyword").text("lom:string", keyword).close();
            }
            x.close();
            x.open("lom:educational").open("lom:difficulty");
            x.text("lom:source", "LOMv1.0");
            x.text("lom:value", DIFFICULTY[Math.max(1, Math.min(3, q.difficulty())) - 1]);
            x.close().close();
            x.open("sourced:metadata");
            for (SourcedMetadata.Entry entry : SourcedMetadata.describe(q, pack.manifest())) {
                x.text("sourced:entry", entry.json(), "key", entry.key());
            }
            x.close();
            x.close().close();
            x.empty("file", "href", item.path());
            x.close();
        }
        x.close();
        x.close();
        return x.bytes();
    }

    /**
     * The standard template's scoring, written out so that it can also set {@code FEEDBACK} to the value of
     * the response feedback that fits: correct when the response matches, partly correct when a mapped score
     * is above 0, else incorrect.
     */
    private static void responseProcessing(XmlOut x, boolean partialCredit, String[] values) {
        x.open("qti-response-processing");
        if (partialCredit) {
            x.open("qti-response-condition").open("qti-response-if");
            x.open("qti-is-null").empty("qti-variable", "identifier", "RESPONSE").close();
            setScore(x, "0");
            x.close().open("qti-response-else");
            x.open("qti-set-outcome-value", "identifier", "SCORE").empty("qti-map-response", "identifier", "RESPONSE").close();
            x.close().close();
        }
        x.open("qti-response-condition");
        x.open("qti-response-if");
        x.open("qti-match").empty("qti-variable", "identifier", "RESPONSE").empty("qti-correct", "identifier", "RESPONSE").close();
        if (!partialCredit) {
            setScore(x, "1");
        }
        setFeedback(x, values[0]);
        x.close();
        if (partialCredit) {
            x.open("qti-response-else-if");
            x.open("qti-gt").empty("qti-variable", "identifier", "SCORE");
            x.text("qti-base-value", "0", "base-type", "float");
            x.close();
            setFeedback(x, values[1]);
            x.close();
        }
        x.open("qti-response-else");
        if (!partialCredit) {
            setScore(x, "0");
        }
        setFeedback(x, values[2]);
        x.close();
        x.close();
        x.close();
    }

    private static void setScore(XmlOut x, String value) {
        x.open("qti-set-outcome-value", "identifier", "SCORE").text("qti-base-value", value, "base-type", "float").close();
    }

    private static void setFeedback(XmlOut x, String value) {
        x.open("qti-set-outcome-value", "identifier", "FEEDBACK").open("qti-multiple")
                .text("qti-base-value", value, "base-type", "identifier").close().close();
    }

    private static void identifier(XmlOut x, String catalog, String entry) {
        x.open("lom:identifier").text("lom:catalog", catalog).text("lom:entry", entry).close();
    }

    /** Blank lines make paragraphs; single line breaks become {@code <br/>}. */
    private static void paragraphs(XmlOut x, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            x.inline("p").lines(paragraph).end();
        }
    }

    private static String title(Question q) {
        String text = oneLine(q.stem() != null ? q.stem() : q.claim());
        return text.length() <= 100 ? text : text.substring(0, 99) + "\u2026";
    }

    /** QTI identifiers are XML NCNames: Sourced ids that are not (say "1992-vote") get a leading "_". */
    static String ncname(String id) {
        if (NCNAME.matcher(id).matches()) {
            return id;
        }
        String cleaned = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return NCNAME.matcher(cleaned).matches() ? cleaned : "_" + cleaned;
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}

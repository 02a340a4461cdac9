package org.sourced.packs.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sourced.packs.format.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a QTI 3.0 content package (a zip with {@code imsmanifest.xml}) or a single item file. Choice items
 * become single or multiple by their response cardinality, order items become ordering; text entry and
 * every other interaction are reported. Sourced metadata comes back from the manifest's LOM.
 */
final class QtiImporter implements QuestionImporter {

    private static final String MANIFEST = "imsmanifest.xml";
    private static final Set<String> NOT_STEM = Set.of("qti-feedback-block", "qti-feedback-inline", "qti-modal-feedback",
            "qti-rubric-block", "qti-template-block", "qti-template-inline", "qti-companion-materials-info");

    private final ImportLimits limits;

    QtiImporter(ImportLimits limits) {
        this.limits = limits;
    }

    /** What the manifest says about an item: its LOM and the test section it sits in. */
    private record ItemContext(Element lom, String section) {
    }

    @Override
    public ImportResult read(byte[] file) {
        limits.checkSize(file);
        ImportCollector collector = new ImportCollector();
        if (SafeZip.looksLikeZip(file)) {
            return readPackage(SafeZip.read(file, limits), collector);
        }
        Document document = SafeXml.parse(file, null);
        Element root = document.getDocumentElement();
        switch (Dom.name(root)) {
            case "qti-assessment-item" -> readItem(root, null, new ItemContext(null, null), 1, collector);
            case "assessmentItem" -> throw new ImportFailure(SafeXml.line(root), "a QTI 2.x item; Sourced reads QTI 3.0");
            case "manifest", "qti-assessment-test" -> throw new ImportFailure(SafeXml.line(root),
                    "<" + Dom.name(root) + "> refers to other files: upload the whole package as a zip");
            default -> throw new ImportFailure(SafeXml.line(root), "not a QTI 3.0 item: the root element is <"
                    + Dom.name(root) + ">");
        }
        return collector.result(null);
    }

    private ImportResult readPackage(Map<String, byte[]> files, ImportCollector collector) {
        String manifestPath = files.containsKey(MANIFEST) ? MANIFEST
                : files.keySet().stream().filter(p -> p.endsWith("/" + MANIFEST))
                        .min((a, b) -> Integer.compare(a.length(), b.length()))
                        .orElseThrow(() -> new ImportFailure(0, "no " + MANIFEST + " in the zip: a QTI package has one at its root"));
        String base = manifestPath.substring(0, manifestPath.length() - MANIFEST.length());
        Element manifest = SafeXml.parse(files.get(manifestPath), manifestPath).getDocumentElement();
        if (!Dom.name(manifest).equals("manifest")) {
            throw new ImportFailure(SafeXml.line(manifest), manifestPath + ": the root element is <" + Dom.name(manifest)
                    + ">, not <manifest>");
        }
        String title = null;
        Map<String, String> sections = new HashMap<>();
        List<Element> itemResources = new ArrayList<>();
        for (Element resource : Dom.descendants(manifest, "resource")) {
            String type = resource.getAttribute("type");
            String href = href(resource);
            if (type.equals("imsqti_test_xmlv3p0") && href != null && title == null) {
                title = readTest(files, resolve(base, href), sections, collector, resource, manifestPath);
            } else if (type.equals("imsqti_item_xmlv3p0")) {
                itemResources.add(resource);
            } else if (type.startsWith("imsqti_item_xmlv2")) {
                collector.problem(SafeXml.line(resource), manifestPath, "resource \"" + resource.getAttribute("identifier")
                        + "\" is a QTI 2.x item; Sourced reads QTI 3.0; skipped");
            }
        }
        if (title == null) {
            title = Dom.child(manifest, "metadata").flatMap(m -> Dom.child(m, "lom")).flatMap(l -> Dom.child(l, "general"))
                    .flatMap(g -> Dom.child(g, "title")).flatMap(t -> Dom.child(t, "string")).map(Element::getTextContent)
                    .orElse(null);
        }
        Dom.child(manifest, "metadata").flatMap(m -> Dom.child(m, "lom")).ifPresent(lom -> {
            for (Element metadata : Dom.children(lom, "metadata")) {
                if (QtiExporter.SOURCED.equals(metadata.getNamespaceURI())) {
                    for (Element entry : Dom.children(metadata, "entry")) {
                        if (SourcedMetadata.PACK.equals(entry.getAttribute("key"))) {
                            SourcedMetadata.applyPack(new SourcedMetadata.Entry(SourcedMetadata.PACK, entry.getTextContent().strip()),
                                    collector, SafeXml.line(entry), manifestPath);
                        }
                    }
                }
            }
        });
        int ordinal = 0;
        for (Element resource : itemResources) {
            ordinal++;
            String href = href(resource);
            String path = href == null ? null : resolve(base, href);
            if (path == null || !files.containsKey(path)) {
                collector.problem(SafeXml.line(resource), manifestPath, "resource \"" + resource.getAttribute("identifier")
                        + "\": file " + (href == null ? "(none named)" : "\"" + href + "\"") + " is not in the package; skipped");
                continue;
            }
            Element lom = Dom.child(resource, "metadata").flatMap(m -> Dom.child(m, "lom")).orElse(null);
            Element item = SafeXml.parse(files.get(path), path).getDocumentElement();
            if (!Dom.name(item).equals("qti-assessment-item")) {
                collector.problem(SafeXml.line(item), path, "not a QTI 3.0 item (root <" + Dom.name(item) + ">); skipped");
                continue;
            }
            readItem(item, path, new ItemContext(lom, sections.get(path)), ordinal, collector);
        }
        return collector.result(title);
    }

    /** @return the test's title; fills {@code sections} with item path to section title */
    private static String readTest(Map<String, byte[]> files, String path, Map<String, String> sections,
                                   ImportCollector collector, Element resource, String manifestPath) {
        if (path == null || !files.containsKey(path)) {
            collector.problem(SafeXml.line(resource), manifestPath, "the test file is not in the package");
            return null;
        }
        Element test = SafeXml.parse(files.get(path), path).getDocumentElement();
        String testBase = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        for (Element section : Dom.descendants(test, "qti-assessment-section")) {
            for (Element ref : Dom.children(section, "qti-assessment-item-ref")) {
                String itemPath = resolve(testBase, ref.getAttribute("href"));
                if (itemPath != null) {
                    sections.putIfAbsent(itemPath, section.getAttribute("title"));
                }
            }
        }
        return Dom.attr(test, "title");
    }

    private static void readItem(Element item, String where, ItemContext context, int ordinal, ImportCollector collector) {
        Draft draft = new Draft(SafeXml.line(item), where, ordinal);
        draft.id = Dom.attr(item, "identifier");
        draft.title = Dom.attr(item, "title");
        draft.category = context.section();
        if (context.section() != null && !Slugs.slug(context.section()).isEmpty()) {
            collector.objectiveTitle(Slugs.slug(context.section()), context.section().strip());
        }
        if (context.lom() != null) {
            readLom(context.lom(), draft, collector);
        }
        Element body = Dom.child(item, "qti-item-body").orElse(null);
        if (body == null) {
            collector.problem(draft, "an item without a qti-item-body; skipped");
            return;
        }
        List<Element> interactions = interactions(body);
        if (interactions.size() != 1) {
            collector.problem(draft, interactions.isEmpty()
                    ? "an item without an interaction; skipped"
                    : "an item with " + interactions.size() + " interactions; Sourced reads items with one; skipped");
            return;
        }
        Element interaction = interactions.get(0);
        String kind = Dom.name(interaction);
        if (kind.equals("qti-text-entry-interaction")) {
            collector.problem(draft, "a text-entry item: not supported by Sourced; skipped");
            return;
        }
        if (!kind.equals("qti-choice-interaction") && !kind.equals("qti-order-interaction")) {
            collector.problem(draft, "a " + kind.replaceFirst("^qti-", "").replace("-interaction", "")
                    + " interaction: not supported by Sourced; skipped");
            return;
        }
        Set<String> notes = new LinkedHashSet<>();
        HtmlText.Converted bodyText = HtmlText.fromElement(body, e -> Dom.name(e).endsWith("-interaction") || NOT_STEM.contains(Dom.name(e)));
        notes.addAll(bodyText.notes());
        String prompt = Dom.child(interaction, "qti-prompt").map(p -> {
            HtmlText.Converted c = HtmlText.fromElement(p, e -> false);
            notes.addAll(c.notes());
            return c.text();
        }).orElse("");
        draft.text = String.join("\n\n", List.of(bodyText.text(), prompt).stream().filter(s -> !s.isBlank()).toList());

        Element declaration = responseDeclaration(item, interaction.getAttribute("response-identifier")).orElse(null);
        if (declaration == null) {
            collector.problem(draft, "no qti-response-declaration for \"" + interaction.getAttribute("response-identifier")
                    + "\"; skipped");
            return;
        }
        List<String> correct = correctValues(declaration);
        if (correct.isEmpty()) {
            collector.problem(draft, "no correct response; skipped");
            return;
        }
        List<Element> choices = Dom.children(interaction, "qti-simple-choice");
        Set<String> choiceIds = new LinkedHashSet<>();
        choices.forEach(c -> choiceIds.add(c.getAttribute("identifier")));
        for (String value : correct) {
            if (!choiceIds.contains(value)) {
                collector.problem(draft, "the correct response names \"" + value + "\", which is not a choice; skipped");
                return;
            }
        }
        if (kind.equals("qti-order-interaction")) {
            if (correct.size() != choices.size() || new LinkedHashSet<>(correct).size() != correct.size()) {
                collector.problem(draft, "the correct order must list every item once; skipped");
                return;
            }
            draft.type = QuestionType.ORDERING;
            choices.sort((a, b) -> Integer.compare(correct.indexOf(a.getAttribute("identifier")),
                    correct.indexOf(b.getAttribute("identifier"))));
        } else {
            String cardinality = declaration.getAttribute("cardinality");
            draft.type = cardinality.equals("multiple") ? QuestionType.MULTIPLE : QuestionType.SINGLE;
        }
        for (Element choice : choices) {
            HtmlText.Converted text = HtmlText.fromElement(choice, e -> NOT_STEM.contains(Dom.name(e)));
            notes.addAll(text.notes());
            List<String> feedback = Dom.children(choice, "qti-feedback-inline").stream()
                    .map(f -> convert(f, notes)).filter(s -> !s.isBlank()).toList();
            String id = choice.getAttribute("identifier");
            draft.choice(id, text.text(), correct.contains(id), feedback.isEmpty() ? null : String.join("\n", feedback));
        }
        // feedback the item itself holds wins over the copy in Sourced metadata (read with the LOM above)
        String[] fromMetadata = {draft.onCorrect, draft.onPartial, draft.onIncorrect};
        draft.onCorrect = null;
        draft.onPartial = null;
        draft.onIncorrect = null;
        readFeedback(item, body, draft, notes);
        if (draft.onCorrect == null && draft.onPartial == null && draft.onIncorrect == null) {
            draft.onCorrect = fromMetadata[0];
            draft.onPartial = fromMetadata[1];
            draft.onIncorrect = fromMetadata[2];
        }
        notes.forEach(n -> collector.problem(draft, n));
        collector.add(draft);
    }

    private static String convert(Element e, Set<String> notes) {
        HtmlText.Converted c = HtmlText.fromElement(e, x -> false);
        notes.addAll(c.notes());
        return c.text();
    }

    /**
     * Modal feedback and feedback blocks: per choice when their identifier is a choice's; feedback on the
     * response when it shows on an outcome value that response processing (or the value's name) ties to a
     * correct, partly correct or incorrect response; else the explanation (Sourced's own export puts the
     * explanation in feedback that hides on a value never set, so it always shows).
     */
    private static void readFeedback(Element item, Element body, Draft draft, Set<String> notes) {
        List<Element> feedback = new ArrayList<>(Dom.children(item, "qti-modal-feedback"));
        feedback.addAll(Dom.descendants(body, "qti-feedback-block"));
        // inline feedback outside a choice (in the stem's text) is read like a block; inside a choice it is the choice's
        Dom.descendants(body, "qti-feedback-inline").stream()
                .filter(f -> !(f.getParentNode() instanceof Element parent && Dom.name(parent).equals("qti-simple-choice")))
                .forEach(feedback::add);
        for (String left : List.of("qti-rubric-block", "qti-template-block", "qti-template-inline", "qti-companion-materials-info")) {
            for (Element e : Dom.descendants(body, left)) {
                if (!HtmlText.fromElement(e, x -> false).text().isBlank()) {
                    notes.add("<" + left + "> (line " + SafeXml.line(e) + ") left out: Sourced shows only the stem, the choices and feedback");
                }
            }
        }
        QtiOutcomes outcomes = QtiOutcomes.of(item);
        List<String> explanation = new ArrayList<>();
        for (Element f : feedback) {
            String text = convert(f, notes);
            if (text.isBlank()) {
                continue;
            }
            boolean shows = !"hide".equals(f.getAttribute("show-hide"));
            QtiOutcomes.Kind kind = shows ? outcomes.kind(f.getAttribute("outcome-identifier"), f.getAttribute("identifier")).orElse(null)
                    : null;
            boolean isChoice = draft.choices.stream().anyMatch(c -> c.id() != null && c.id().equals(f.getAttribute("identifier")));
            if (kind != null && !isChoice) {
                String element = Dom.name(f) + " \"" + f.getAttribute("identifier") + "\" (line " + SafeXml.line(f) + ")";
                switch (kind) {
                    case CORRECT -> draft.onCorrect = join(draft.onCorrect, text, element, "correct", notes);
                    case PARTIAL -> draft.onPartial = join(draft.onPartial, text, element, "partly correct", notes);
                    case INCORRECT -> draft.onIncorrect = join(draft.onIncorrect, text, element, "incorrect", notes);
                }
                continue;
            }
            String identifier = f.getAttribute("identifier");
            int index = -1;
            for (int i = 0; i < draft.choices.size(); i++) {
                if (identifier.equals(draft.choices.get(i).id()) && draft.choices.get(i).feedback() == null
                        && "show".equals(f.getAttribute("show-hide"))) {
                    index = i;
                }
            }
            if (index >= 0) {
                Draft.DraftChoice c = draft.choices.get(index);
                draft.choices.set(index, new Draft.DraftChoice(c.id(), c.text(), c.correct(), text));
            } else {
                if (shows && !isChoice && !explanation.contains(text) && !QtiOutcomes.isExplanationName(f.getAttribute("identifier"))) {
                    notes.add(Dom.name(f) + " \"" + f.getAttribute("identifier") + "\" (line " + SafeXml.line(f)
                            + ") shows on an outcome Sourced cannot tie to a right or wrong answer; it is kept in the explanation");
                }
                if (!explanation.contains(text)) {
                    explanation.add(text);
                }
            }
        }
        draft.explanation = explanation.isEmpty() ? null : String.join("\n\n", explanation);
    }

    private static String join(String known, String text, String element, String what, Set<String> notes) {
        if (known == null) {
            return text;
        }
        notes.add(element + " is a second feedback for a " + what + " response; the two are kept one after the other");
        return known + "\n\n" + text;
    }

    private static void readLom(Element lom, Draft draft, ImportCollector collector) {
        Dom.child(lom, "general").ifPresent(general -> {
            for (Element identifier : Dom.children(general, "identifier")) {
                if (QtiExporter.SOURCED_CATALOG.equals(trimmed(Dom.childText(identifier, "catalog")))) {
                    draft.id = trimmed(Dom.childText(identifier, "entry"));
                }
            }
            for (Element keyword : Dom.children(general, "keyword")) {
                Dom.children(keyword, "string").forEach(s -> draft.tag(s.getTextContent()));
            }
        });
        for (Element educational : Dom.children(lom, "educational")) {
            String value = Dom.child(educational, "difficulty").map(d -> Dom.childText(d, "value")).orElse(null);
            if (value != null) {
                draft.difficulty = switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "very easy", "easy" -> 1;
                    case "difficult", "very difficult" -> 3;
                    default -> 2;
                };
            }
        }
        for (Element metadata : Dom.children(lom, "metadata")) {
            if (!QtiExporter.SOURCED.equals(metadata.getNamespaceURI())) {
                continue;
            }
            for (Element entry : Dom.children(metadata, "entry")) {
                SourcedMetadata.apply(new SourcedMetadata.Entry(entry.getAttribute("key"), entry.getTextContent().strip()),
                        draft, collector, SafeXml.line(entry));
            }
        }
    }

    private static List<Element> interactions(Element body) {
        List<Element> found = new ArrayList<>();
        Deque<Element> todo = new ArrayDeque<>(Dom.children(body, null));
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (Dom.name(e).endsWith("-interaction")) {
                found.add(e);
            } else {
                todo.addAll(Dom.children(e, null));
            }
        }
        return found;
    }

    private static Optional<Element> responseDeclaration(Element item, String identifier) {
        return Dom.children(item, "qti-response-declaration").stream()
                .filter(d -> d.getAttribute("identifier").equals(identifier)).findFirst();
    }

    /** The correct response, or the positively mapped keys when there is only a mapping. */
    private static List<String> correctValues(Element declaration) {
        List<String> values = Dom.child(declaration, "qti-correct-response")
                .map(c -> Dom.children(c, "qti-value").stream().map(v -> v.getTextContent().strip()).toList())
                .orElse(List.of());
        if (!values.isEmpty()) {
            return values;
        }
        return Dom.child(declaration, "qti-mapping").map(m -> Dom.children(m, "qti-map-entry").stream()
                .filter(e -> positive(e.getAttribute("mapped-value"))).map(e -> e.getAttribute("map-key")).toList())
                .orElse(List.of());
    }

    private static boolean positive(String number) {
        try {
            return Double.parseDouble(number) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String href(Element resource) {
        String href = Dom.attr(resource, "href");
        if (href == null) {
            href = Dom.child(resource, "file").map(f -> f.getAttribute("href")).orElse(null);
        }
        return href == null || href.isBlank() ? null : href;
    }

    /** A package-relative path for an href, or null when it leaves the package. */
    static String resolve(String baseDirectory, String href) {
        String path = href;
        try {
            URI uri = new URI(href);
            if (uri.isAbsolute() || uri.getPath() == null) {
                return null;
            }
            path = uri.getPath();
        } catch (URISyntaxException notEncoded) {
            // Hrefs with raw spaces are common; take them as they are.
        }
        if (path == null || path.startsWith("/") || path.contains("\\")) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String s : (baseDirectory + path).split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(s);
            }
        }
        return String.join("/", segments);
    }

    private static String trimmed(String s) {
        return s == null ? null : s.strip();
    }
}

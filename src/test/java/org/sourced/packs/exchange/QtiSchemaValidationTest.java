package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.packs.format.ScoringPolicy;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The QTI export validates against the 1EdTech QTI 3.0 schemas in ../shared/qti-xsd. */
class QtiSchemaValidationTest {

    private static final Path XSD_DIR = Path.of(System.getProperty("qti.xsd.dir", "../shared/qti-xsd"));

    private static Schema items;
    private static Schema manifest;

    @BeforeAll
    static void compileSchemas() throws Exception {
        if (!Files.isRegularFile(XSD_DIR.resolve("imsqti_asiv3p0_v1p0.xsd"))) {
            return;
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // The schema set resolves offline: local files only, nothing fetched.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        items = factory.newSchema(XSD_DIR.resolve("imsqti_asiv3p0_v1p0.xsd").toFile());
        manifest = factory.newSchema(XSD_DIR.resolve("imsqtiv3p0_imscpv1p2_v1p0.xsd").toFile());
    }

    /** Checked per test, so that each one shows as skipped with the reason rather than vanishing. */
    @BeforeEach
    void requireSchemas() {
        Assumptions.assumeTrue(items != null, "QTI schemas not found at ../shared/qti-xsd: skipping XSD validation");
    }

    private static List<String> errors(Schema schema, byte[] xml) throws Exception {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return errors;
    }

    private static void assertValid(Map<String, byte[]> files) throws Exception {
        assertThat(files).containsKeys("imsmanifest.xml", "assessment.xml");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Schema schema = file.getKey().equals("imsmanifest.xml") ? manifest : items;
            assertThat(errors(schema, file.getValue())).as(file.getKey()).isEmpty();
        }
    }

    @Test
    void everyFileOfTheExportValidates() throws Exception {
        Exported exported = Exchange.exporter(ExchangeFormat.QTI).write(SamplePack.pack());
        Map<String, byte[]> files = SafeZip.read(exported.bytes(), ImportLimits.DEFAULTS);
        assertThat(files).hasSize(2 + SamplePack.questions().size());
        assertValid(files);
    }

    /** Issue 16 item 5: an evidence-choice item, a choice interaction with a quoted claim and partial credit. */
    @Test
    void anEvidenceChoiceItemValidates() throws Exception {
        Exported exported = Exchange.exporter(ExchangeFormat.QTI).write(EvidenceChoiceExchangeTest.pack());
        Map<String, byte[]> files = SafeZip.read(exported.bytes(), ImportLimits.DEFAULTS);
        assertThat(files).containsKey("items/which-passages.xml");
        assertValid(files);
    }

    @Test
    void responseFeedbackWithItsOwnResponseProcessingValidates() throws Exception {
        for (boolean partial : new boolean[] {false, true}) {
            java.util.List<org.sourced.packs.format.Question> questions = SamplePack.questions().stream()
                    .map(q -> q.withResponseFeedback(new org.sourced.packs.format.ResponseFeedback("Right.", "Partly.", "Wrong.",
                            java.util.List.of("A hint."))))
                    .toList();
            org.sourced.packs.format.PackContent pack = SamplePack.pack(questions);
            org.sourced.packs.format.Manifest m = pack.manifest();
            pack = new org.sourced.packs.format.PackContent(new org.sourced.packs.format.Manifest(m.id(), m.title(), m.summary(),
                    m.language(), m.version(), m.licence(), m.authors(), m.objectives(), m.sources(), m.sets(),
                    new org.sourced.packs.format.ScoringPolicy(partial, false, false)), pack.lessons(), pack.questions(), Map.of(), "hash");
            Exported exported = Exchange.exporter(ExchangeFormat.QTI).write(pack);
            Map<String, byte[]> files = SafeZip.read(exported.bytes(), ImportLimits.DEFAULTS);
            assertValid(files);
            assertThat(new String(files.values().stream().filter(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)
                    .contains("response-incorrect")).findFirst().orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("qti-modal-feedback").contains("qti-correct");
        }
    }

    @Test
    void partialCreditMappingAndAwkwardIdsValidate() throws Exception {
        var base = SamplePack.pack();
        var manifestWithPartialCredit = new org.sourced.packs.format.Manifest(base.manifest().id(), base.manifest().title(),
                base.manifest().summary(), base.manifest().language(), base.manifest().version(), base.manifest().licence(),
                base.manifest().authors(), base.manifest().objectives(), base.manifest().sources(), base.manifest().sets(),
                new ScoringPolicy(true, false, false));
        var questions = SamplePack.questions().stream()
                .map(q -> new org.sourced.packs.format.Question("1992-" + q.id(), q.type(), q.stem(), q.claim(), q.verdict(),
                        q.choices().stream().map(c -> new org.sourced.packs.format.Choice("1" + c.id(), c.text(), c.correct(), c.feedback())).toList(),
                        q.explanation(), q.evidence(), q.objective(), q.difficulty(), q.points(), q.tags()))
                .toList();
        var pack = new org.sourced.packs.format.PackContent(manifestWithPartialCredit, List.of(), questions, Map.of(), "h");
        Map<String, byte[]> files = SafeZip.read(Exchange.exporter(ExchangeFormat.QTI).write(pack).bytes(), ImportLimits.DEFAULTS);
        assertThat(new String(files.get("items/1992-first-members.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("map_response.xml", "<qti-map-entry map-key=\"_1georgia\" mapped-value=\"-0.5\"/>");
        assertValid(files);
    }

    @Test
    void theValidatorDoesRejectABrokenItemAndManifest() throws Exception {
        Map<String, byte[]> files = SafeZip.read(Exchange.exporter(ExchangeFormat.QTI).write(SamplePack.pack()).bytes(),
                ImportLimits.DEFAULTS);
        String item = new String(files.get("items/signed-where.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(errors(items, item.replace("max-choices=\"1\"", "max-choices=\"one\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
        String manifestXml = new String(files.get("imsmanifest.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(errors(manifest, manifestXml.replace("<schemaversion>3.0.0</schemaversion>", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
    }
}

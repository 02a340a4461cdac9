package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLInputFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** Uploads built to hurt: each one is refused with a message that says why. */
class HostileInputTest {

    private static final String PASSWD_XXE = "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<quiz><question type=\"multichoice\"><name><text>&xxe;</text></name></question></quiz>\n";

    private static ImportResult importQti(byte[] file) {
        return Exchange.importer(ExchangeFormat.QTI, ImportLimits.DEFAULTS).read(file);
    }

    private static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip whose one entry inflates to {@code size} zero bytes; deflate shrinks that about a thousandfold. */
    private static byte[] zeros(String name, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] chunk = new byte[1 << 20];
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static int le32(byte[] b, int pos) {
        return (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8 | (b[pos + 2] & 0xFF) << 16 | (b[pos + 3] & 0xFF) << 24;
    }

    private static void put32(byte[] b, int pos, long value) {
        for (int i = 0; i < 4; i++) {
            b[pos + i] = (byte) (value >>> (8 * i));
        }
    }

    /** Offsets of every central directory record. */
    private static java.util.List<Integer> centralRecords(byte[] zip) {
        java.util.List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (le32(zip, i) == 0x02014b50) {
                found.add(i);
            }
        }
        return found;
    }

    @Test
    void zipBombStopsAtTheCapWhileInflating() throws IOException {
        byte[] bomb = zeros("items/bomb.xml", 60_000_000L);
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> importQti(bomb))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("the zip inflates to more than 50000000 bytes (at entry \"items/bomb.xml\"); refused as a possible zip bomb");
    }

    @Test
    void zipBombThatLiesAboutItsSizeIsCaughtWhileInflating() throws IOException {
        byte[] bomb = zeros("imsmanifest.xml", 3_000_000L);
        int central = centralRecords(bomb).get(0);
        put32(bomb, central + 24, 100);     // declared uncompressed size in the central directory
        assertThatThrownBy(() -> importQti(bomb))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("entry \"imsmanifest.xml\" inflates beyond its declared size; refused as a possible zip bomb");
    }

    @Test
    void totalUncompressedSizeIsCappedAcrossEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.xml", new byte[600]);
        entries.put("b.xml", new byte[600]);
        ImportLimits limits = new ImportLimits(100_000, 10, 1_000);
        assertThatThrownBy(() -> SafeZip.read(zipOf(entries), limits))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("the zip inflates to more than 1000 bytes (at entry \"b.xml\"); refused as a possible zip bomb");
    }

    @Test
    void zipSlipAbsolutePathsAndBackslashesAreRefused() throws IOException {
        assertThatThrownBy(() -> importQti(zipOf(Map.of("../evil.xml", new byte[1]))))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("entry \"../evil.xml\" points outside the zip (\"..\"); refused");
        assertThatThrownBy(() -> importQti(zipOf(Map.of("items/../../evil.xml", new byte[1]))))
                .isInstanceOf(ImportFailure.class).hasMessageContaining("points outside the zip");
        assertThatThrownBy(() -> importQti(zipOf(Map.of("/etc/cron.d/evil", new byte[1]))))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("entry \"/etc/cron.d/evil\" has an absolute path; refused");
        assertThatThrownBy(() -> importQti(zipOf(Map.of("C:/evil.xml", new byte[1]))))
                .isInstanceOf(ImportFailure.class).hasMessageContaining("has an absolute path");
        assertThatThrownBy(() -> importQti(zipOf(Map.of("..\\evil.xml", new byte[1]))))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("entry \"..\\evil.xml\" has a backslash in its name; refused (zip paths use /)");
    }

    @Test
    void symlinkEntriesAreRefused() throws IOException {
        byte[] zip = zipOf(Map.of("items/link.xml", "/etc/passwd".getBytes(StandardCharsets.UTF_8)));
        int central = centralRecords(zip).get(0);
        zip[central + 5] = 3;                            // made by: Unix
        put32(zip, central + 38, 0120777L << 16);        // external attributes: a symlink, rwxrwxrwx
        assertThatThrownBy(() -> importQti(zip))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("entry \"items/link.xml\" is a symbolic link; links are refused");
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsRead() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 2_000; i++) {
            entries.put("items/" + i + ".xml", new byte[0]);
        }
        assertThatThrownBy(() -> importQti(zipOf(entries)))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("the zip has 2001 entries; the limit is 2000");
    }

    @Test
    void duplicateNamesAreRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        entries.put("b.xml", "<b/>".getBytes(StandardCharsets.UTF_8));
        byte[] zip = zipOf(entries);
        // Rename b.xml to a.xml in both headers: java.util.zip would not write such a zip.
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace("b.xml", "a.xml");
        byte[] duplicated = text.getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SafeZip.read(duplicated, ImportLimits.DEFAULTS))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("entry \"a.xml\" appears twice; duplicate names are refused");
    }

    @Test
    void notAZipAndTruncatedZipsFailClearly() throws IOException {
        byte[] zip = zipOf(Map.of("imsmanifest.xml", new byte[1000]));
        byte[] cut = java.util.Arrays.copyOf(zip, zip.length / 2);
        assertThatThrownBy(() -> SafeZip.read(cut, ImportLimits.DEFAULTS))
                .isInstanceOf(ImportFailure.class).hasMessage("this is not a zip file (no central directory found)");
    }

    @Test
    void xxeInMoodleXmlIsRefusedBeforeAnyEntityIsRead() {
        assertThatThrownBy(() -> Exchange.importer(ExchangeFormat.MOODLE_XML, ImportLimits.DEFAULTS)
                .read(PASSWD_XXE.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("line 2: XML documents with a DOCTYPE are refused (line 2)")
                .hasMessageNotContaining("root:");
    }

    @Test
    void billionLaughsAndExternalDtdsAreRefused() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n<quiz>&c;</quiz>";
        assertThatThrownBy(() -> Exchange.importer(ExchangeFormat.MOODLE_XML, ImportLimits.DEFAULTS)
                .read(laughs.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class).hasMessage("line 2: XML documents with a DOCTYPE are refused (line 2)");
        String external = "<!DOCTYPE quiz SYSTEM \"http://127.0.0.1:9/evil.dtd\"><quiz/>";
        assertThatThrownBy(() -> Exchange.importer(ExchangeFormat.MOODLE_XML, ImportLimits.DEFAULTS)
                .read(external.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class).hasMessage("line 1: XML documents with a DOCTYPE are refused (line 1)");
    }

    @Test
    void xxeInAQtiItemAndInsideAQtiPackageIsRefused() throws IOException {
        String item = "<?xml version=\"1.0\"?>\n<!DOCTYPE qti-assessment-item SYSTEM \"file:///etc/passwd\">\n"
                + "<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\" identifier=\"x\"/>";
        assertThatThrownBy(() -> importQti(item.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class).hasMessage("line 2: XML documents with a DOCTYPE are refused (line 2)");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", GiftImporterTest.resource("qti/package/imsmanifest.xml"));
        files.put("assessment.xml", GiftImporterTest.resource("qti/package/assessment.xml"));
        files.put("items/multi.xml", item.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importQti(SafeZip.write(files)))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("line 2: items/multi.xml: XML documents with a DOCTYPE are refused (line 2)");
    }

    @Test
    void xincludeIsNotFollowed() {
        String xml = "<quiz xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/>\n</quiz>";
        ImportResult result = Exchange.importer(ExchangeFormat.MOODLE_XML, ImportLimits.DEFAULTS)
                .read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).containsExactly(new ImportProblem(2, "<include> is not a Moodle XML element; ignored"));
    }

    @Test
    void wrongEncodingInXmlIsReportedWithItsLine() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n<question type=\"category\"><category><text>Caf\u00e9</text></category></question>\n</quiz>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Exchange.importer(ExchangeFormat.MOODLE_XML, ImportLimits.DEFAULTS).read(latin1))
                .isInstanceOf(ImportFailure.class)
                .hasMessageStartingWith("line 3: not well-formed XML: ")
                .hasMessageEndingWith("(save the file as UTF-8, or declare its real encoding)");
    }

    @Test
    void wrongEncodingInAikenIsReportedWithItsLine() {
        byte[] latin1 = "Which city?\nA) Yerevan\nB) Caf\u00e9\nANSWER: A\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Exchange.importer(ExchangeFormat.AIKEN, ImportLimits.DEFAULTS).read(latin1))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("line 3: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void deeplyNestedXmlIsRefused() {
        String deep = "<quiz>" + "<a>".repeat(500) + "</a>".repeat(500) + "</quiz>";
        assertThatThrownBy(() -> Exchange.importer(ExchangeFormat.MOODLE_XML, ImportLimits.DEFAULTS)
                .read(deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class).hasMessage("line 1: XML nested more than 200 elements deep is refused");
    }

    @Test
    void theFactoriesForOtherCallersAreLockedDownToo() throws Exception {
        var builder = SafeXml.documentBuilderFactory().newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
        assertThatThrownBy(() -> builder.parse(new ByteArrayInputStream(PASSWD_XXE.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("DOCTYPE");
        XMLInputFactory stax = SafeXml.xmlInputFactory();
        assertThat(stax.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(stax.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
    }
}

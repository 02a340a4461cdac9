package org.sourced.packs.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/**
 * Uploads built to hurt: each is refused with a 4xx whose message names the problem, and the pack tables
 * hold exactly what they held before.
 */
@QuarkusTest
class HostileUploadTest {

    /** %test.sourced.upload.max-bytes */
    static final int MAX_BYTES = 2_000_000;

    @Inject
    AccountService accounts;

    People.Person teacher;
    Stored.Counts before;

    @BeforeEach
    void setUp() {
        teacher = People.create(accounts, Role.TEACHER, "Hostile Tester");
        before = Stored.counts();
    }

    Response upload(String format, byte[] file) {
        return teacher.api().contentType("application/octet-stream").body(file).queryParam("format", format)
                .queryParam("pack", People.uniqueId("hostile")).post("/api/packs/import");
    }

    void refused(Response r, int status, String... inMessage) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.jsonPath().getString("message")).contains(inMessage);
        assertThat(Stored.counts()).as("nothing stored").isEqualTo(before);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void zipBombIsStoppedWhileInflating() {
        byte[] bomb = Zips.bomb("csto/questions/bomb.yaml", 60_000_000L);
        assertThat(bomb.length).isLessThan(MAX_BYTES);
        refused(upload("zip", bomb), 422, "the zip inflates to more than 50000000 bytes", "zip bomb");
    }

    @Test
    void zipBombInAQtiPackageIsStoppedToo() {
        refused(upload("qti", Zips.bomb("items/bomb.xml", 60_000_000L)), 422, "zip bomb");
    }

    @Test
    void zipSlipIsRefusedNamingTheEntry() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("pack.yaml", utf8("id: slip\n"));
        entries.put("../evil.txt", utf8("owned"));
        refused(upload("zip", Zips.of(entries)), 422, "entry \"../evil.txt\" points outside the zip");
    }

    @Test
    void symlinkEntryIsRefused() {
        byte[] zip = Zips.withSymlink(Zips.of(Map.of("pack.yaml", utf8("/etc/passwd"))));
        refused(upload("zip", zip), 422, "entry \"pack.yaml\" is a symbolic link; links are refused");
    }

    @Test
    void xxeInMoodleXmlIsRefusedBeforeTheEntityIsRead() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <quiz>
                  <question type="truefalse"><name><text>&xxe;</text></name>
                    <questiontext format="html"><text>Is it?</text></questiontext>
                    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                  </question>
                </quiz>
                """;
        Response r = upload("moodle-xml", utf8(xml));
        refused(r, 422, "DOCTYPE");
        assertThat(r.asString()).doesNotContain("root:");
    }

    @Test
    void xxeInAQtiPackageIsRefused() {
        String manifest = """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1"><metadata>&xxe;</metadata></manifest>
                """;
        Response r = upload("qti", Zips.of(Map.of("imsmanifest.xml", utf8(manifest))));
        refused(r, 422, "DOCTYPE");
        assertThat(r.jsonPath().getList("problems")).isNotEmpty();
    }

    @Test
    void xxeInASingleQtiItemIsRefused() {
        String item = """
                <?xml version="1.0"?>
                <!DOCTYPE qti-assessment-item [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="q" title="&lol2;"/>
                """;
        refused(upload("qti", utf8(item)), 422, "DOCTYPE");
    }

    @Test
    void giftInAnotherEncodingIsRefusedWithTheLine() {
        byte[] latin1 = "::q1:: Which city? {=Yerevan ~Gyumri}\n\n::q2:: Caf\u00e9? {T}\n".getBytes(StandardCharsets.ISO_8859_1);
        Response r = upload("gift", latin1);
        refused(r, 422, "not valid UTF-8 (byte 0xE9); save the file as UTF-8");
        assertThat(r.jsonPath().getInt("problems[0].line")).isEqualTo(3);
    }

    @Test
    void aPackFileInAnotherEncodingIsRefusedNamingIt() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("enc/pack.yaml", utf8("id: enc\n"));
        entries.put("enc/lessons/01-caf.md", "---\nid: x\n---\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(upload("zip", Zips.of(entries)), 422, "enc/lessons/01-caf.md: not valid UTF-8");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithItsSize() {
        byte[] big = new byte[MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        refused(upload("gift", big), 422, "the file is " + (MAX_BYTES + 1) + " bytes; the limit is " + MAX_BYTES + " bytes");
    }

    @Test
    void aStreamedUploadIsCutOffAtTheLimit() {
        byte[] big = new byte[MAX_BYTES + 100_000];
        Arrays.fill(big, (byte) 'a');
        Response r = teacher.api().contentType("application/octet-stream").body(new ByteArrayInputStream(big))
                .queryParam("format", "gift").post("/api/packs/import");
        refused(r, 422, "the limit is " + MAX_BYTES + " bytes");
    }

    @Test
    void aZipSentAsGiftIsRefusedWithAHint() {
        refused(upload("gift", Zips.of(Map.of("a.txt", utf8("x")))), 422, "the file is a zip", "format=zip");
    }

    @Test
    void aZipWithoutPackYamlIsRefused() {
        refused(upload("zip", Zips.of(Map.of("questions/a.yaml", utf8("- id: a\n")))), 422, "no readable pack.yaml");
    }

    @Test
    void aZipWithAMalformedPackIdIsRefused() {
        refused(upload("zip", Zips.of(Map.of("pack.yaml", utf8("id: ../../etc\ntitle: x\n")))), 422, "pack id '../../etc'");
    }

    @Test
    void aFileWithNothingToImportIsRefused() {
        refused(upload("gift", utf8("::essay:: Write about the CSTO. {}\n")), 422, "no question Sourced can import");
    }

    @Test
    void anEmptyBodyIsRefused() {
        refused(upload("aiken", new byte[0]), 422, "The file is empty");
    }

    @Test
    void notAZipIsRefused() {
        refused(upload("zip", utf8("hello")), 422, "not a zip");
    }
}

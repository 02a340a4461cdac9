package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.PackFolder;

class PackZipTest {

    private static final PackZip.Limits LIMITS = new PackZip.Limits(2_000_000, 50, 5_000_000);

    private static Map<String, String> shipped() {
        return PackFolder.readOne(Path.of("content/packs/csto-armenia"), "csto-armenia/").result().pack().orElseThrow().files();
    }

    private static PackZip.Refused refused(byte[] zip) {
        return refused(zip, LIMITS);
    }

    private static PackZip.Refused refused(byte[] zip, PackZip.Limits limits) {
        try {
            PackZip.packFiles(zip, limits);
        } catch (PackZip.Refused e) {
            return e;
        }
        throw new AssertionError("the zip was accepted");
    }

    @Test
    void aWrittenPackReadsBackAsTheSameFilesAndTheSameBytes() {
        Map<String, String> files = shipped();

        byte[] zip = PackZip.write("csto-armenia", files);

        assertThat(PackZip.packFiles(zip, LIMITS)).isEqualTo(files);
        assertThat(PackZip.write("csto-armenia", PackZip.packFiles(zip, LIMITS))).isEqualTo(zip);
        assertThat(PackZip.entries(zip, LIMITS).keySet()).allMatch(n -> n.startsWith("csto-armenia/"));
    }

    @Test
    void aPackAtTheRootOfTheZipIsReadTooAndJunkIsSkipped() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("pack.yaml", "id: x\n");
        entries.put("lessons/", "");
        entries.put("lessons/01-a.md", "---\n");
        entries.put(".DS_Store", "junk");
        entries.put("__MACOSX/._pack.yaml", "junk");
        entries.put("questions/.swp", "junk");

        assertThat(PackZip.packFiles(ZipBytes.zipText(entries), LIMITS)).containsOnlyKeys("pack.yaml", "lessons/01-a.md");
    }

    @Test
    void theOneTopFolderIsStrippedAndASecondPackIsRefused() {
        assertThat(PackZip.packFiles(ZipBytes.zipText(Map.of("mine/pack.yaml", "id: mine\n", "mine/questions/q.yaml", "[]\n")), LIMITS))
                .containsOnlyKeys("pack.yaml", "questions/q.yaml");
        assertThat(refused(ZipBytes.zipText(Map.of("a/pack.yaml", "id: a\n", "b/pack.yaml", "id: b\n"))).getMessage())
                .contains("several packs");
        assertThat(refused(ZipBytes.zipText(Map.of("a/pack.yaml", "id: a\n", "elsewhere.md", "x"))).getMessage())
                .contains("outside the pack's folder");
        assertThat(refused(ZipBytes.zipText(Map.of("readme.md", "no pack"))).getMessage()).contains("no pack.yaml");
    }

    @Test
    void entriesThatClimbOutOrAreAbsoluteAreRefused() {
        assertThat(refused(ZipBytes.zipText(Map.of("pack.yaml", "id: x\n", "../evil.sh", "rm -rf"))).getMessage()).contains("\"..\"");
        assertThat(refused(ZipBytes.zipText(Map.of("x/../../pack.yaml", "id: x\n"))).getMessage()).contains("\"..\"");
        assertThat(refused(ZipBytes.zipText(Map.of("/etc/pack.yaml", "id: x\n"))).getMessage()).contains("absolute");
        assertThat(refused(ZipBytes.zipText(Map.of("C:/pack.yaml", "id: x\n"))).getMessage()).contains("absolute");
        assertThat(refused(ZipBytes.zipText(Map.of("x\\..\\pack.yaml", "id: x\n"))).getMessage()).contains("backslash");
    }

    @Test
    void symbolicLinksAreRefused() {
        byte[] zip = ZipBytes.markSymlink(ZipBytes.zipText(Map.of("p/pack.yaml", "id: p\n", "p/lessons/01-a.md", "/etc/passwd")),
                "p/lessons/01-a.md");

        PackZip.Refused e = refused(zip);

        assertThat(e.getMessage()).contains("p/lessons/01-a.md", "symbolic link");
        assertThat(e.status()).isEqualTo(422);
    }

    @Test
    void tooManyEntriesAreRefusedBeforeReadingThem() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            entries.put("p/questions/q" + i + ".yaml", "[]\n");
        }
        PackZip.Refused e = refused(ZipBytes.zipText(entries));
        assertThat(e.getMessage()).contains("51 entries", "limit is 50");
        assertThat(e.status()).isEqualTo(413);
    }

    @Test
    void aZipBombIsStoppedByTheTotalItDeclares() {
        byte[] zeros = new byte[6_000_000];
        byte[] bomb = ZipBytes.zip(Map.of("p/pack.yaml", zeros));
        assertThat(bomb.length).isLessThan(20_000);

        PackZip.Refused e = refused(bomb);

        assertThat(e.status()).isEqualTo(413);
        assertThat(e.getMessage()).contains("inflates to more than 5000000 bytes");
    }

    @Test
    void aZipBombThatLiesAboutItsSizeIsStoppedWhileInflating() {
        byte[] zeros = new byte[6_000_000];
        byte[] lying = ZipBytes.declareSize(ZipBytes.zip(Map.of("p/pack.yaml", zeros)), "p/pack.yaml", 100);

        PackZip.Refused e = refused(lying, new PackZip.Limits(2_000_000, 50, 5_000_000));
        assertThat(e.getMessage()).contains("beyond its declared size");

        // a lie within the budget is caught the same way, one buffer past the declared size
        byte[] lyingBig = ZipBytes.declareSize(ZipBytes.zip(Map.of("p/pack.yaml", zeros)), "p/pack.yaml", 4_000_000);
        assertThat(refused(lyingBig, new PackZip.Limits(2_000_000, 50, 4_500_000)).getMessage()).contains("zip bomb");
    }

    @Test
    void filesThatAreNotUtf8AreAllNamed() {
        byte[] latin1 = "Erevan, \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("p/pack.yaml", "id: p\n".getBytes(StandardCharsets.UTF_8));
        entries.put("p/lessons/01-a.md", latin1);
        entries.put("p/questions/q.yaml", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'x'});

        PackZip.Refused e = refused(ZipBytes.zip(entries));

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.getMessage()).contains("lessons/01-a.md", "questions/q.yaml", "UTF-8");
    }

    @Test
    void anUploadOverTheByteLimitOrNotAZipIsRefused() {
        byte[] noise = new byte[2_000_001];
        new Random(1).nextBytes(noise);
        assertThat(refused(noise).status()).isEqualTo(413);
        assertThat(refused("just text".getBytes(StandardCharsets.UTF_8)).getMessage()).contains("not a zip");
    }

    @Test
    void aDamagedZipIsRefusedNotThrown() {
        byte[] zip = ZipBytes.zipText(Map.of("p/pack.yaml", "id: p\ntitle: something long enough to compress a little\n"));
        byte[] cut = java.util.Arrays.copyOfRange(zip, 40, zip.length);
        assertThat(refused(cut).getMessage()).contains("damaged");
    }
}

package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.packs.PackFile;
import org.sourced.packs.PackVersion;

/**
 * Hostile and broken uploads: each is refused with a 4xx that says what is wrong, next to the upload
 * field, and the database holds exactly what it held before.
 */
@QuarkusTest
class UploadTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    AccountService accounts;

    Client teacher;

    @BeforeEach
    void signIn() {
        String email = "uploader-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Up Loader", PASSWORD, Role.TEACHER);
        teacher = Client.signIn(email, PASSWORD);
    }

    /** A small valid pack zip, and its entries to spoil. */
    private static Map<String, byte[]> pack(String id) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(id + "/pack.yaml", ("id: " + id + "\ntitle: Uploaded\nsummary: S.\nlanguage: en\nversion: '1'\nlicence: CC0\n"
                + "authors: [A]\nobjectives:\n  - {id: basics, title: Basics}\nsources: []\n").getBytes(StandardCharsets.UTF_8));
        entries.put(id + "/lessons/01-intro.md", "---\nid: intro\ntitle: Intro\nobjective: basics\n---\nHello, Yerevan.\n"
                .getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static long[] rows() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {PackVersion.count(), PackFile.count()});
    }

    private String refused(byte[] zip, int status) {
        long[] before = rows();
        Response r = teacher.upload(zip);
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(rows()).as("pack_version and pack_file rows").containsExactly(before);
        String page = r.asString();
        assertThat(page).contains("id=\"pack-error\"");
        return page.replaceAll("(?s).*<p class=\"field-error\" id=\"pack-error\">([^<]*)</p>.*", "$1");
    }

    @Test
    void aValidZipBecomesADraftWithItsProblemsListed() {
        String id = PackFixture.newId("up");
        Response r = teacher.upload(ZipBytes.zip(pack(id)));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.getHeader("Location")).endsWith("/teach/packs/" + id + "?notice=uploaded");
        String page = teacher.get(r.getHeader("Location")).asString();
        assertThat(page).contains("Uploaded as this pack", "Intro");
        assertThat(AuthoringFlowTest.filesOfDraft(id)).containsOnlyKeys("pack.yaml", "lessons/01-intro.md");
        assertThat(QuarkusTransaction.requiringNew().call(() -> PackVersion.<PackVersion>find("packId", id).firstResult().origin))
                .isEqualTo(PackVersion.FROM_IMPORT);
    }

    @Test
    void aZipBombIsRefused() {
        Map<String, byte[]> entries = pack(PackFixture.newId("bomb"));
        entries.put("bomb/lessons/02-zeros.md", new byte[60_000_000]);
        byte[] zip = ZipBytes.zip(entries);
        assertThat(zip.length).isLessThan(200_000);

        assertThat(refused(zip, 413)).contains("inflates to more than 50000000 bytes");
    }

    @Test
    void anEntryThatClimbsOutIsRefused() {
        Map<String, byte[]> entries = pack(PackFixture.newId("slip"));
        entries.put("../../etc/cron.d/evil", "* * * * * root sh".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(ZipBytes.zip(entries), 422)).contains("../../etc/cron.d/evil", "&quot;..&quot;");
    }

    @Test
    void aSymbolicLinkIsRefused() {
        String id = PackFixture.newId("link");
        Map<String, byte[]> entries = pack(id);
        entries.put(id + "/lessons/02-secrets.md", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        byte[] zip = ZipBytes.markSymlink(ZipBytes.zip(entries), id + "/lessons/02-secrets.md");
        assertThat(refused(zip, 422)).contains("02-secrets.md", "symbolic link");
    }

    @Test
    void anUploadOverTheSizeLimitIsRefused() {
        byte[] noise = new byte[2_100_000]; // %test.sourced.upload.max-bytes=2000000
        new Random(7).nextBytes(noise);
        Map<String, byte[]> entries = pack(PackFixture.newId("big"));
        entries.put("big/lessons/02-noise.md", noise);
        assertThat(refused(ZipBytes.zip(entries), 413)).contains("the limit is 2000000 bytes", "sourced.upload.max-bytes");
    }

    @Test
    void aLessonThatIsNotUtf8IsRefusedByName() {
        String id = PackFixture.newId("latin");
        Map<String, byte[]> entries = pack(id);
        entries.put(id + "/lessons/02-erevan.md", "---\nid: e\ntitle: \u00c9r\u00e9van\n---\nt".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused(ZipBytes.zip(entries), 422)).contains("Not valid UTF-8", "lessons/02-erevan.md");
    }

    @Test
    void somethingThatIsNotAPackZipIsRefused() {
        assertThat(refused("plain text".getBytes(StandardCharsets.UTF_8), 422)).contains("not a zip");
        assertThat(refused(ZipBytes.zipText(Map.of("notes/readme.md", "hello")), 422)).contains("no pack.yaml");
        assertThat(refused(ZipBytes.zipText(Map.of("pack.yaml", "title: no id\n")), 422)).contains("no id");
    }

    @Test
    void aPackOfSomeoneElseCannotBeReplacedByAnUpload() {
        assertThat(refused(ZipBytes.zipText(Map.of("pack.yaml", "id: csto-armenia\n")), 403)).contains("belongs to someone else");
    }

    @Test
    void whatTheDatabaseCannotHoldIsRefusedWithAMessage() {
        String id = PackFixture.newId("long");
        Map<String, byte[]> entries = pack(id);
        entries.put(id + "/pack.yaml", ("id: " + id + "\ntitle: " + "T".repeat(400) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(refused(ZipBytes.zip(entries), 422)).contains("The title has 400 characters");
    }
}

package org.sourced.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.sourced.packs.exchange.Exchange;
import org.sourced.packs.exchange.ExchangeFormat;
import org.sourced.packs.exchange.ImportFailure;
import org.sourced.packs.exchange.ImportLimits;
import org.sourced.packs.exchange.ImportResult;
import org.sourced.packs.exchange.SafeZip;
import org.sourced.packs.format.PackReader;

/**
 * The readers of uploaded files, fuzzed with Jazzer. The contract: a result, or {@link ImportFailure} (for
 * pack files: problems), never another exception, and never a hang (each input has {@link #SECONDS}).
 *
 * <p>Without {@code JAZZER_FUZZ} (the default, and CI) each method replays its committed corpus in
 * {@code src/test/resources/org/sourced/security/ImportersFuzzTestInputs/<method>/} as ordinary tests. With
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dfuzz.tests='ImportersFuzzTest#gift' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * Jazzer fuzzes one method for its {@code maxDuration}, keeps what it learns in {@code .cifuzz-corpus/} and writes a
 * crashing input into the inputs directory, where it stays as a regression test once the bug is fixed
 * (docs/security.md).
 */
class ImportersFuzzTest {

    static final int SECONDS = 10;
    /** Smaller than the defaults so that a fuzzer's zip bomb is found in milliseconds rather than seconds. */
    private static final ImportLimits LIMITS = new ImportLimits(1_000_000, 200, 2_000_000);

    @FuzzTest(maxDuration = "60s")
    void gift(byte[] file) {
        bounded(() -> importOnly(ExchangeFormat.GIFT, file));
    }

    @FuzzTest(maxDuration = "60s")
    void aiken(byte[] file) {
        bounded(() -> importOnly(ExchangeFormat.AIKEN, file));
    }

    @FuzzTest(maxDuration = "60s")
    void moodleXml(byte[] file) {
        bounded(() -> importOnly(ExchangeFormat.MOODLE_XML, file));
    }

    @FuzzTest(maxDuration = "60s")
    void qti(byte[] file) {
        bounded(() -> importOnly(ExchangeFormat.QTI, file));
    }

    @FuzzTest(maxDuration = "60s")
    void safeZip(byte[] zip) {
        bounded(() -> safeZipOnly(zip));
    }

    private static void safeZipOnly(byte[] zip) {
        try {
            Map<String, byte[]> entries = SafeZip.read(zip, LIMITS);
            assertThat(entries.size()).isLessThanOrEqualTo(LIMITS.maxZipEntries());
            long total = entries.values().stream().mapToLong(b -> b.length).sum();
            assertThat(total).isLessThanOrEqualTo(LIMITS.maxUncompressedBytes());
            for (String name : entries.keySet()) {
                assertThat(name).doesNotStartWith("/").doesNotContain("\\");
                assertThat(name.split("/")).doesNotContain(".."); // "%../x" is a strange name, not a way out
            }
        } catch (ImportFailure expected) {
            assertThat(expected.problems()).isNotEmpty();
        }
    }

    /**
     * A pack's files: the input is pack.yaml, or several files each introduced by a line {@code === <path>}
     * (so that a corpus entry can be a whole pack with lessons and questions).
     */
    @FuzzTest(maxDuration = "60s")
    void packReader(byte[] input) {
        bounded(() -> packReaderOnly(input));
    }

    private static void packReaderOnly(byte[] input) {
        Map<String, String> files = packFiles(new String(input, StandardCharsets.UTF_8));
        PackReader.Result result = PackReader.read(files, "fuzz/");
        assertThat(result.ok()).isEqualTo(result.problems().isEmpty());
        assertThat(result.pack().isPresent()).isEqualTo(result.ok());
    }

    private static ExecutorService worker = newWorker();

    /**
     * Runs one input with a time limit, in both modes. Not JUnit's {@code @Timeout}: in fuzzing mode JUnit
     * applies it to the whole fuzzing run. An input that takes longer fails as a finding, so Jazzer keeps it.
     */
    private static void bounded(Runnable target) {
        Future<?> run = worker.submit(target);
        try {
            run.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread may never end; the next input gets a fresh one
            throw new AssertionError("no answer within " + SECONDS + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-target");
            t.setDaemon(true);
            return t;
        });
    }

    private static void importOnly(ExchangeFormat format, byte[] file) {
        try {
            ImportResult result = Exchange.importer(format, LIMITS).read(file);
            assertThat(result.questions()).doesNotContainNull();
            assertThat(result.problems()).doesNotContainNull();
        } catch (ImportFailure expected) {
            assertThat(expected.problems()).isNotEmpty();
        }
    }

    static Map<String, String> packFiles(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        if (!text.startsWith("=== ")) {
            files.put(PackReader.MANIFEST, text);
            return files;
        }
        String path = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (path != null) {
                    files.put(path, body.toString());
                }
                path = line.substring(4).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        files.put(path, body.toString());
        return files;
    }
}

package org.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second process on the same data dir stops with one sentence; the lock is per process, so this takes two. */
class DataDirLockTest {

    /** Run in a child JVM: takes the lock, prints what happened, and holds it while told to. */
    public static void main(String[] args) throws InterruptedException {
        boolean ok = DataDirLock.acquireOrExplain(System.out);
        System.out.println(ok ? "LOCKED" : "REFUSED");
        System.out.flush();
        if (ok) {
            Thread.sleep(Long.parseLong(args[0]));
        }
        System.exit(ok ? 0 : 1);
    }

    private static Process child(Path dataDir, long holdMillis) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dsourced.data-dir=" + dataDir,
                DataDirLockTest.class.getName(), String.valueOf(holdMillis))
                .redirectErrorStream(true);
        // the lock guards the embedded H2 file; the suite's PostgreSQL run sets this, which turns it off
        builder.environment().remove("SOURCED_DB_KIND");
        return builder.start();
    }

    private static String firstLine(Process p) throws IOException {
        byte[] line = p.getInputStream().readNBytes(300);
        return new String(line, StandardCharsets.UTF_8);
    }

    @Test
    void aSecondInstanceOnTheSameDataDirStopsWithOneSentence(@TempDir Path dataDir) throws Exception {
        Process holder = child(dataDir, 20_000);
        try {
            // wait until the first one holds the lock
            String first = new String(holder.getInputStream().readNBytes("LOCKED".length()), StandardCharsets.UTF_8);
            assertThat(first).isEqualTo("LOCKED");

            Process second = child(dataDir, 0);
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String output = firstLine(second);

            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(output).startsWith("Sourced is already running on the data directory " + dataDir.toAbsolutePath())
                    .contains("SOURCED_DATA_DIR").doesNotContain("Exception").contains("REFUSED");
            assertThat(output.lines().count()).as("one sentence, then the child's own marker").isEqualTo(2);
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertThat(Files.exists(dataDir.resolve("sourced.lock"))).isTrue();
    }

    @Test
    void aFreeDataDirIsTaken(@TempDir Path dataDir) throws Exception {
        Process only = child(dataDir, 0);
        assertThat(only.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(firstLine(only)).startsWith("LOCKED");
        assertThat(only.exitValue()).isZero();
    }
}

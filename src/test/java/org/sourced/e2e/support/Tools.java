package org.sourced.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's tools the browser tests need. None is downloaded at test time: {@code .ci/run} installs
 * Debian's chromium and chromium-driver and runs {@code npm ci --prefix e2e} for axe-core. When one is
 * missing, CI fails (the install step broke) while a developer's run skips with a note on how to install it.
 */
public final class Tools {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Relative to the project folder, which is where Surefire runs the tests. */
    public static final Path AXE = Path.of("e2e", "node_modules", "axe-core", "axe.min.js");

    private Tools() {
    }

    public static void requireBrowser() {
        require(CHROMIUM, "Debian's chromium", "apt-get install chromium chromium-driver");
        require(CHROMEDRIVER, "Debian's chromium-driver", "apt-get install chromium chromium-driver");
    }

    public static void requireAxe() {
        require(AXE, "axe-core", "npm ci --prefix e2e");
    }

    private static void require(Path path, String what, String install) {
        if (Files.isRegularFile(path)) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(what + " is missing at " + path.toAbsolutePath() + ": .ci/run should have installed it (" + install + ").");
        }
        Assumptions.abort("Browser test skipped: " + what + " is missing at " + path.toAbsolutePath()
                + ". Install it with '" + install + "' (or run .ci/run) to run the end-to-end tests.");
    }
}

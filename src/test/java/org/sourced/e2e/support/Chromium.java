package org.sourced.e2e.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver. The paths are set explicitly so that
 * Selenium Manager never looks for (or downloads) a browser or a driver. Each browser gets a fresh, empty
 * profile that is deleted when it quits.
 */
final class Chromium {

    private Chromium() {
    }

    /** A running browser and the profile folder to delete when it quits. */
    record Session(ChromeDriver driver, Path profile, JavaScript javaScript) {
        void quit() {
            try {
                driver.quit();
            } finally {
                delete(profile);
            }
        }
    }

    static Session start(JavaScript javaScript) {
        Tools.requireBrowser();
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, Tools.CHROMEDRIVER.toString());
        // One driver process per browser: quitting the browser stops its driver service too.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Tools.CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        Path profile = tempProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Tools.CHROMIUM.toString());
        // Without the background-networking flags Chromium keeps calling home, and this machine's closed
        // network refuses it many times a second.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--password-store=basic", "--lang=en-GB",
                "--window-size=1280,900",
                // Phones draw scrollbars over the page; so does this browser, and a 360 px window lays out 360 px.
                "--hide-scrollbars", "--user-data-dir=" + profile);
        // The performance log carries DevTools' network events: it tells which response made the page, whose body
        // (kept in DevTools' buffer) the HTML checker then reads as it was sent.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        if (!javaScript.on()) {
            // Not the content-settings pref (profile.managed_default_content_settings.javascript=2): that also stops
            // the timers of the axe-core script the tests inject, so axe could never check a page without JavaScript.
            // DevTools' switch holds for every page this tab loads, and the pages' own scripts never run (the parser
            // shows <noscript> and skips <script>); Axe turns it off only while axe runs, after the page has loaded.
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        }
        return new Session(driver, profile, javaScript);
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("sourced-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left in /tmp is harmless
        }
    }
}

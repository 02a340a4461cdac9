package org.sourced.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core (from the npm registry, installed into {@code e2e/node_modules}) inside the page the browser
 * shows. It is injected through WebDriver, which works whether or not the page itself may run scripts.
 */
public final class Axe {

    /** One rule that failed on the page, with the elements it failed on. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<String> targets) {

        public boolean blocking() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n      on " + String.join(", ", targets) + "\n      see " + helpUrl;
        }
    }

    private static String source;

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done(r.violations.map(v => ({
                rule: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                targets: v.nodes.map(n => n.target.join(' '))
              }))))
              .catch(e => done('axe failed: ' + e));
            """;

    private Axe() {
    }

    /**
     * Every violation axe finds on the current page, whatever its impact. In a browser without JavaScript, script
     * execution is switched on for the time axe runs: the page has loaded without its scripts, which stay unrun.
     */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(ChromeDriver driver, JavaScript javaScript) {
        Tools.requireAxe();
        Object result;
        if (!javaScript.on()) {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        try {
            if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
                driver.executeScript(source());
            }
            result = driver.executeAsyncScript(RUN);
        } finally {
            if (!javaScript.on()) {
                driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            }
        }
        if (result instanceof String error) {
            throw new AssertionError(error);
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    (String) v.get("helpUrl"), (List<String>) v.get("targets")));
        }
        return violations;
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(Tools.AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}

package org.sourced.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy has no 'unsafe-inline', so an inline script, style or event handler in a
 * template would simply not work in a browser; this test fails first, on the file and line. It also keeps
 * unescaped output to the one sanctioned path ({@code .markup} of sanitised {@code SafeHtml}). SVG
 * presentation attributes (fill, stroke, ...) are fine: they are not styles.
 */
class TemplateRulesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    static final Map<String, Pattern> RULES = Map.of(
            "an inline <script> (put code in a file under META-INF/resources/js/)",
            Pattern.compile("(?i)<script(?![^>]*\\ssrc\\s*=)[^>]*>"),
            "code inside a <script src> element", Pattern.compile("(?is)<script[^>]*\\ssrc\\s*=[^>]*>\\s*[^\\s<]"),
            "a <style> element (put styles in css/app.css)", Pattern.compile("(?i)<style[\\s>]"),
            "a style= attribute (use a class)", Pattern.compile("(?i)[\\s\"']style\\s*="),
            "an on*= event handler attribute", Pattern.compile("(?i)[\\s\"']on[a-z]+\\s*="),
            "an htmx hx-on handler (htmx evaluates it as code)", Pattern.compile("(?i)(data-)?hx-on[:-]"),
            "a javascript: URL", Pattern.compile("(?i)javascript:"),
            "unescaped Qute output (.raw or .safe): print SafeHtml with .markup instead",
            Pattern.compile("\\.(raw|safe)\\s*[}(]|\\|raw\\b|\\{\\|"));

    @Test
    void templatesHaveNoInlineScriptStyleOrHandlers() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).as("templates found under %s", TEMPLATES.toAbsolutePath()).hasSizeGreaterThan(10);
        for (Path file : files) {
            problems.addAll(check(TEMPLATES.relativize(file).toString(), Files.readString(file)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        assertThat(check("t", "<script>alert(1)</script>")).hasSize(1);
        assertThat(check("t", "<script src=\"/js/app.js\" defer></script>")).isEmpty();
        assertThat(check("t", "<script src=\"/js/app.js\">alert(1)</script>")).hasSize(1);
        assertThat(check("t", "<p style=\"color:red\">")).hasSize(1);
        assertThat(check("t", "<style>p{}</style>")).hasSize(1);
        assertThat(check("t", "<button onclick=\"go()\">")).hasSize(1);
        assertThat(check("t", "<img src=x\nonerror=alert(1)>")).hasSize(1);
        assertThat(check("t", "<form hx-on::after-request=\"x()\">")).hasSize(1);
        assertThat(check("t", "<a href=\"javascript:void(0)\">")).hasSize(1);
        assertThat(check("t", "{part.html.raw}")).hasSize(1);
        assertThat(check("t", "<svg><rect fill=\"#036\" stroke=\"none\" width=\"10\"/></svg>")).isEmpty();
        assertThat(check("t", "<input data-move=\"up\" name=\"once\" class=\"online\">")).isEmpty();
        assertThat(check("t", "{part.html.markup}")).isEmpty();
    }

    static List<String> check(String file, String text) {
        List<String> problems = new ArrayList<>();
        RULES.forEach((what, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                problems.add(file + ":" + line + ": " + what + ": " + text.substring(m.start(), Math.min(text.length(), m.end() + 20)).strip());
            }
        });
        return problems;
    }
}

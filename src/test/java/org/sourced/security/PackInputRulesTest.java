package org.sourced.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.Problem;

/**
 * What the pack reader refuses because a page would otherwise carry it somewhere dangerous: a source's url
 * becomes a link's href, so only absolute web addresses pass (every pack, hand-written, uploaded or
 * imported, is read by this reader before it is published).
 */
class PackInputRulesTest {

    static final String MANIFEST = """
            id: p
            title: T
            summary: S
            language: en
            version: "1"
            licence: CC-BY-4.0
            authors: [A]
            objectives: [{id: o, title: O}]
            sources:
              - id: s
                kind: report
                title: T
                publisher: P
                published: 2024-01-01
                url: %s
            """;

    @Test
    void sourceUrlsThatWouldRunScriptOrLeaveTheAttributeAreRefused() {
        for (String url : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "' javascript:alert(1)'", "data:text/html,x",
                "vbscript:msgbox(1)", "//evil.example/x", "/relative/path", "example.org", "https:evil.example",
                "\"https://example.org/\\\"onmouseover=alert(1)\"", "'https://example.org/ x'", "'https://example.org/<script>'",
                "'https://'", "'https:///path'", "'java\tscript:alert(1)'")) {
            List<Problem> problems = read(url);
            assertThat(problems).as("url %s", url).anyMatch(p -> p.toString().contains("is not a web address"));
        }
    }

    @Test
    void webAddressesPass() {
        for (String url : List.of("https://example.org", "http://example.org/a/b?c=d&e=f#g", "HTTPS://EXAMPLE.ORG/",
                "https://en.odkb-csto.org/documents/documents/dogovor_o_kollektivnoy_bezopasnosti/",
                "https://example.org/%3Cscript%3E", "'https://example.org/путь'")) {
            assertThat(read(url)).as("url %s", url).isEmpty();
        }
    }

    @Test
    void packLevelFieldsLongerThanTheirColumnsAreProblemsNotDatabaseErrors() {
        String text = MANIFEST.formatted("https://example.org").replace("title: T\nsummary", "title: " + "t".repeat(301) + "\nsummary")
                .replace("language: en", "language: " + "e".repeat(21));
        List<Problem> problems = PackReader.read(Map.of("pack.yaml", text), "").problems();
        assertThat(problems).anyMatch(p -> p.toString().contains("title has 301 characters; at most 300 fit"))
                .anyMatch(p -> p.toString().contains("language has 21 characters; at most 20 fit"));
    }

    @Test
    void deeplyNestedYamlIsAProblemNotACrash() {
        String text = "id: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        List<Problem> problems = PackReader.read(Map.of("pack.yaml", text), "").problems();
        assertThat(problems).anyMatch(p -> p.toString().contains("nested too deeply"));
    }

    private static List<Problem> read(String url) {
        List<Problem> problems = PackReader.read(Map.of("pack.yaml", MANIFEST.formatted(url)), "").problems();
        return problems.stream().filter(p -> !p.toString().contains("objective 'o'")).toList();
    }
}

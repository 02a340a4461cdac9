package org.sourced.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page checker of the XSS tests catches live payloads, so that a passing XSS test means something. */
class HtmlChecksTest {

    static final String LAYOUT = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="stylesheet" href="/css/app.css">
            <script src="/webjars/htmx.org/2.0.8/dist/htmx.min.js" defer></script><script src="/js/app.js" defer></script>
            </head><body><a href="/">Home</a><a href="#main">Skip</a><a href="https://example.org/x">src</a>
            <form method="post" action="/login" hx-post="/login"><input name="email" value="&lt;script&gt;"></form>
            <p>%s</p></body></html>
            """;

    @Test
    void theLayoutItselfPasses() {
        assertThat(HtmlChecks.problems(LAYOUT.formatted("&lt;script&gt;alert(1)&lt;/script&gt;"))).isEmpty();
    }

    @Test
    void livePayloadsAreCaught() {
        String[] live = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>", "<a href=\" java\tscript:alert(1)\">x</a>",
                "<iframe src=\"/\"></iframe>", "<div style=\"x\">", "<style>*{}</style>", "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "<form action=\"https://evil.example\"></form>",
                "<object data=\"x\"></object>", "<a href=\"data:text/html,x\">x</a>", "<div hx-get=\"/logout\" hx-trigger=\"load\">",
                "<input autofocus onfocus=alert(1)>", "<details open ontoggle=alert(1)>", "<script src=\"https://evil.example/x.js\"></script>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "<a href=\"vbscript:x\">x</a>",
                "<math><mtext>x</mtext></math>", "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">"};
        for (String payload : live) {
            assertThat(HtmlChecks.problems(LAYOUT.formatted(payload))).as(payload).isNotEmpty();
        }
    }
}

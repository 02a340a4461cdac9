package org.sourced.ops;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One walk through the app as a student's browser takes it, over loopback HTTP so that every layer a
 * class will hit runs (Vert.x, REST, CSRF, Qute, Hibernate, scoring): the home page, each pack's page and
 * the pages it links to (lessons, sources, evidence), then a whole attempt through the forms: start,
 * every question shown and answered (so each question type is scored), the summary, submit, the result.
 * It posts as a browser of its own, so {@link WarmUp} can erase what the walk stored. Plain Java over
 * {@link HttpClient}: no bean, no framework.
 */
final class Rehearsal {

    static final Pattern PACK_LINK = Pattern.compile("href=\"(/packs/[A-Za-z0-9._-]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern SEQ = Pattern.compile("name=\"seq\" value=\"(\\d+)\"");
    private static final Pattern CHOICE = Pattern.compile("name=\"choice\" value=\"([^\"]+)\"");
    private static final Pattern RANK = Pattern.compile("name=\"(rank-[^\"]+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("/attempts/([A-Za-z0-9_-]+)/questions/1$");
    private static final int MAX_PACKS = 5;
    private static final int MAX_LINKS_PER_PACK = 40;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> attempts = new ArrayList<>();
    private int requests;

    /** @param learnerCookie the anonymous learner id this walk answers as (a fresh one per warm-up) */
    Rehearsal(URI base, String learnerCookieName, String learnerCookie) {
        this.base = base;
        cookies.put(learnerCookieName, learnerCookie);
    }

    int requests() {
        return requests;
    }

    /** Public ids of the attempts the walk started. */
    List<String> attempts() {
        return List.copyOf(attempts);
    }

    /** Whether the app answers {@code GET /} with 200 yet (the HTTP server may still be opening its port). */
    boolean serving() {
        try {
            return send(HttpRequest.newBuilder(base.resolve("/")).timeout(Duration.ofSeconds(5)).GET()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** One walk; {@code practice} takes the attempt in practice mode (feedback after each answer) instead of exam mode. */
    void walk(boolean practice) throws IOException {
        String home = page("/");
        List<String> packs = matches(PACK_LINK, home).stream().distinct().limit(MAX_PACKS).toList();
        for (String pack : packs) {
            String packPage = page(pack);
            Pattern inPack = Pattern.compile("href=\"(" + Pattern.quote(pack) + "/[^\"?#]+)\"");
            for (String link : matches(inPack, packPage).stream().distinct().limit(MAX_LINKS_PER_PACK).toList()) {
                page(link);
            }
            attempt(pack.substring("/packs/".length()), packPage, practice);
        }
        page("/me/progress");
    }

    private void attempt(String packId, String packPage, boolean practice) throws IOException {
        String token = first(CSRF, packPage);
        if (token == null) {
            return; // a pack without a start form (nothing published to take)
        }
        HttpResponse<String> started = post("/attempts", Map.of("csrf-token", token, "pack", packId, "length", "0",
                "mode", practice ? "practice" : "exam"));
        String location = started.headers().firstValue("Location").orElse("");
        Matcher m = ATTEMPT.matcher(location);
        if (started.statusCode() != 303 || !m.find()) {
            throw new IOException("starting an attempt on " + packId + " answered " + started.statusCode() + " " + location);
        }
        String id = m.group(1);
        attempts.add(id);
        for (int n = 1; ; n++) {
            String url = "/attempts/" + id + "/questions/" + n;
            HttpResponse<String> shown = get(url);
            if (shown.statusCode() != 200) {
                break; // past the last question (the app redirects or refuses)
            }
            Map<String, String> form = answer(shown.body());
            form.put("action", practice ? "check" : "next");
            HttpResponse<String> stored = post(url, form);
            if (practice && stored.statusCode() == 303) {
                page(url); // the feedback with its evidence
            }
            String next = stored.headers().firstValue("Location").orElse("");
            if (!practice && next.endsWith("/summary")) {
                break;
            }
        }
        String summary = page("/attempts/" + id + "/summary");
        HttpResponse<String> submitted = post("/attempts/" + id + "/submit", Map.of("csrf-token", first(CSRF, summary)));
        submitted.headers().firstValue("Location").ifPresent(result -> {
            try {
                page(result);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The form a student would post: the page's hidden fields and its first choice (or the order as shown). */
    private static Map<String, String> answer(String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf-token", first(CSRF, page));
        form.put("seq", first(SEQ, page));
        List<String> ranks = matches(RANK, page);
        if (!ranks.isEmpty()) {
            for (int i = 0; i < ranks.size(); i++) {
                form.put(ranks.get(i), Integer.toString(i + 1));
            }
        } else {
            String choice = first(CHOICE, page);
            if (choice != null) {
                form.put("choice", choice);
            }
        }
        form.values().removeIf(java.util.Objects::isNull);
        return form;
    }

    private String page(String path) throws IOException {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    private HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        request.header("Accept-Language", "en");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            requests++;
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static List<String> matches(Pattern p, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return List.copyOf(found);
    }
}

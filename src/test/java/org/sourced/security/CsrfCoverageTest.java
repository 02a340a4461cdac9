package org.sourced.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/**
 * The CSRF filter runs with {@code require-form-url-encoded=false}: it checks the token of form posts and lets
 * every other content type through, so that JSON API calls need none. A page route that accepted any
 * content type would then take a cross-site {@code <form enctype="text/plain">} with the victim's session
 * cookie and no token. So: every state-changing route outside /api/ declares what it consumes, and that is
 * a form type or JSON (which no cross-site form can send without a CORS preflight, and we allow no CORS).
 */
class CsrfCoverageTest {

    static final Set<String> ACCEPTED = Set.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA,
            MediaType.APPLICATION_JSON);

    @Test
    void everyPageRouteThatChangesStateConsumesOnlyFormsOrJson() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("org/sourced"))) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(POST.class) && !m.isAnnotationPresent(PUT.class) && !m.isAnnotationPresent(DELETE.class)
                        && !m.isAnnotationPresent(PATCH.class)) {
                    continue;
                }
                jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
                String path = ("/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value())).replaceAll("/+", "/");
                if (path.startsWith("/api/")) {
                    continue;
                }
                checked++;
                Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
                String where = type.getSimpleName() + "." + m.getName() + " (" + path + ")";
                if (consumes == null) {
                    problems.add(where + " declares no @Consumes, so it takes text/plain without a CSRF check");
                    continue;
                }
                for (String media : consumes.value()) {
                    String base = media.split(";")[0].strip();
                    if (!ACCEPTED.contains(base)) {
                        problems.add(where + " consumes " + media + ", which the CSRF filter does not check");
                    }
                }
                if (consumes.value().length == 0) {
                    problems.add(where + " has an empty @Consumes");
                }
            }
        }
        assertThat(checked).as("state-changing page routes found").isGreaterThan(5);
        assertThat(problems).isEmpty();
    }
}

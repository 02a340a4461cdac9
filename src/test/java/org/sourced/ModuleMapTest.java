package org.sourced;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The module map of docs/architecture.md as a test. A new package gets one line in {@link #MAP}; a new
 * import between features needs an arrow there first, so the map and the code cannot drift apart.
 * {@code ModuleMapFixtureTest} plants violations in a fixture tree and shows that each rule catches them.
 */
class ModuleMapTest {

    /**
     * Modules (packages below {@code org.sourced}; {@code web} includes {@code web.i18n}; {@code (root)} is
     * {@code org.sourced} itself) and the modules each may import. Anything not named here is forbidden.
     */
    static final List<String> MAP = List.of(
            "(root)              -> cli",
            "cli                 -> packs.format",
            // rules: plain Java, no framework, no entity, no web (see RULES)
            "packs.format        -> ",
            "packs.exchange      -> packs.format",
            "scoring             -> packs.format", // scores the pack's own Question records, no copy of them
            "quiz.draw           -> packs.format",
            "classes.statistics  -> packs.format",
            "limits              -> ", // counting rules of the limits and the sign-in lockout (docs/security.md)
            // the web's own plumbing knows no feature
            "web                 -> ",
            // features
            "packs               -> packs.format, web", // SourcedConfig (the app's sourced.* keys) lives here
            "accounts            -> packs, limits, web",
            "packs.transfer      -> packs, packs.exchange, packs.format, accounts, web",
            "quiz                -> packs, packs.format, quiz.draw, scoring, accounts, limits, web",
            "lessons             -> packs, packs.format, quiz, quiz.draw, scoring, web", // a checkpoint is read with the quiz's AnswerForm
            "authoring           -> packs, packs.exchange, packs.format, lessons, quiz, accounts, web", // the preview renders as the lesson page does; uploads through SafeZip
            "classes             -> packs, packs.format, classes.statistics, quiz, accounts, web",
            "classes.bench       -> classes, packs, packs.format, quiz, quiz.draw, accounts, web", // seeds a class for the benchmarks
            "ops                 -> packs, quiz, accounts, web", // the warm-up erases the attempts its rehearsal took
            "live                -> packs, packs.format, quiz, quiz.draw, scoring, accounts, classes, classes.statistics, web",
            "disputes            -> packs, packs.format, quiz, scoring, accounts, authoring, classes, live, web");

    /** Rule packages: pure functions over records, unit-tested without Quarkus. */
    static final Set<String> RULES = Set.of("packs.format", "packs.exchange", "scoring", "quiz.draw", "classes.statistics", "limits");

    /** Framework and persistence packages a rule must not import. */
    static final String[] FRAMEWORK = {"jakarta..", "io.quarkus..", "io.vertx..", "io.smallrye..", "org.hibernate..", "org.jboss..",
            "org.eclipse.microprofile..", "io.netty.."};

    /** HTTP and page types an entity or a service must not import (besides the resources' own classes). */
    static final String[] HTTP = {"jakarta.ws.rs..", "io.vertx..", "org.jboss.resteasy..", "io.quarkus.qute..", "io.quarkus.vertx.http.."};

    /**
     * Services that still speak the web: they throw {@code web.UserError} with a message worded through
     * {@code web.i18n} (and {@code JoinCodeGuard} reads the caller's address off the request). Issue 14
     * item 3 empties this list one service at a time. Never add to it: a new service throws a domain
     * error instead.
     */
    static final Set<String> WEB_DEBT = Set.of("accounts.AccountService", "authoring.Authoring", "classes.AssignmentAttempts",
            "classes.ClassOptions", "classes.ClassService", "classes.JoinCodeGuard", "lessons.Checkpoints", "ops.DatabaseBackup",
            "packs.Drafts", "packs.transfer.PackTransfer", "quiz.AttemptService", "quiz.AttemptStarts", "quiz.CurrentLearner",
            // the pack page's fragment cache (issue 13) is page machinery written as a bean; it moves beside the pages
            "packs.RenderedOnce",
            // landed from issues 11 and 16 beside this map, still throwing UserError with UiText like the services above
            "disputes.DisputeLimiter", "disputes.DisputeService", "disputes.Errata", "disputes.RegradeService", "live.LiveHub", "live.LiveService",
            "live.LiveResults");

    /** The one service that reads the request itself (the caller's address, to throttle wrong join codes). */
    static final Set<String> HTTP_DEBT = Set.of("classes.JoinCodeGuard", "packs.RenderedOnce",
            // the dispute limiter reads the caller's address like JoinCodeGuard; the live hub builds SSE events itself;
            // the errata view reuses the dispute API's JSON record
            "disputes.DisputeLimiter", "disputes.Errata", "live.LiveHub", "live.LiveService",
            // the warm-up is the app's own HTTP client: it asks the server which port it listens on
            "ops.WarmUp");

    static final String ROOT = "org.sourced";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void everyPackageHasALineInTheMap() {
        Map<String, List<String>> map = parse(MAP);
        Set<String> missing = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String module = moduleOf(ROOT, c.getPackageName());
            if (module != null && !map.containsKey(module)) {
                missing.add(module);
            }
        }
        assertThat(missing).as("packages with no line in ModuleMapTest.MAP (and docs/architecture.md)").isEmpty();
    }

    @Test
    void theMapHasNoCycle() {
        assertThat(cycleIn(parse(MAP))).as("a cycle in ModuleMapTest.MAP").isEmpty();
    }

    @Test
    void featuresImportEachOtherOnlyAlongTheArrows() {
        assertNoViolation(arrows(ROOT, MAP), MAIN);
    }

    @Test
    void packagesFormNoCycle() {
        assertNoViolation(noCycles(ROOT), MAIN);
    }

    @Test
    void rulesImportNoFrameworkEntityOrWebType() {
        assertNoViolation(rulesArePlain(ROOT), MAIN);
    }

    @Test
    void entitiesAndServicesImportNoPageOrHttpType() {
        assertNoViolation(servicesKnowNoPage(ROOT, HTTP_DEBT), MAIN);
    }

    @Test
    void entitiesAndServicesImportNoWebTypeBeyondTheDebt() {
        assertNoViolation(servicesKnowNoWeb(ROOT, WEB_DEBT), MAIN);
    }

    /**
     * Markup a template prints unescaped comes from two places only: the sanitiser's {@code SafeHtml} (printed by
     * {@code web.TemplateExtensions.markup}) and {@code packs.RenderedOnce}, which keeps what an escaped template
     * rendered. Charts and the QR code are drawn by tags, escaped like any page.
     */
    @Test
    void onlyTheSanitiserAndTheRenderedCacheMakeUnescapedMarkup() {
        assertNoViolation(noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".web.TemplateExtensions")
                .and().doNotHaveFullyQualifiedName(ROOT + ".packs.RenderedOnce")
                .should().callConstructor(io.quarkus.qute.RawString.class, String.class), MAIN);
        assertNoViolation(noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".web.Markdown")
                .should().callConstructor(org.sourced.web.SafeHtml.class, String.class), MAIN);
    }

    static void assertNoViolation(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
    }

    // ---- the rules, over any root package so that the fixture test can plant violations

    static ArchRule arrows(String root, List<String> lines) {
        Map<String, List<String>> map = parse(lines);
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true);
        for (String module : map.keySet()) {
            layers = layers.layer(module).definedBy(packageOf(root, module));
        }
        for (Map.Entry<String, List<String>> row : map.entrySet()) {
            List<String> targets = row.getValue();
            layers = targets.isEmpty() ? layers.whereLayer(row.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(row.getKey()).mayOnlyAccessLayers(targets.toArray(String[]::new));
        }
        return layers.because("docs/architecture.md draws these arrows and no others");
    }

    static ArchRule noCycles(String root) {
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String module = moduleOf(root, c.getPackageName());
                return module == null ? SliceIdentifier.ignore() : SliceIdentifier.of(module);
            }

            @Override
            public String getDescription() {
                return "modules of the map";
            }
        }).should().beFreeOfCycles();
    }

    static ArchRule rulesArePlain(String root) {
        String[] rules = RULES.stream().map(m -> packageOf(root, m)).toArray(String[]::new);
        List<String> forbidden = new ArrayList<>(List.of(FRAMEWORK));
        return noClasses().that().resideInAnyPackage(rules).should().dependOnClassesThat(
                        DescribedPredicate.describe("framework, entity or a non-rule package of the app",
                                (JavaClass t) -> forbidden.stream().anyMatch(p -> t.getPackageName().startsWith(p.replace("..", "")))
                                        || isAppButNotRule(root, t)))
                .because("rules are plain Java, unit-tested without Quarkus");
    }

    /** Entities and services import no page (a resource, its templates and view records) and no HTTP type. */
    static ArchRule servicesKnowNoPage(String root, Set<String> debt) {
        return noClasses().that(DescribedPredicate.describe("are entities or services",
                        (JavaClass c) -> (isEntity(c) || isService(c)) && !debt.contains(outermost(c).getName().substring(root.length() + 1))))
                .should().dependOnClassesThat(DescribedPredicate.describe("are page or HTTP types",
                        (JavaClass t) -> isPage(t) || isHttp(t)))
                .because("services return domain results; the web turns them into statuses and pages");
    }

    /** Entities and services import nothing of {@code web} (its errors, bundles, helpers); the debt aside. */
    static ArchRule servicesKnowNoWeb(String root, Set<String> debt) {
        return noClasses().that(DescribedPredicate.describe("are entities or services",
                        (JavaClass c) -> (isEntity(c) || isService(c)) && !debt.contains(outermost(c).getName().substring(root.length() + 1))))
                .should().dependOnClassesThat(DescribedPredicate.describe("are web types",
                        (JavaClass t) -> t.getPackageName().equals(root + ".web") || t.getPackageName().startsWith(root + ".web.")))
                .because("services return domain results; the one exception mapper in web words them for the reader");
    }

    // ---- what the words of the map mean

    static boolean isEntity(JavaClass c) {
        return c.isAnnotatedWith("jakarta.persistence.Entity");
    }

    /** A service: an application-scoped bean of a feature that is not a resource, a filter or an HTTP mechanism. */
    static boolean isService(JavaClass c) {
        boolean bean = c.isAnnotatedWith("jakarta.enterprise.context.ApplicationScoped") || c.isAnnotatedWith("jakarta.inject.Singleton");
        return bean && !isPage(c) && !c.getPackageName().contains(".web")
                && c.getAllRawInterfaces().stream().noneMatch(i -> i.getPackageName().startsWith("io.quarkus")
                        || i.getPackageName().startsWith("io.vertx") || i.getPackageName().startsWith("jakarta.ws.rs"));
    }

    /** A page: a resource or route class, or one nested in it (its templates and view records). */
    static boolean isPage(JavaClass c) {
        JavaClass outer = outermost(c);
        return outer.isAnnotatedWith("jakarta.ws.rs.Path")
                || outer.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("io.quarkus.vertx.web.Route")
                        || m.getRawParameterTypes().stream().anyMatch(p -> p.getName().equals("io.vertx.ext.web.Router")));
    }

    static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    static boolean isHttp(JavaClass t) {
        return List.of(HTTP).stream().anyMatch(p -> t.getPackageName().startsWith(p.replace("..", "")));
    }

    static boolean isAppButNotRule(String root, JavaClass t) {
        String module = moduleOf(root, t.getPackageName());
        return module != null && !RULES.contains(module);
    }

    // ---- the table

    static Map<String, List<String>> parse(List<String> lines) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String line : lines) {
            String[] sides = line.split("->", -1);
            List<String> targets = new ArrayList<>();
            for (String t : sides[1].split(",")) {
                if (!t.isBlank()) {
                    targets.add(t.strip());
                }
            }
            map.put(sides[0].strip(), targets);
        }
        return map;
    }

    /** The module a package belongs to: {@code web.i18n} is part of {@code web}; null outside the root. */
    static String moduleOf(String root, String pkg) {
        if (pkg.equals(root)) {
            return "(root)";
        }
        if (!pkg.startsWith(root + ".")) {
            return null;
        }
        String rest = pkg.substring(root.length() + 1);
        return rest.equals("web") || rest.startsWith("web.") ? "web" : rest;
    }

    static String packageOf(String root, String module) {
        return switch (module) {
            case "(root)" -> root;
            case "web" -> root + ".web..";
            default -> root + "." + module;
        };
    }

    /** One cycle of the table as a path of modules, or an empty list. */
    static List<String> cycleIn(Map<String, List<String>> map) {
        Set<String> done = new HashSet<>();
        for (String start : map.keySet()) {
            List<String> path = cycleFrom(start, map, new ArrayList<>(), done);
            if (!path.isEmpty()) {
                return path;
            }
        }
        return List.of();
    }

    private static List<String> cycleFrom(String at, Map<String, List<String>> map, List<String> stack, Set<String> done) {
        if (stack.contains(at)) {
            List<String> path = new ArrayList<>(stack.subList(stack.indexOf(at), stack.size()));
            path.add(at);
            return path;
        }
        if (!done.add(at)) {
            return List.of();
        }
        stack.add(at);
        for (String next : map.getOrDefault(at, List.of())) {
            List<String> path = cycleFrom(next, map, stack, done);
            if (!path.isEmpty()) {
                return path;
            }
        }
        stack.remove(stack.size() - 1);
        return List.of();
    }
}

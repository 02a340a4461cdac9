package org.sourced;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each rule of {@link ModuleMapTest} fails on a violation planted in {@code org.sourced.modulemap.fixture}
 * (test sources only): proof that the map test can fail, and a sample of what its report looks like.
 */
class ModuleMapFixtureTest {

    static final String FIXTURE = "org.sourced.modulemap.fixture";

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void anImportWithoutAnArrowFails() {
        List<String> map = List.of("scoring -> ", "web -> ", "accounts -> web", "quiz -> accounts, web");
        assertThat(details(ModuleMapTest.arrows(FIXTURE, map)))
                .anyMatch(d -> d.contains("fixture.accounts.PlantedAccounts") && d.contains("fixture.quiz.PlantedService"))
                .anyMatch(d -> d.contains("fixture.scoring.PlantedRule") && d.contains("fixture.web.PlantedError"))
                .noneMatch(d -> d.startsWith("Field <" + FIXTURE + ".quiz.PlantedService.accounts>"));
    }

    @Test
    void aCycleBetweenPackagesFails() {
        assertThat(details(ModuleMapTest.noCycles(FIXTURE))).anyMatch(d -> d.contains("Cycle detected") && d.contains("accounts")
                && d.contains("quiz"));
    }

    @Test
    void aCycleInTheTableItselfFails() {
        assertThat(ModuleMapTest.cycleIn(ModuleMapTest.parse(List.of("a -> b", "b -> c", "c -> a", "d -> a"))))
                .containsExactly("a", "b", "c", "a");
        assertThat(ModuleMapTest.cycleIn(ModuleMapTest.parse(List.of("a -> b, c", "b -> c", "c -> ")))).isEmpty();
    }

    @Test
    void aRuleImportingTheFrameworkOrTheWebFails() {
        assertThat(details(ModuleMapTest.rulesArePlain(FIXTURE)))
                .anyMatch(d -> d.contains("PlantedRule") && d.contains("jakarta.enterprise.context.ApplicationScoped"))
                .anyMatch(d -> d.contains("PlantedRule") && d.contains("PlantedError"));
    }

    @Test
    void aServiceImportingHttpOrWebFails() {
        assertThat(details(ModuleMapTest.servicesKnowNoPage(FIXTURE, Set.of())))
                .anyMatch(d -> d.contains("PlantedService.answer()") && d.contains("jakarta.ws.rs.core.Response"));
        assertThat(details(ModuleMapTest.servicesKnowNoWeb(FIXTURE, Set.of())))
                .anyMatch(d -> d.contains("PlantedService.answer()") && d.contains("PlantedError"));
        assertThat(details(ModuleMapTest.servicesKnowNoWeb(FIXTURE, Set.of("quiz.PlantedService"))))
                .as("a service on the debt list is let through").noneMatch(d -> d.contains("PlantedService"));
    }

    private static List<String> details(ArchRule rule) {
        return rule.evaluate(PLANTED).getFailureReport().getDetails();
    }
}

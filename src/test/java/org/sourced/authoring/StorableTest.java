package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sourced.web.UserError;

/** What is refused before it reaches the database, whatever else the draft's problems are. */
class StorableTest {

    @Test
    void aDraftWithProblemsIsStorable() {
        assertThatCode(() -> Authoring.checkStorable(Map.of("pack.yaml", "id: p\ntitle: T\n"), "p")).doesNotThrowAnyException();
    }

    @Test
    void anIdThatCannotBeAnAddressIsRefused() {
        assertThatThrownBy(() -> Authoring.checkStorable(Map.of("pack.yaml", "id: \"a\\\"b/../c\"\n"), "a\"b/../c"))
                .isInstanceOf(UserError.class).hasMessageContaining("may hold only");
    }

    @Test
    void aChangedIdOrAnUnreadableManifestIsRefused() {
        assertThatThrownBy(() -> Authoring.checkStorable(Map.of("pack.yaml", "id: q\n"), "p")).hasMessageContaining("must stay 'p'");
        assertThatThrownBy(() -> Authoring.checkStorable(Map.of("pack.yaml", "id: [\n"), "p")).hasMessageContaining("readable");
        assertThatThrownBy(() -> Authoring.checkStorable(Map.of("lessons/01-a.md", "x"), "p")).hasMessageContaining("readable");
    }

    @Test
    void whatDoesNotFitItsColumnIsRefused() {
        assertThatThrownBy(() -> Authoring.checkStorable(Map.of("pack.yaml", "id: p\nsummary: " + "s".repeat(2001) + "\n"), "p"))
                .hasMessageContaining("The summary has 2001 characters");
        assertThatThrownBy(() -> Authoring.checkStorable(Map.of("pack.yaml", "id: p\nversion: " + "v".repeat(51) + "\n"), "p"))
                .hasMessageContaining("version label");
        assertThatThrownBy(() -> Authoring.checkStorable(Map.of("pack.yaml", "id: p\n", "lessons/" + "x".repeat(300) + ".md", "t"), "p"))
                .hasMessageContaining("longer than 300");
    }
}

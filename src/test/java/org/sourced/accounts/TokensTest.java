package org.sourced.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A CI run got a 401 on an attempt's own token: the token began with "sp_" in some case, so the authentication
 * mechanism took it for an API token. A secret never has an underscore third, so it never looks prefixed.
 */
class TokensTest {

    @Test
    void aDrawThatLooksLikeAPrefixedTokenIsDrawnAgain() {
        ArrayDeque<String> draws = new ArrayDeque<>(List.of("Sp_4f9a", "lv_0000", "sP_x", "ab_c", "spx_ok"));
        assertThat(Tokens.unprefixed(draws::poll)).isEqualTo("spx_ok");
        assertThat(draws).isEmpty();
    }

    @Test
    void secretsAreLongAndNeverLookPrefixed() {
        for (int i = 0; i < 20_000; i++) {
            String s = Tokens.secret();
            assertThat(s).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(s.charAt(2)).as(s).isNotEqualTo('_');
        }
    }
}

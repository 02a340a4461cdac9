package org.sourced.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesAreTwelveCharactersWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCodes.generate();
            assertThat(code).hasSize(12).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{12}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theSameRandomnessGivesTheSameCode() {
        assertThat(JoinCodes.generate(new Random(7))).isEqualTo(JoinCodes.generate(new Random(7)));
    }

    @Test
    void typedCodesAreReadWhateverTheCaseSpacesOrDashes() {
        assertThat(JoinCodes.normalise(" k7qm-3xhd r9pa ")).isEqualTo("K7QM3XHDR9PA");
        assertThat(JoinCodes.normalise(null)).isEmpty();
        assertThat(JoinCodes.normalise("<script>")).isEqualTo("SCRIPT");
    }

    @Test
    void codesAreShownInGroupsOfFour() {
        assertThat(JoinCodes.display("K7QM3XHDR9PA")).isEqualTo("K7QM-3XHD-R9PA");
        assertThat(JoinCodes.display("ABCDE")).isEqualTo("ABCD-E");
    }
}

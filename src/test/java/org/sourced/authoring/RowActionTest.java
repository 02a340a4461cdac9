package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one rule that reorders the editor's rows, for the ↑ ↓ buttons and a drag alike; without Quarkus. */
class RowActionTest {

    private static final List<String> ROWS = List.of("a", "b", "c", "d");

    private static RowAction parse(String action) {
        return RowAction.parse(action).orElseThrow();
    }

    @Test
    void aMoveTakesTheRowOutAndPutsItBackAtItsPlaceTheRowsBetweenShift() {
        assertThat(parse("move-3-0").apply(ROWS)).containsExactly("d", "a", "b", "c");
        assertThat(parse("move-0-2").apply(ROWS)).containsExactly("b", "c", "a", "d");
        assertThat(parse("move-1-1").apply(ROWS)).isEqualTo(ROWS);
        assertThat(parse("move-3-0").target(4)).isZero();
    }

    @Test
    void upAndDownAreMovesByOnePlaceAndDoNothingAtTheEnds() {
        assertThat(parse("up-2").apply(ROWS)).isEqualTo(parse("move-2-1").apply(ROWS)).containsExactly("a", "c", "b", "d");
        assertThat(parse("down-0").apply(ROWS)).isEqualTo(parse("move-0-1").apply(ROWS));
        assertThat(parse("up-0").apply(ROWS)).isEqualTo(ROWS);
        assertThat(parse("down-3").apply(ROWS)).isEqualTo(ROWS);
    }

    @Test
    void removeDropsTheRow() {
        assertThat(parse("remove-1").apply(ROWS)).containsExactly("a", "c", "d");
        assertThat(parse("remove-1").target(4)).isEqualTo(-1);
    }

    @Test
    void otherActionsAreNotRowActions() {
        assertThat(RowAction.parse(null)).isEmpty();
        assertThat(RowAction.parse("save")).isEmpty();
        assertThat(RowAction.parse("add-choice")).isEmpty();
        assertThat(RowAction.parse("moveable")).isEmpty();
    }

    @Test
    void aRowTheFormDoesNotHaveDoesNotFitAndIsNeverApplied() {
        assertThat(parse("move-4-0").fits(4)).isFalse();
        assertThat(parse("move-0-4").fits(4)).isFalse();
        assertThat(parse("up-7").fits(4)).isFalse();
        assertThat(parse("remove-4").fits(4)).isFalse();
        assertThat(parse("move-0-0").fits(0)).isFalse();
        assertThat(parse("move-3-0").fits(4)).isTrue();
        // a row verb whose numbers do not parse is a row action that fits nothing, not a save
        for (String tampered : List.of("move-1", "move-a-b", "move--1-2", "up-", "down-x", "move-1-99999999999")) {
            assertThat(parse(tampered).fits(40)).as(tampered).isFalse();
        }
        assertThatThrownBy(() -> parse("move-9-0").apply(ROWS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMovedRowsButtonOfTheSameDirectionTakesTheFocusOrTheOtherOneAtAnEnd() {
        assertThat(parse("up-2").focus(4)).isEqualTo("up");
        assertThat(parse("up-1").focus(4)).as("now first").isEqualTo("down");
        assertThat(parse("down-1").focus(4)).isEqualTo("down");
        assertThat(parse("down-2").focus(4)).as("now last").isEqualTo("up");
        assertThat(parse("move-3-1").focus(4)).isEqualTo("up");
        assertThat(parse("move-3-0").focus(4)).isEqualTo("down");
        assertThat(parse("move-0-3").focus(4)).isEqualTo("up");
        assertThat(parse("remove-0").focus(4)).isEmpty();
        assertThat(parse("move-0-0").focus(1)).as("a single row has both buttons disabled").isEmpty();
    }
}

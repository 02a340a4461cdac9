package org.sourced.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tags printed inside a sentence (an answer's choices joined by "; ", a source's kind after its title) end without
 * whitespace: a file's last newline is part of a Qute tag's output, and once put a space before each separator of a
 * result page's answer ("… aggression. ; Fact Investigation …").
 */
class InlineTagsTest {

    @ParameterizedTest
    @ValueSource(strings = {"choiceText", "citedPassage", "sourceKind"})
    void anInlineTagEndsWithItsLastCharacterOfMarkup(String tag) throws IOException {
        String text = Files.readString(Path.of("src/main/resources/templates/tags/" + tag + ".html"));
        assertThat(text).as("tags/%s.html", tag).isNotBlank().doesNotEndWith("\n").doesNotEndWith(" ");
        assertThat(text.charAt(text.length() - 1)).as("tags/%s.html ends with markup", tag).isIn('>', '}');
    }
}

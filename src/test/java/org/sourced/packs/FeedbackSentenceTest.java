package org.sourced.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;

/** "The answer: A; B." reads as one sentence, whatever punctuation the choices carry. */
class FeedbackSentenceTest {

    private static Feedback keyed(String... texts) {
        List<Choice> key = java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new Choice("c" + i, texts[i], true, null)).toList();
        return new Feedback("multiple", true, 1, false, key, List.of(), "Because.", List.of());
    }

    @Test
    void choicesLoseTheirOwnFullStopInsideTheSentence() {
        Feedback f = keyed("Pashinyan stayed away.", "Armenia froze its membership։", "No full stop");
        assertThat(f.keyInSentence()).extracting(Choice::text)
                .containsExactly("Pashinyan stayed away", "Armenia froze its membership", "No full stop");
        assertThat(f.needsFullStop()).isTrue();
        assertThat(f.keyInSentence()).extracting(Choice::id).containsExactly("c0", "c1", "c2");
    }

    @Test
    void aQuestionOrAnEllipsisKeepsItsMarkAndNeedsNoFullStop() {
        assertThat(keyed("Who asked for help?").needsFullStop()).isFalse();
        assertThat(keyed("It went on...").keyInSentence()).extracting(Choice::text).containsExactly("It went on...");
        assertThat(keyed("Together…").needsFullStop()).isFalse();
    }
}

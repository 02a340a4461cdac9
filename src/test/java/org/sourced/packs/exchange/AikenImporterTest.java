package org.sourced.packs.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

class AikenImporterTest {

    @Test
    void readsQuestionsAndReportsEachMistakeWithItsLine() throws IOException {
        ImportResult result = Exchange.importer(ExchangeFormat.AIKEN, ImportLimits.DEFAULTS)
                .read(GiftImporterTest.resource("aiken/questions.txt"));

        assertThat(result.questions()).hasSize(2);
        Question first = result.questions().get(0);
        assertThat(first.id()).isEqualTo("q-1");
        assertThat(first.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(first.stem()).isEqualTo("Which city is the capital of Armenia?");
        assertThat(first.choices()).containsExactly(new Choice("a", "Yerevan", true, null),
                new Choice("b", "Gyumri", false, null), new Choice("c", "Vanadzor", false, null));
        assertThat(first.objective()).isEqualTo("imported");
        Question second = result.questions().get(1);
        assertThat(second.stem()).isEqualTo("Where was the treaty signed?\nIt names the city in its closing lines.");
        assertThat(second.correctChoiceIds()).containsExactly("b");

        assertThat(result.problems()).containsExactly(
                new ImportProblem(16, "answer \"D\" is not among the options (A, B); question skipped"),
                new ImportProblem(18, "fewer than 2 options (A) ..., B) ...); question skipped"),
                new ImportProblem(22, "missing ANSWER: line after the options; question skipped"),
                new ImportProblem(26, "option A) without a question before it; ignored"),
                new ImportProblem(27, "ANSWER: without a question before it; ignored"),
                new ImportProblem(29, "missing ANSWER: line after the options; question skipped"));
    }
}

package org.sourced.packs.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourced.packs.format.Ids;
import org.sourced.packs.exchange.Exchange;
import org.sourced.packs.exchange.ExchangeFormat;
import org.sourced.packs.exchange.ImportLimits;
import org.sourced.packs.exchange.ImportProblem;
import org.sourced.packs.exchange.ImportResult;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.Problem;

/** The draft pack an LMS import makes: read back by the pack reader, flagged where evidence is missing. */
class LmsDraftTest {

    static final LmsDraft.Settings SETTINGS = new LmsDraft.Settings("my-quiz", "my-quiz", "hy", "Ana", "Imported from GIFT on 2026-01-01.");

    static ImportResult gift(String text) {
        return Exchange.importer(ExchangeFormat.GIFT, ImportLimits.DEFAULTS).read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void questionsWithoutEvidenceOrExplanationAreFlaggedAndTheDraftStillReads() {
        ImportResult result = gift("""
                $CATEGORY: $course$/top/Armenia basics/capitals

                ::capital:: What is the capital of Armenia? {=Yerevan ~Gyumri ####Yerevan has been the capital since 1918.}

                ::founded:: The treaty was signed in 1992. {T}
                """);

        LmsDraft.Built built = LmsDraft.build(result, SETTINGS);

        assertThat(built.questions()).isEqualTo(2);
        assertThat(built.problems()).extracting(ImportProblem::message).containsExactly(
                "question capital has no evidence: it stays flagged until a source, locator and note are added",
                "question founded has no evidence: it stays flagged until a source, locator and note are added",
                "question founded has no explanation: it stays flagged until one is written");
        PackReader.Result read = PackReader.read(built.files(), "");
        PackContent draft = read.draft();
        assertThat(draft.id()).isEqualTo("my-quiz");
        assertThat(draft.manifest().title()).isEqualTo("Armenia basics");
        assertThat(draft.manifest().language()).isEqualTo("hy");
        assertThat(draft.manifest().authors()).containsExactly("Ana");
        assertThat(draft.manifest().objectives()).extracting(o -> o.id() + "=" + o.title()).containsExactly("capitals=capitals");
        assertThat(draft.questions()).extracting(q -> q.explanation())
                .containsExactly("Yerevan has been the capital since 1918.", null);
        // publishing needs these fixed: the reader reports exactly the flagged pieces
        assertThat(read.ok()).isFalse();
        assertThat(read.problems()).extracting(Problem::message).containsOnly(
                "a question needs at least one evidence item {source, locator, note}", "'explanation' is empty");
    }

    @Test
    void whatTheReaderFindsBesidesTheFlagsIsReportedAsAboutTheDraft() {
        ImportResult result = gift("// [id:Capital]\nWhat is the capital of Armenia? {=Yerevan ~Gyumri ####Yerevan.}\n");
        // the importer maps an LMS id to a pack id itself, and says so (issue 10)
        assertThat(result.questions()).extracting(Question::id).containsExactly("capital");
        assertThat(result.problems()).extracting(ImportProblem::message).anySatisfy(m -> assertThat(m).contains("\"Capital\" is not a pack id"));

        // whatever an importer still lets through, the draft's reader catches, placed in the draft
        Question q = result.questions().get(0);
        Question bad = new Question("Capital", q.type(), q.stem(), q.claim(), q.verdict(), q.choices(), q.explanation(), q.evidence(),
                q.objective(), q.difficulty(), q.points(), q.tags(), q.responseFeedback());
        ImportResult unmapped = new ImportResult(result.title(), List.of(bad), result.sources(), List.of(), result.objectiveTitles(), result.pack());

        List<ImportProblem> problems = LmsDraft.build(unmapped, SETTINGS).problems();

        assertThat(problems).extracting(ImportProblem::message).anySatisfy(m -> assertThat(m)
                .startsWith("in the draft, questions/imported.yaml line ").contains("question id 'Capital' may hold only lower-case"));
    }

    @Test
    void aTitleLessFileTakesItsTitleFromTheSettings() {
        ImportResult result = Exchange.importer(ExchangeFormat.AIKEN, ImportLimits.DEFAULTS)
                .read("Capital of Armenia?\nA) Yerevan\nB) Gyumri\nANSWER: A\n".getBytes(StandardCharsets.UTF_8));

        PackContent draft = PackReader.read(LmsDraft.build(result, SETTINGS).files(), "").draft();

        assertThat(draft.manifest().title()).isEqualTo("my-quiz");
        assertThat(draft.manifest().summary()).isEqualTo("Imported from GIFT on 2026-01-01.");
        assertThat(draft.manifest().licence()).isEqualTo("unspecified");
        assertThat(draft.manifest().version()).isEqualTo("1.0");
    }

    @Test
    void slugsAreIdsAPackMayHave() {
        assertThat(PackTransfer.slug("Armenia & the CSTO: 1992–2024")).isEqualTo("armenia-the-csto-1992-2024");
        assertThat(PackTransfer.slug("Ça déménage")).isEqualTo("ca-demenage");
        assertThat(PackTransfer.slug("Հայաստան")).isEmpty();
        assertThat(PackTransfer.slug("x".repeat(80))).hasSize(60);
        assertThat(Ids.isId(PackTransfer.slug("A title, with - dashes -"))).isTrue();
    }
}

package org.sourced.packs.exchange;

import org.sourced.packs.format.EvidenceText;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * How an evidence-choice item travels in formats that have no such type: as a multiple-answer question whose choices
 * are the passages written out ({@link EvidenceText#full}: the source's title, kind, publisher and date, the locator
 * and the note), the claim quoted after the stem as a claim-check item's is. The choices keep their evidence, so
 * {@link SourcedMetadata} writes it as {@code [sourced:choice-evidence]} and Sourced reads the item back whole; an LMS
 * shows the passages as text, without the source's entry or a link.
 */
final class EvidenceExport {

    private EvidenceExport() {
    }

    /** The question with every evidence choice's text written out; any other question as it is. */
    static Question forExport(Question q, Manifest manifest) {
        if (q.type() != QuestionType.EVIDENCE_CHOICE) {
            return q;
        }
        return new Question(q.id(), q.type(), q.stem(), q.claim(), q.verdict(),
                q.choices().stream().map(c -> c.evidence() == null ? c : c.withText(EvidenceText.full(c, manifest))).toList(),
                q.explanation(), q.evidence(), q.objective(), q.difficulty(), q.points(), q.tags(), q.responseFeedback());
    }

    /** Whether the stem is followed by a quoted claim: claim-check items, and evidence-choice items that have one. */
    static boolean quotesClaim(Question q) {
        return q.type() == QuestionType.CLAIM_CHECK || q.type() == QuestionType.EVIDENCE_CHOICE && q.claim() != null;
    }

    /** What the export report says of an evidence-choice item in {@code format}. */
    static ImportProblem reported(Question q, String format, boolean metadata) {
        return new ImportProblem(0, q.id() + ": " + format + " has no evidence-choice question; exported as a "
                + (q.correctChoiceIds().size() == 1 && !metadata ? "single-answer" : "multiple-answer")
                + " question with each passage (source, kind, locator, note) written into its choice's text; the source's "
                + "entry and link are lost" + (metadata ? " in an LMS (Sourced reads the item back whole from its metadata)" : ""));
    }
}

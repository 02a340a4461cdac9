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

    /**
     * What an export says of an evidence-choice item. Aiken loses the passages, so its report says so; GIFT, Moodle XML
     * and QTI keep them in Sourced's metadata, so (as for claim-check items) nothing is reported lost and GIFT says it
     * in a comment above the item.
     */
    static String note(Question q, String format) {
        boolean aiken = format.equals("Aiken");
        return format + " has no evidence-choice question; " + q.id() + " is exported as a "
                + (aiken ? "single-answer" : "multiple-answer") + " question with each passage (source, kind, locator, note) "
                + "written into its choice's text; an LMS shows no source entry or link"
                + (aiken ? ", and Sourced reads it back as a single-answer question" : " (Sourced reads the item back whole from [sourced:choice-evidence])");
    }
}

package org.sourced.packs.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * Writes Aiken: single-answer questions only, each on one line. True-false and claim-check items go as
 * single-choice ones; multiple-answer and ordering items are reported.
 */
final class AikenExporter implements QuestionExporter {

    private static final int MAX_OPTIONS = 26;

    @Override
    public Exported write(PackContent pack) {
        StringBuilder out = new StringBuilder();
        List<ImportProblem> problems = new ArrayList<>();
        problems.add(new ImportProblem(0, "Aiken keeps only the question, its choices and the right answer: ids, "
                + "feedback, explanations, evidence, tags and objectives are left out, and so are hints and the pack's "
                + "summary, licence, authors and objective titles"));
        for (Question original : pack.questions()) {
            Question q = EvidenceExport.forExport(original, pack.manifest());
            if (q.type() == QuestionType.EVIDENCE_CHOICE && q.correctChoiceIds().size() != 1) {
                problems.add(new ImportProblem(0, q.id() + ": Aiken has only single-answer questions; this evidence-choice "
                        + "question has " + q.correctChoiceIds().size() + " right passages and is left out"));
                continue;
            }
            if (q.type() == QuestionType.EVIDENCE_CHOICE) {
                problems.add(new ImportProblem(0, q.id() + ": " + EvidenceExport.note(q, "Aiken")));
            }
            if (q.type() == QuestionType.MULTIPLE || q.type() == QuestionType.ORDERING) {
                problems.add(new ImportProblem(0, q.id() + ": Aiken has only single-answer questions; this "
                        + q.type().key() + " question is left out"));
                continue;
            }
            if (q.choices().size() > MAX_OPTIONS) {
                problems.add(new ImportProblem(0, q.id() + ": Aiken allows at most " + MAX_OPTIONS + " choices; left out"));
                continue;
            }
            String text = EvidenceExport.quotesClaim(q)
                    ? (q.stem() == null ? "" : q.stem() + " ") + "Claim: " + q.claim()
                    : q.stem();
            out.append(oneLine(text)).append('\n');
            char right = 'A';
            for (int i = 0; i < q.choices().size(); i++) {
                Choice c = q.choices().get(i);
                char letter = (char) ('A' + i);
                out.append(letter).append(") ").append(oneLine(c.text())).append('\n');
                if (c.correct()) {
                    right = letter;
                }
            }
            out.append("ANSWER: ").append(right).append("\n\n");
        }
        return new Exported(out.toString().getBytes(StandardCharsets.UTF_8), problems);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}

package org.sourced.packs.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.Evidence;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.packs.format.ScoringPolicy;
import org.sourced.packs.format.Source;
import org.sourced.packs.format.SourceKind;
import org.sourced.packs.format.Verdict;

/** A pack with every question type and the awkward characters each format has to escape. */
final class SamplePack {

    static final Source TREATY = new Source("treaty", SourceKind.PRIMARY, "Collective Security Treaty", "CSTO",
            LocalDate.of(1992, 5, 15), "https://en.odkb-csto.org/documents/");
    static final Source REPORT = new Source("wire-2022", SourceKind.REPORT, "Leaders meet in Yerevan <live>",
            "A wire & news service", LocalDate.of(2022, 11, 23), null);

    private SamplePack() {
    }

    static PackContent pack() {
        return pack(questions());
    }

    static PackContent pack(List<Question> questions) {
        Manifest manifest = new Manifest("tiny", "A tiny pack / test", "Shows every question type.", "en", "1.0",
                "CC-BY-4.0", List.of("Sourced authors"),
                List.of(new Objective("basics", "The basics"), new Objective("dates", "Dates")),
                List.of(TREATY, REPORT), List.of(), ScoringPolicy.DEFAULT);
        return new PackContent(manifest, List.of(), questions, Map.of(), "hash");
    }

    static List<Question> questions() {
        return List.of(
                new Question("signed-where", QuestionType.SINGLE,
                        "In which city was the *treaty* signed? {braces} ~tilde =equals #hash: colon \\ backslash",
                        null, null,
                        List.of(new Choice("a", "Tashkent", true, "Right: the closing lines say so."),
                                new Choice("b", "Moscow", false, "The treaty names Tashkent, not Moscow."),
                                new Choice("c", "%50% of Minsk", false, null)),
                        "The treaty's own text gives Tashkent.\n\nSecond paragraph: see Art. 11.",
                        List.of(new Evidence("treaty", "closing lines", "Names Tashkent and 15 May 1992."),
                                new Evidence("wire-2022", "para. 4", "Repeats \"Tashkent\" [sic] <b>as the place</b> & date.")),
                        "basics", 1, 1, List.of("core", "1992")),
                new Question("first-members", QuestionType.MULTIPLE, "Which states signed in 1992?\nPick all.", null, null,
                        List.of(new Choice("armenia", "Armenia", true, null),
                                new Choice("russia", "Russia", true, "Yes, in Tashkent."),
                                new Choice("georgia", "Georgia", false, "Georgia joined in 1993."),
                                new Choice("ukraine", "Ukraine", false, null)),
                        "Six states signed in Tashkent.",
                        List.of(new Evidence("treaty", "preamble", "Lists the signatories.")),
                        "basics", 3, 2, List.of("core")),
                new Question("tf-force", QuestionType.TRUE_FALSE, "The treaty entered into force in 1992.", null, null,
                        List.of(new Choice("true", "True", false, "No: signed in 1992, in force in 1994."),
                                new Choice("false", "False", true, "Right: it entered into force in 1994.")),
                        "Signature and entry into force are different dates.",
                        List.of(new Evidence("treaty", "Art. 11", "Entry into force after ratification.")),
                        "dates", 2, 1, List.of()),
                new Question("claim-ukraine", QuestionType.CLAIM_CHECK, "Does the record support this claim?",
                        "Ukraine signed the treaty in 1992.\nSo said a reader comment.", Verdict.REFUTED,
                        List.of(new Choice("supported", Verdict.SUPPORTED.label(), false, "The list of signatories has no Ukraine."),
                                new Choice("refuted", Verdict.REFUTED.label(), true, "Right."),
                                new Choice("not-in-evidence", Verdict.NOT_IN_EVIDENCE.label(), false, null)),
                        "The signatories are listed; Ukraine is not among them.",
                        List.of(new Evidence("treaty", "preamble", "The signatories.")),
                        "basics", 2, 1, List.of("claims")),
                new Question("claim-no-stem", QuestionType.CLAIM_CHECK, null,
                        "The 2022 summit was held in Yerevan.", Verdict.SUPPORTED,
                        List.of(new Choice("supported", Verdict.SUPPORTED.label(), true, null),
                                new Choice("refuted", Verdict.REFUTED.label(), false, null),
                                new Choice("not-in-evidence", Verdict.NOT_IN_EVIDENCE.label(), false, null)),
                        "The wire report is datelined Yerevan.",
                        List.of(new Evidence("wire-2022", "dateline", "Yerevan, 23 November 2022.")),
                        "dates", 1, 1, List.of()),
                new Question("order-dates", QuestionType.ORDERING, "Put these in order, earliest first.", null, null,
                        List.of(new Choice("signed", "The treaty is signed", true, null),
                                new Choice("force", "The treaty enters into force", true, null),
                                new Choice("summit", "The Yerevan summit", true, null)),
                        "Signature (1992), force (1994), summit (2022).",
                        List.of(new Evidence("treaty", "Art. 11", "Dates."), new Evidence("wire-2022", "para. 1", "Summit date.")),
                        "dates", 2, 3, List.of("core")));
    }

    static List<Question> without(QuestionType type) {
        return questions().stream().filter(q -> q.type() != type).toList();
    }
}

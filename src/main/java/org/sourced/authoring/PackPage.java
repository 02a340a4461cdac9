package org.sourced.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sourced.packs.PackVersion;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.Source;

/**
 * What the pack page shows: the draft's parts with their problems, and the published versions.
 *
 * @param workspace null when the pack has no draft
 * @param unchanged the draft holds exactly the newest published version
 */
public record PackPage(String packId, String title, PackVersion draft, Workspace workspace, List<PackVersion> published,
                       List<LessonRow> lessons, List<QuestionRow> questions, List<Objective> objectives, List<Source> sources,
                       List<Workspace.ProblemView> problems, List<QuestionFixes> questionFixes,
                       List<Workspace.ProblemView> otherProblems, int flaggedForEvidence, boolean unchanged) {

    /** A question's problems in the teacher's words, numbered as the pack lists it. */
    public record QuestionFixes(int number, String id, String excerpt, String href, List<Fix> fixes) {
    }

    /** One thing to do, linked to the field (or the evidence pass step) that does it. */
    public record Fix(String text, String href) {
    }

    public record LessonRow(String id, String title, String objective, String href, int problems) {
    }

    public record QuestionRow(String id, String type, String text, String objective, String href, int problems, boolean editable) {
    }

    public static PackPage of(String packId, PackVersion draft, Workspace w, List<PackVersion> published) {
        if (w == null || w.content() == null) {
            String title = published.isEmpty() ? packId : published.get(0).title;
            List<Workspace.ProblemView> all = w == null ? List.of() : w.problemViews();
            return new PackPage(packId, title, draft, w, published, List.of(), List.of(), List.of(), List.of(),
                    all, List.of(), all, 0, false);
        }
        String base = "/teach/packs/" + packId;
        List<LessonRow> lessons = w.content().lessons().stream().map(l -> new LessonRow(l.id(), title(l), l.objective(),
                l.id() != null && Ids.isId(l.id()) ? base + "/lessons/" + l.id() : w.fileHref(l.path()),
                w.problemsOfFile(l.path()).size())).toList();
        List<QuestionRow> questions = w.content().questions().stream().map(q -> questionRow(w, base, q)).toList();
        boolean unchanged = !published.isEmpty() && draft.contentHash.equals(published.get(0).contentHash);
        List<QuestionFixes> fixes = new ArrayList<>();
        Set<Problem> placed = new HashSet<>();
        List<Question> all = w.content().questions();
        for (int i = 0; i < all.size(); i++) {
            Question q = all.get(i);
            List<Problem> problems = q.id() == null ? List.of() : w.problemsOfQuestion(q.id());
            if (!problems.isEmpty()) {
                placed.addAll(problems);
                fixes.add(fixesOf(w, base, i + 1, q, problems));
            }
        }
        List<Workspace.ProblemView> others = w.problems().stream().filter(p -> !placed.contains(p))
                .map(p -> new Workspace.ProblemView(p.toString(), w.href(p))).toList();
        return new PackPage(packId, w.title(), draft, w, published, lessons, questions, w.manifest().objectives(),
                w.manifest().sources(), w.problemViews(), fixes, others, EvidencePass.flagged(w).size(), unchanged);
    }

    private static QuestionFixes fixesOf(Workspace w, String base, int number, Question q, List<Problem> problems) {
        String editor = w.formEditable(q.id()) ? base + "/questions/" + q.id() : null;
        List<Fix> fixes = new ArrayList<>();
        for (Problem p : problems) {
            ProblemWords.Words words = ProblemWords.of(p.message());
            String href = editor == null ? w.href(p)
                    : words.field().fixedInPass() ? base + "/evidence/" + q.id()
                    : words.anchor() != null ? editor + "#" + words.anchor() : editor;
            fixes.add(new Fix(words.text().current(), href));
        }
        return new QuestionFixes(number, q.id(), excerpt(q), editor == null ? w.href(problems.get(0)) : editor, fixes);
    }

    /** The start of a question's text, as the pack page names it beside its number. */
    static String excerpt(Question q) {
        String text = q.stem() != null ? q.stem() : q.claim() != null ? q.claim() : "";
        text = text.strip().replaceAll("\\s+", " ");
        return text.length() <= 60 ? text : text.substring(0, text.lastIndexOf(' ', 60) > 30 ? text.lastIndexOf(' ', 60) : 60) + "…";
    }

    /** Problems to fix, counted once each: the question groups and the rest. */
    public int problemCount() {
        return otherProblems.size() + questionFixes.stream().mapToInt(f -> f.fixes().size()).sum();
    }

    private static QuestionRow questionRow(Workspace w, String base, Question q) {
        String path = w.places().of(q.id() == null ? "" : q.id()).map(QuestionPlaces.Place::path).orElse("");
        boolean editable = w.editable(q.id());
        String text = q.stem() != null ? q.stem() : q.claim() != null ? q.claim() : "(no text yet)";
        return new QuestionRow(q.id() == null ? "(no id)" : q.id(), q.type() == null ? "?" : q.type().key(), text, q.objective(),
                w.formEditable(q.id()) ? base + "/questions/" + q.id() : w.fileHref(path), q.id() == null ? 0 : w.problemsOfQuestion(q.id()).size(),
                editable);
    }

    private static String title(Lesson l) {
        return l.title() == null ? "(untitled)" : l.title();
    }

    public boolean hasDraft() {
        return workspace != null;
    }

    public boolean canPublish() {
        return workspace != null && workspace.ok() && !unchanged;
    }

    public PackVersion latest() {
        return published.isEmpty() ? null : published.get(0);
    }
}

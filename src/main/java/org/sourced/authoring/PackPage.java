package org.sourced.authoring;

import java.util.List;

import org.sourced.packs.PackVersion;
import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Objective;
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
                       List<Workspace.ProblemView> problems, boolean unchanged) {

    public record LessonRow(String id, String title, String objective, String href, int problems) {
    }

    public record QuestionRow(String id, String type, String text, String objective, String href, int problems) {
    }

    public static PackPage of(String packId, PackVersion draft, Workspace w, List<PackVersion> published) {
        if (w == null || w.content() == null) {
            String title = published.isEmpty() ? packId : published.get(0).title;
            return new PackPage(packId, title, draft, w, published, List.of(), List.of(), List.of(), List.of(),
                    w == null ? List.of() : w.problemViews(), false);
        }
        String base = "/teach/packs/" + packId;
        List<LessonRow> lessons = w.content().lessons().stream().map(l -> new LessonRow(l.id(), title(l), l.objective(),
                l.id() != null && Ids.isId(l.id()) ? base + "/lessons/" + l.id() : w.fileHref(l.path()),
                w.problemsOfFile(l.path()).size())).toList();
        List<QuestionRow> questions = w.content().questions().stream().map(q -> questionRow(w, base, q)).toList();
        boolean unchanged = !published.isEmpty() && draft.contentHash.equals(published.get(0).contentHash);
        return new PackPage(packId, w.title(), draft, w, published, lessons, questions, w.manifest().objectives(),
                w.manifest().sources(), w.problemViews(), unchanged);
    }

    private static QuestionRow questionRow(Workspace w, String base, Question q) {
        String path = w.places().of(q.id() == null ? "" : q.id()).map(QuestionPlaces.Place::path).orElse("");
        boolean editable = q.id() != null && q.type() != null && Ids.isId(q.id()) && w.canRewrite(path);
        String text = q.stem() != null ? q.stem() : q.claim() != null ? q.claim() : "(no text yet)";
        return new QuestionRow(q.id() == null ? "(no id)" : q.id(), q.type() == null ? "?" : q.type().key(), text, q.objective(),
                editable ? base + "/questions/" + q.id() : w.fileHref(path), q.id() == null ? 0 : w.problemsOfQuestion(q.id()).size());
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

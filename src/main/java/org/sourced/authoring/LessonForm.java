package org.sourced.authoring;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.PackWriter;
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;

/**
 * The lesson editor's form and its rules (the reader's, per field), plain Java.
 *
 * @param sources the ids of the sources the lesson draws on, in the pack's order
 */
public record LessonForm(boolean isNew, String id, String title, String objective, List<String> sources, String body) {

    private static final Pattern LESSON_PATH = Pattern.compile("lessons/(\\d{2})-[a-z0-9-]+\\.md");
    /** Text past this is a pasted book, not a lesson; the database column holds a million characters. */
    static final int MAX_BODY = 200_000;

    public record Context(Set<String> objectiveIds, Set<String> sourceIds, Set<String> lessonIds, Set<String> questionIds) {
    }

    public LessonForm {
        sources = List.copyOf(sources);
    }

    public static LessonForm blank(String objective) {
        return new LessonForm(true, "", "", objective == null ? "" : objective, List.of(), "");
    }

    public static LessonForm of(Lesson l) {
        return new LessonForm(false, nz(l.id()), nz(l.title()), nz(l.objective()), l.sources(), nz(l.body()));
    }

    /** @param fixedId the lesson's id when it exists already (ids are stable: they are in URLs) */
    public static LessonForm parse(FormFields f, String fixedId) {
        boolean isNew = fixedId == null;
        return new LessonForm(isNew, isNew ? f.text("id") : fixedId, f.text("title"), f.text("objective"), f.all("sources"),
                f.raw("body"));
    }

    public FormErrors validate(Context ctx) {
        FormErrors errors = FormErrors.none();
        if (isNew) {
            if (id.isEmpty()) {
                errors.add("id", UiText.teach(t -> t.errLessonIdNeeded()));
            } else if (!Ids.isNewId(id)) {
                errors.add("id", UiText.teach(t -> t.errIdForm()));
            } else if (QuestionForm.RESERVED_IDS.contains(id)) {
                errors.add("id", UiText.teach(t -> t.errReservedId(id)));
            } else if (ctx.lessonIds().contains(id)) {
                errors.add("id", UiText.teach(t -> t.errLessonExists(id)));
            }
        }
        if (title.isEmpty()) {
            errors.add("title", UiText.teach(t -> t.errLessonTitle()));
        }
        if (objective.isEmpty()) {
            errors.add("objective", UiText.teach(t -> t.errLessonObjective()));
        } else if (!ctx.objectiveIds().contains(objective)) {
            errors.add("objective", UiText.teach(t -> t.errNoObjective(objective)));
        }
        for (String s : sources) {
            if (!ctx.sourceIds().contains(s)) {
                errors.add("sources", UiText.teach(t -> t.errNoSource(s)));
            }
        }
        if (body.isBlank()) {
            errors.add("body", UiText.teach(t -> t.errLessonBody()));
        } else if (body.length() > MAX_BODY) {
            errors.add("body", UiText.teach(t -> t.errLessonTooLong(MAX_BODY)));
        } else {
            checkCheckpoints(errors, ctx.questionIds());
        }
        return errors;
    }

    private void checkCheckpoints(FormErrors errors, Set<String> questionIds) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m = Lesson.CHECKPOINT.matcher(line);
            int lineNo = i + 1;
            if (m.matches()) {
                if (!questionIds.contains(m.group(1))) {
                    String questionId = m.group(1);
                    errors.add("body", UiText.teach(t -> t.errCheckpointUnknown(lineNo, questionId)));
                }
            } else if (line.startsWith("[[")) {
                errors.add("body", UiText.teach(t -> t.errCheckpointForm(lineNo)));
            }
        }
    }

    /** The lesson this form describes, stored at {@code path}; call only when {@link #validate} found nothing. */
    public Lesson toLesson(String path) {
        String text = body.endsWith("\n") ? body : body + "\n";
        return new Lesson(id, title, objective, sources, text, path);
    }

    public boolean cites(String sourceId) {
        return sources.contains(sourceId);
    }

    /** Where a new lesson goes: after the last one, {@code lessons/NN-<id>.md}; null when 99 lessons are used up. */
    public static String newPath(String id, Collection<String> existingPaths) {
        int last = 0;
        for (String p : existingPaths) {
            Matcher m = LESSON_PATH.matcher(p);
            if (m.matches()) {
                last = Math.max(last, Integer.parseInt(m.group(1)));
            }
        }
        if (last >= 99) {
            return null;
        }
        return String.format("lessons/%02d-%s.md", last + 1, PackWriter.slug(id));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package org.sourced.lessons;

import java.util.List;
import java.util.Map;

import org.sourced.packs.Feedback;
import org.sourced.packs.StudentQuestion;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.web.Markdown;
import org.sourced.web.SafeHtml;

/** A rendered run of lesson text, or a checkpoint question (with its feedback once answered). */
public record LessonPart(SafeHtml html, StudentQuestion question, CheckpointResult result) {

    public boolean isCheckpoint() {
        return question != null;
    }

    public Feedback feedback() {
        return result == null ? null : result.feedback();
    }

    /** What the student picked, or null before an answer. */
    public List<String> answer() {
        return result == null ? null : result.answer();
    }

    /** Element ids on the page start with this, so two checkpoints never share an id. */
    public String prefix() {
        return "cp-" + question.id();
    }

    static List<LessonPart> of(PackContent pack, Lesson lesson, Map<String, CheckpointResult> answered, long seed) {
        return lesson.parts().stream().map(part -> {
            if (part.checkpoint() == null) {
                return new LessonPart(Markdown.render(part.markdown()), null, null);
            }
            Question q = pack.question(part.checkpoint()).orElseThrow();
            return new LessonPart(null, Checkpoints.present(q, seed, pack.manifest()), answered.get(q.id()));
        }).toList();
    }
}

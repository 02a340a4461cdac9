package org.sourced.packs.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole pack as read from its files: immutable, and identified by the hash of those files.
 *
 * @param files every file of the pack, path inside the pack to text; what a zip export writes back
 */
public record PackContent(Manifest manifest, List<Lesson> lessons, List<Question> questions,
                          Map<String, String> files, String contentHash) {

    public PackContent {
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
        files = Map.copyOf(files);
    }

    public String id() {
        return manifest.id();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }
}

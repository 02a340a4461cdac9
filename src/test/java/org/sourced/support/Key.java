package org.sourced.support;

import java.util.List;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * The answer keys of the shipped pack, read from content/ the way the validator reads it. Tests take keys
 * from here, never from the app under test.
 */
public final class Key {

    public static final String PACK = "csto-armenia";
    private static volatile PackContent shipped;

    private Key() {
    }

    public static PackContent pack() {
        PackContent p = shipped;
        if (p == null) {
            PackReader.Result result = PackFolder.readOne(PackFiles.SHIPPED, "packs/" + PACK + "/").result();
            p = result.pack().orElseThrow(() -> new AssertionError("the shipped pack does not validate: " + result.problems()));
            shipped = p;
        }
        return p;
    }

    /** The pack's own language first, then each translation shipped under its i18n/ folder, by tag. */
    public static List<String> languages() {
        java.io.File[] tags = new java.io.File("content/packs/" + PACK + "/i18n").listFiles(java.io.File::isDirectory);
        List<String> languages = new java.util.ArrayList<>(List.of(pack().manifest().language()));
        if (tags != null) {
            java.util.Arrays.stream(tags).map(java.io.File::getName).sorted().forEach(languages::add);
        }
        return languages;
    }

    public static Question question(String id) {
        return pack().question(id).orElseThrow(() -> new AssertionError("no question " + id));
    }

    /** The right answer as posted: the correct choice ids, or for ordering items every item in the right order. */
    public static List<String> right(String questionId) {
        Question q = question(questionId);
        return q.type() == QuestionType.ORDERING ? q.correctOrder() : List.copyOf(q.correctChoiceIds());
    }

    /** A wrong answer that earns nothing: one wrong choice, or (ordering) the right order reversed. */
    public static List<String> wrong(String questionId) {
        Question q = question(questionId);
        if (q.type() == QuestionType.ORDERING) {
            List<String> reversed = new java.util.ArrayList<>(q.correctOrder());
            java.util.Collections.reverse(reversed);
            return reversed;
        }
        return List.of(q.choices().stream().filter(c -> !c.correct()).map(Choice::id).findFirst().orElseThrow());
    }

    /** The text of a choice, to find it on a page. */
    public static String text(String questionId, String choiceId) {
        return question(questionId).choice(choiceId).orElseThrow().text();
    }

    /** The first question of the given type, in file order. */
    public static Question firstOfType(QuestionType type) {
        return pack().questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }
}

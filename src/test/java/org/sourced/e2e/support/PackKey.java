package org.sourced.e2e.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sourced.packs.format.Choice;
import org.sourced.packs.format.EvidenceText;
import org.sourced.packs.format.Source;
import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;

/**
 * The answer key, read from the pack's own files as the app reads them, never from the page: a test that
 * took the key from the page could not notice the page showing the wrong one.
 */
public final class PackKey {

    private final PackContent pack;

    private PackKey(PackContent pack) {
        this.pack = pack;
    }

    /** A shipped pack, from {@code content/packs/<id>/}. */
    public static PackKey of(String packId) {
        PackReader.Result read = PackFolder.readOne(Path.of("content", "packs", packId), packId + "/").result();
        if (!read.ok()) {
            throw new IllegalStateException("Pack " + packId + " does not read cleanly: " + read.problems());
        }
        return new PackKey(read.pack().orElseThrow());
    }

    public PackContent pack() {
        return pack;
    }

    public String title() {
        return pack.manifest().title();
    }

    public Lesson firstLesson() {
        return pack.lessons().get(0);
    }

    public Question question(String id) {
        return pack.question(id).orElseThrow(() -> new AssertionError("No question " + id + " in " + pack.id()));
    }

    /**
     * The question a page shows, found by its stem, its claim (claim checks share a stem) and its choices
     * (some ordering questions share a stem too).
     */
    public Question question(Browser.ShownQuestion shown) {
        List<Question> matches = pack.questions().stream()
                .filter(q -> Browser.squash(q.stem()).equals(shown.stem()))
                .filter(q -> q.claim() == null || Browser.squash(q.claim()).equals(shown.claim()))
                .filter(q -> new java.util.HashSet<>(q.choices().stream().map(this::shown).toList())
                        .equals(new java.util.HashSet<>(shown.choices())))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " questions of " + pack.id() + " match the one on the page: " + shown);
        }
        return matches.get(0);
    }

    /** The texts to pick (or, for ordering, the items in order) for a wholly right answer. */
    public List<String> rightAnswer(Question q) {
        return picks(q, true).stream().map(this::shown).toList();
    }

    /**
     * An answer that scores nothing under every rule: one wrong choice (so partial credit has nothing to give),
     * or, for ordering, the items reversed (no pair in the right order).
     */
    public List<String> wrongAnswer(Question q) {
        return picks(q, false).stream().map(this::shown).toList();
    }

    /** The choices {@link #rightAnswer} or {@link #wrongAnswer} picks, in the order it picks them. */
    public List<Choice> picks(Question q, boolean right) {
        if (q.type() == QuestionType.ORDERING) {
            List<Choice> items = new ArrayList<>(q.choices());
            if (!right) {
                java.util.Collections.reverse(items);
            }
            return items;
        }
        if (right) {
            return q.choices().stream().filter(Choice::correct).toList();
        }
        Choice wrong = q.choices().stream().filter(c -> !c.correct()).findFirst()
                .orElseThrow(() -> new AssertionError("Question " + q.id() + " has no wrong choice"));
        return List.of(wrong);
    }

    /**
     * A choice as a table of counts labels it (the live projector, the statistics): its text, or for a passage the
     * brief form, source id, locator and note ({@link EvidenceText#brief}).
     */
    public String tableLabel(Choice c) {
        return Browser.squash(EvidenceText.brief(c));
    }

    /**
     * A choice's label as the page shows it: its text, or for a passage of an evidence-choice question the source's
     * title, publisher and kind, the locator and the note (tags/citedPassage.html).
     */
    String shown(Choice c) {
        if (c.evidence() == null) {
            return Browser.squash(c.text());
        }
        Source s = pack.manifest().source(c.evidence().source()).orElseThrow();
        String kind = switch (s.kind()) {
            case REPORT -> "report";
            case COMMENTARY -> "commentary";
            case FACT_CHECK -> "fact-check";
            case PRIMARY -> "primary";
            case COMMENT -> "comment";
        };
        return Browser.squash(s.title() + (s.publisher() == null ? "" : ", " + s.publisher()) + " " + kind + " · "
                + c.evidence().locator() + ": " + c.evidence().note());
    }

    public String explanation(Question q) {
        return Browser.squash(Objects.requireNonNullElse(q.explanation(), ""));
    }
}

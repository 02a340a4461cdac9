package org.sourced.e2e.support;

import java.util.List;

import org.sourced.packs.format.Question;

/**
 * The student's steps in the app's own words, on top of {@link Browser}: start a quiz on a pack, answer the
 * question on the page right or wrong (the key comes from the pack's files, see {@link PackKey}).
 */
public final class Student {

    public static final String PRACTICE = "Practice: see the answer and its evidence after each question";
    public static final String EXAM = "Exam: answers and evidence at the end";
    public static final String TIME_LIMIT = "Time limit for an exam, in minutes (leave empty for none)";

    private final Browser browser;
    private final PackKey key;

    public Student(Browser browser, PackKey key) {
        this.browser = browser;
        this.key = key;
    }

    public Browser browser() {
        return browser;
    }

    /** From the home page to the pack's page, by its title. */
    public Student opensThePack() {
        browser.open("/").follow(key.title());
        return this;
    }

    /** Starts a 10-question practice quiz on the whole pack and lands on question 1. */
    public Student startsPractice() {
        browser.choose("10").choose(PRACTICE).press("Start");
        return this;
    }

    /** Starts a 10-question exam on the whole pack, with a time limit in minutes, and lands on question 1. */
    public Student startsExam(int minutes) {
        browser.choose("10").choose(EXAM).fill(TIME_LIMIT, String.valueOf(minutes)).press("Start");
        return this;
    }

    /** Answers the question on the page (without sending it yet); returns the question as the pack has it. */
    public Question answers(boolean right) {
        Question q = key.question(browser.question());
        browser.answer(right ? key.rightAnswer(q) : key.wrongAnswer(q));
        return q;
    }

    /** The answer, in the words the page shows, that {@link #answers(boolean)} gave. */
    public List<String> answerTexts(Question q, boolean right) {
        return right ? key.rightAnswer(q) : key.wrongAnswer(q);
    }

    /** The attempt's own address, from the question page's: what a student bookmarks to come back. */
    public String attemptLink() {
        String path = browser.path();
        int questions = path.indexOf("/questions/");
        if (!path.startsWith("/attempts/") || questions < 0) {
            throw new AssertionError("Not on a question page: " + path);
        }
        return path.substring(0, questions);
    }
}

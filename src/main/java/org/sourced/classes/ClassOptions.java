package org.sourced.classes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.sourced.classes.ClassPages.Option;
import org.sourced.web.i18n.ClassMessages;
import org.sourced.web.i18n.UiText;

/** The fixed choices of the class forms, for templates ({@code cdi:classOptions}). */
@Named("classOptions")
@ApplicationScoped
public class ClassOptions {

    static final List<Option> JOIN_WITH = List.of(new Option("account", "an account (name, email, password)"),
            new Option("nickname", "a nickname only"));
    static final List<Option> MODES = List.of(new Option("exam", "Exam: feedback after submitting"),
            new Option("practice", "Practice: feedback after each answer"));
    static final List<Option> LATE = List.of(new Option("refuse", "Refuse: no attempt after closing"),
            new Option("flag", "Accept and mark late"));
    static final List<Option> SCORE_COUNTS = List.of(new Option("best", "The best attempt"), new Option("last", "The last attempt"),
            new Option("mean", "The mean of all attempts"));
    static final List<Option> SWITCH = List.of(new Option("", "As the pack says"), new Option("on", "On"), new Option("off", "Off"));

    // the lists above hold the keys and the English; the forms show the reader's language

    public List<Option> joinWith() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new Option("account", m.joinWithAccount()), new Option("nickname", m.joinWithNickname()));
    }

    public List<Option> modes() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new Option("exam", m.optionExam()), new Option("practice", m.optionPractice()));
    }

    public List<Option> late() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new Option("refuse", m.optionRefuse()), new Option("flag", m.optionFlag()));
    }

    public List<Option> scoreCounts() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new Option("best", m.optionBest()), new Option("last", m.optionLast()), new Option("mean", m.optionMean()));
    }

    public List<Option> switches() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new Option("", m.optionAsPack()), new Option("on", m.optionOn()), new Option("off", m.optionOff()));
    }
}

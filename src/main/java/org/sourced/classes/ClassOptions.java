package org.sourced.classes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.sourced.web.SelectOption;
import org.sourced.web.i18n.ClassMessages;
import org.sourced.web.i18n.UiText;

/** The fixed choices of the class forms, for templates ({@code cdi:classOptions}). */
@Named("classOptions")
@ApplicationScoped
public class ClassOptions {

    static final List<SelectOption> JOIN_WITH = List.of(new SelectOption("account", "an account (name, email, password)"),
            new SelectOption("nickname", "a nickname only"));
    static final List<SelectOption> MODES = List.of(new SelectOption("exam", "Exam: feedback after submitting"),
            new SelectOption("practice", "Practice: feedback after each answer"));
    static final List<SelectOption> LATE = List.of(new SelectOption("refuse", "Refuse: no attempt after closing"),
            new SelectOption("flag", "Accept and mark late"));
    static final List<SelectOption> SCORE_COUNTS = List.of(new SelectOption("best", "The best attempt"), new SelectOption("last", "The last attempt"),
            new SelectOption("mean", "The mean of all attempts"));
    static final List<SelectOption> SWITCH = List.of(new SelectOption("", "As the pack says"), new SelectOption("on", "On"), new SelectOption("off", "Off"));

    // the lists above hold the keys and the English; the forms show the reader's language

    public List<SelectOption> joinWith() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new SelectOption("account", m.joinWithAccount()), new SelectOption("nickname", m.joinWithNickname()));
    }

    public List<SelectOption> modes() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new SelectOption("exam", m.optionExam()), new SelectOption("practice", m.optionPractice()));
    }

    public List<SelectOption> late() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new SelectOption("refuse", m.optionRefuse()), new SelectOption("flag", m.optionFlag()));
    }

    public List<SelectOption> scoreCounts() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new SelectOption("best", m.optionBest()), new SelectOption("last", m.optionLast()), new SelectOption("mean", m.optionMean()));
    }

    public List<SelectOption> switches() {
        ClassMessages m = UiText.Bundles.current(ClassMessages.class);
        return List.of(new SelectOption("", m.optionAsPack()), new SelectOption("on", m.optionOn()), new SelectOption("off", m.optionOff()));
    }
}

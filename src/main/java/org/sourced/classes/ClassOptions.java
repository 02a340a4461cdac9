package org.sourced.classes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.sourced.classes.ClassPages.Option;

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

    public List<Option> joinWith() {
        return JOIN_WITH;
    }

    public List<Option> modes() {
        return MODES;
    }

    public List<Option> late() {
        return LATE;
    }

    public List<Option> scoreCounts() {
        return SCORE_COUNTS;
    }

    public List<Option> switches() {
        return SWITCH;
    }
}

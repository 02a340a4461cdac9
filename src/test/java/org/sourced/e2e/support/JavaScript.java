package org.sourced.e2e.support;

/** Whether the browser runs the pages' scripts: every student flow must work both ways. */
public enum JavaScript {
    ENABLED, DISABLED;

    public boolean on() {
        return this == ENABLED;
    }
}

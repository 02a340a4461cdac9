package org.sourced.classes;

import org.sourced.accounts.Viewer;

/** Who asks, for the ownership checks: a teacher sees their own classes, the admin every class. */
public record Caller(long accountId, boolean admin) {

    public static Caller of(Viewer viewer) {
        return new Caller(viewer.id(), viewer.isAdmin());
    }

    boolean owns(Classroom c) {
        return admin || c.teacherId == accountId;
    }
}

package org.sourced.accounts;

import java.util.Arrays;
import java.util.Set;

/** What an account may do. An admin is also a teacher: it can do everything a teacher can. */
public enum Role {
    ADMIN("admin"),
    TEACHER("teacher"),
    STUDENT("student");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The security roles an identity with this role holds. */
    public Set<String> grants() {
        return switch (this) {
            case ADMIN -> Set.of("admin", "teacher", "student");
            case TEACHER -> Set.of("teacher", "student");
            case STUDENT -> Set.of("student");
        };
    }

    public static Role fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role " + key));
    }
}

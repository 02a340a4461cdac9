package org.sourced.authoring;

import java.util.regex.Pattern;

/** The id rules of the pack format, for forms that check them before the reader does. */
final class Ids {
    /** A pack id made in the browser: lower-case letters, digits and '-'. */
    static final Pattern PACK = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    /** Objective and source ids, as the reader allows them. */
    static final Pattern PACK_PART = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private Ids() {
    }
}

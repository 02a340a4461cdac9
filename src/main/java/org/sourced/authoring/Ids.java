package org.sourced.authoring;

import java.util.regex.Pattern;

/** The id rules of the pack format, for forms that check them before the reader does. */
final class Ids {
    /** A pack id made in the browser: lower-case letters, digits and '-'. */
    static final Pattern PACK = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    // objective, source and stored pack ids follow the reader's own rule: PackReader.isId

    private Ids() {
    }
}

package org.sourced.packs.format;

/** One thing wrong with a pack, where it is. Printed as {@code file:line: message}. */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

package org.sourced.packs.exchange;

/**
 * Something an importer could not map, or an exporter could not write.
 *
 * @param line 1-based line in the file (for XML, of the element concerned); 0 when there is no line
 * @param message what went wrong and, where it helps, what to do; inside a zip it starts with the entry name
 */
public record ImportProblem(int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}

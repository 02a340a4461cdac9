package org.sourced.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Pack folders for tests: the tiny fixture pack, copies of folders, and finding the line a text was planted on. */
public final class PackFiles {

    /** The fixture pack of src/test/resources/packs/tiny: every question type, two lessons, two objectives. */
    public static final Path TINY = Path.of("src/test/resources/packs/tiny");
    /** The fixture pack of src/test/resources/packs/translated: English, with translations into Armenian and Russian. */
    public static final Path TRANSLATED = Path.of("src/test/resources/packs/translated");
    /** The pack the app ships with. */
    public static final Path SHIPPED = Path.of("content/packs/csto-armenia");

    private PackFiles() {
    }

    /** Path inside the folder to text, as {@code PackReader.read} takes them. */
    public static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the only line of {@code text} that contains {@code marker}. */
    public static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                if (found >= 0) {
                    throw new IllegalArgumentException("'" + marker + "' is on line " + (found + 1) + " and on line " + (i + 1));
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("no line holds '" + marker + "'");
        }
        return found + 1;
    }

    /** The 1-based number of the first line holding {@code marker} after the only line holding {@code after}. */
    public static int lineOf(String text, String after, String marker) {
        int start = lineOf(text, after);
        String[] lines = text.split("\n", -1);
        for (int i = start; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line after '" + after + "' holds '" + marker + "'");
    }

    /** {@code text} with its only occurrence of {@code from} replaced; fails when there is not exactly one. */
    public static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one '" + from + "'");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}

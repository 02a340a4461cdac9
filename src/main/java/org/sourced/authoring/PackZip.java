package org.sourced.authoring;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sourced.packs.exchange.ImportFailure;
import org.sourced.packs.exchange.ImportLimits;
import org.sourced.packs.exchange.SafeZip;
import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.PackReader;

/**
 * A pack as a zip, both ways: {@code <pack-id>/pack.yaml}, {@code <pack-id>/lessons/...}, {@code <pack-id>/questions/...}.
 *
 * <p>Reading trusts nothing in the upload: the app's one zip reader, {@link SafeZip}, refuses names with
 * {@code ..}, a leading {@code /}, a drive letter or a backslash; links; duplicate names; encryption; zip64 and
 * split archives; more entries than allowed; and more inflated bytes than allowed, counted while inflating. What
 * is left here is the pack's own: one pack per zip, at the root or in one top folder, UTF-8 text, the columns'
 * widths. Writing is deterministic: the same files give the same bytes, so a download uploaded again downloads
 * identically.
 */
public final class PackZip {

    /** The caps of one upload; see {@code sourced.upload.*} in application.properties. */
    public record Limits(long maxBytes, int maxEntries, long maxUncompressedBytes) {
    }

    /** Why an upload was refused, with the HTTP status that says so (413 for sizes, 422 for content). */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The widths of pack_file's columns. */
    static final int MAX_PATH = 300;
    static final int MAX_FILE_CHARS = 1_000_000;

    private PackZip() {
    }

    // ---- reading ---------------------------------------------------------------------------------

    /**
     * The pack files of an uploaded zip, path inside the pack to text. The pack is either at the zip's root
     * or in one top folder (as {@link #write} makes it). Dot-files and {@code __MACOSX/} are skipped.
     */
    public static Map<String, String> packFiles(byte[] zip, Limits limits) {
        Map<String, byte[]> entries = entries(zip, limits);
        Map<String, byte[]> files = new LinkedHashMap<>();
        entries.forEach((name, data) -> {
            if (!name.endsWith("/") && !isJunk(name)) {
                files.put(name, data);
            }
        });
        String root = root(files);
        Map<String, String> texts = new TreeMap<>();
        List<String> notUtf8 = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!e.getKey().startsWith(root)) {
                throw new Refused(422, "\"" + e.getKey() + "\" is outside the pack's folder \"" + root
                        + "\": a zip holds one pack, in one folder or at its root.");
            }
            String path = e.getKey().substring(root.length());
            if (path.length() > MAX_PATH) {
                throw new Refused(422, "The path \"" + path + "\" is longer than " + MAX_PATH + " characters.");
            }
            try {
                String text = PackFolder.decodeUtf8(e.getValue());
                if (text.length() > MAX_FILE_CHARS) {
                    throw new Refused(413, "\"" + path + "\" holds more than " + MAX_FILE_CHARS + " characters; split it.");
                }
                texts.put(path, text);
            } catch (CharacterCodingException notText) {
                notUtf8.add(path);
            }
        }
        if (!notUtf8.isEmpty()) {
            throw new Refused(422, "Not valid UTF-8 text: " + String.join(", ", notUtf8)
                    + ". Save these files as UTF-8 (pack files are text) and upload again.");
        }
        return texts;
    }

    /**
     * Every file of the zip, name to bytes, read by the app's one zip reader ({@link SafeZip}: fuzzed, and the
     * refusals of docs/security.md), its refusal worded as a sentence with the status that says it: 413 over a
     * size limit, 422 for anything else.
     */
    static Map<String, byte[]> entries(byte[] zip, Limits limits) {
        try {
            return SafeZip.read(zip, new ImportLimits(limits.maxBytes(), limits.maxEntries(), limits.maxUncompressedBytes()));
        } catch (ImportFailure e) {
            String reason = e.problems().isEmpty() ? "the zip cannot be read" : e.problems().get(0).message();
            throw new Refused(e instanceof ImportFailure.TooBig ? 413 : 422,
                    Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
        }
    }

    private static boolean isJunk(String name) {
        if (name.startsWith("__MACOSX/")) {
            return true;
        }
        for (String segment : name.split("/")) {
            if (segment.startsWith(".")) {
                return true; // .DS_Store, .git/, editor droppings: PackFolder skips them on disk too
            }
        }
        return false;
    }

    /** "" when pack.yaml is at the root, "folder/" when it is in the one top folder. */
    private static String root(Map<String, byte[]> files) {
        if (files.containsKey(PackReader.MANIFEST)) {
            return "";
        }
        List<String> manifests = files.keySet().stream().filter(n -> n.endsWith("/" + PackReader.MANIFEST)
                && n.indexOf('/') == n.length() - PackReader.MANIFEST.length() - 1).toList();
        if (manifests.size() != 1) {
            throw new Refused(422, manifests.isEmpty()
                    ? "The zip has no pack.yaml, neither at its root nor in a top folder: is it a pack?"
                    : "The zip holds several packs (" + String.join(", ", manifests) + "); upload one at a time.");
        }
        String m = manifests.get(0);
        return m.substring(0, m.length() - PackReader.MANIFEST.length());
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** The files under {@code <packId>/}, in path order, with a fixed timestamp ({@link SafeZip#write}). */
    public static byte[] write(String packId, Map<String, String> files) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        new TreeMap<>(files).forEach((path, text) -> entries.put(packId + "/" + path, text.getBytes(StandardCharsets.UTF_8)));
        return SafeZip.write(entries);
    }
}

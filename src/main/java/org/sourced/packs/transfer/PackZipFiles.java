package org.sourced.packs.transfer;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sourced.packs.exchange.ImportFailure;
import org.sourced.packs.exchange.ImportProblem;
import org.sourced.packs.exchange.SafeZip;
import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.PackReader;

/**
 * A pack as a zip: the pack's files under one folder named for the pack ({@code csto-armenia/pack.yaml}).
 * Reading also takes the files at the root, as when a pack folder's contents are zipped.
 */
final class PackZipFiles {

    /**
     * @param folder   the top folder the files were found under ({@code csto-armenia/}), or "" when at the root
     * @param files    path inside the pack to text
     * @param problems entries that were left out (editor and OS droppings)
     */
    record Read(String folder, Map<String, String> files, List<ImportProblem> problems) {
    }

    private PackZipFiles() {
    }

    /** The zip of a stored pack: every file as stored, in path order, so the same pack gives the same bytes. */
    static byte[] write(String packId, Map<String, String> files) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        new TreeMap<>(files).forEach((path, text) -> entries.put(packId + "/" + path, text.getBytes(StandardCharsets.UTF_8)));
        return SafeZip.write(entries);
    }

    /**
     * The pack files among the entries of a zip that {@link SafeZip#read} accepted.
     *
     * @throws ImportFailure naming every entry that is not UTF-8 text
     */
    static Read read(Map<String, byte[]> entries) {
        List<ImportProblem> skipped = new ArrayList<>();
        Map<String, byte[]> kept = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> {
            if (isDropping(name)) {
                skipped.add(new ImportProblem(0, name + ": left out (not part of a pack)"));
            } else {
                kept.put(name, bytes);
            }
        });
        String folder = commonFolder(kept);
        List<ImportProblem> undecodable = new ArrayList<>();
        Map<String, String> files = new TreeMap<>();
        kept.forEach((name, bytes) -> {
            try {
                files.put(name.substring(folder.length()), PackFolder.decodeUtf8(bytes));
            } catch (CharacterCodingException e) {
                undecodable.add(new ImportProblem(0, name + ": not valid UTF-8; save the file as UTF-8"));
            }
        });
        if (!undecodable.isEmpty()) {
            throw new ImportFailure(undecodable);
        }
        return new Read(folder, files, skipped);
    }

    /** macOS resource forks, .DS_Store, editor backups and VCS folders: left out, as a pack folder on disk leaves them. */
    private static boolean isDropping(String name) {
        return name.startsWith("__MACOSX/") || name.startsWith(".") || name.contains("/.");
    }

    /** The one folder every entry sits in when it holds pack.yaml; else "" (the files are at the root). */
    private static String commonFolder(Map<String, byte[]> entries) {
        if (entries.containsKey(PackReader.MANIFEST) || entries.isEmpty()) {
            return "";
        }
        String first = entries.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = first.substring(0, slash + 1);
        boolean shared = entries.keySet().stream().allMatch(name -> name.startsWith(folder));
        return shared && entries.containsKey(folder + PackReader.MANIFEST) ? folder : "";
    }
}

package org.sourced.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.PackReader;

/**
 * A pack as a zip, both ways: {@code <pack-id>/pack.yaml}, {@code <pack-id>/lessons/...}, {@code <pack-id>/questions/...}.
 *
 * <p>Reading trusts nothing in the upload. It walks the central directory itself, because
 * {@code java.util.zip} hides the attributes that mark a symbolic link, and refuses: names with {@code ..},
 * a leading {@code /}, a drive letter or a backslash; links; duplicate names; encryption; zip64 and
 * split archives; more entries than allowed; and more inflated bytes than allowed, counted while
 * inflating (the sizes a zip declares are only used to refuse early). Writing is deterministic: the
 * same files give the same bytes, so a download uploaded again downloads identically.
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

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

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

    /** Every entry of the zip, name to bytes, directories included as empty entries. */
    static Map<String, byte[]> entries(byte[] zip, Limits limits) {
        if (zip.length > limits.maxBytes()) {
            throw new Refused(413, "The file is " + zip.length + " bytes; the limit is " + limits.maxBytes() + " bytes.");
        }
        int end = endOfCentralDirectory(zip);
        if (u16(zip, end + 4) != 0 || u16(zip, end + 6) != 0 || u16(zip, end + 8) != u16(zip, end + 10)) {
            throw damaged("split (multi-part) zips are not supported");
        }
        int declared = u16(zip, end + 10);
        long dirSize = u32(zip, end + 12);
        long dirOffset = u32(zip, end + 16);
        if (declared == 0xFFFF || dirOffset == 0xFFFFFFFFL) {
            throw damaged("zip64 archives are not supported");
        }
        if (declared > limits.maxEntries()) {
            throw new Refused(413, "The zip has " + declared + " entries; the limit is " + limits.maxEntries() + ".");
        }
        if (dirOffset + dirSize > end) {
            throw damaged("its central directory is out of bounds");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long budget = limits.maxUncompressedBytes();
        int pos = (int) dirOffset;
        for (int i = 0; i < declared; i++) {
            if (pos + 46 > end || u32(zip, pos) != CENTRAL) {
                throw damaged("a central directory record is missing");
            }
            int flags = u16(zip, pos + 8);
            int method = u16(zip, pos + 10);
            long crc = u32(zip, pos + 16);
            long compressed = u32(zip, pos + 20);
            long size = u32(zip, pos + 24);
            int nameLength = u16(zip, pos + 28);
            int extraLength = u16(zip, pos + 30);
            int commentLength = u16(zip, pos + 32);
            long attributes = u32(zip, pos + 38);
            long localOffset = u32(zip, pos + 42);
            if (pos + 46L + nameLength + extraLength + commentLength > end) {
                throw damaged("a central directory record is cut short");
            }
            String name = name(zip, pos + 46, nameLength);
            pos += 46 + nameLength + extraLength + commentLength;
            checkName(name);
            // the upper half of the attributes is the Unix mode: file type 0xA000 is a symbolic link
            if (((attributes >>> 16) & 0xF000) == 0xA000) {
                throw new Refused(422, "\"" + name + "\" is a symbolic link; a pack zip holds only files.");
            }
            if (entries.containsKey(name)) {
                throw new Refused(422, "\"" + name + "\" appears twice in the zip.");
            }
            if (name.endsWith("/")) {
                entries.put(name, new byte[0]);
                continue;
            }
            if ((flags & 1) != 0) {
                throw new Refused(422, "\"" + name + "\" is encrypted; upload an unencrypted zip.");
            }
            if (size == 0xFFFFFFFFL || compressed == 0xFFFFFFFFL) {
                throw damaged("zip64 archives are not supported");
            }
            if (size > budget) {
                throw tooBig(limits);
            }
            byte[] data = inflate(zip, name, localOffset, method, compressed, size, budget, limits);
            budget -= data.length;
            CRC32 check = new CRC32();
            check.update(data);
            if (check.getValue() != crc) {
                throw damaged("\"" + name + "\" fails its checksum");
            }
            entries.put(name, data);
        }
        return entries;
    }

    private static byte[] inflate(byte[] zip, String name, long localOffset, int method, long compressed, long size, long budget,
                                  Limits limits) {
        if (localOffset + 30 > zip.length || u32(zip, (int) localOffset) != LOCAL) {
            throw damaged("\"" + name + "\" has no local header where the directory says");
        }
        long start = localOffset + 30 + u16(zip, (int) localOffset + 26) + u16(zip, (int) localOffset + 28);
        if (start + compressed > zip.length) {
            throw damaged("\"" + name + "\" runs past the end of the zip");
        }
        if (method == 0) {
            if (compressed != size) {
                throw damaged("\"" + name + "\" is stored with two different sizes");
            }
            byte[] data = new byte[(int) size];
            System.arraycopy(zip, (int) start, data, 0, data.length);
            return data;
        }
        if (method != 8) {
            throw new Refused(422, "\"" + name + "\" uses compression method " + method + "; only stored and deflated entries are read.");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, (int) start, (int) compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, 1 << 16));
            byte[] buffer = new byte[16 * 1024];
            long produced = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged("\"" + name + "\" ends early");
                }
                produced += n;
                // counted per chunk: a bomb that lies about its size stops one buffer past the cap
                if (produced > budget) {
                    throw tooBig(limits);
                }
                if (produced > size) {
                    throw new Refused(422, "\"" + name + "\" inflates beyond the size it declares: refused as a zip bomb.");
                }
                out.write(buffer, 0, n);
            }
            if (produced != size) {
                throw damaged("\"" + name + "\" inflates to less than it declares");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw damaged("\"" + name + "\" cannot be inflated (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }

    static void checkName(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new Refused(422, "The zip has an entry without a usable name.");
        }
        if (name.contains("\\")) {
            throw new Refused(422, "\"" + name + "\" has a backslash in its name; zip paths use '/'.");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new Refused(422, "\"" + name + "\" is an absolute path; a pack zip holds relative paths only.");
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw new Refused(422, "\"" + name + "\" climbs out of the folder with '..'; refused.");
            }
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

    private static int endOfCentralDirectory(byte[] zip) {
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
            if (u32(zip, i) == END) {
                return i;
            }
        }
        throw new Refused(422, "This is not a zip file (no zip directory at its end).");
    }

    private static String name(byte[] zip, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(zip, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(422, "The zip has an entry whose name is not UTF-8; zip it again with a current tool.");
        }
    }

    private static Refused damaged(String why) {
        return new Refused(422, "The zip is damaged or unsupported: " + why + ".");
    }

    private static Refused tooBig(Limits limits) {
        return new Refused(413, "The zip inflates to more than " + limits.maxUncompressedBytes() + " bytes; refused.");
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** The files under {@code <packId>/}, in path order, with a fixed timestamp. */
    public static byte[] write(String packId, Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(packId + "/" + file.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

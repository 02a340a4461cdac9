package org.sourced.packs.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reads an uploaded zip into memory under {@link ImportLimits}, and writes export zips: the one zip reader of the
 * app (exchange packages, pack transfers and the editor's pack upload, {@code authoring.PackZip}), fuzzed.
 *
 * <p>Reading parses the central directory itself because {@code java.util.zip} does not show the external
 * attributes, which is where a symlink entry says it is one. Sizes are counted while inflating: the sizes a
 * zip declares are only used to refuse early, never trusted.
 */
public final class SafeZip {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int UNIX_FILE_TYPE = 0xF000;
    private static final int UNIX_SYMLINK = 0xA000;
    private static final int ASI_UNIX_EXTRA = 0x756e;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private SafeZip() {
    }

    /** Whether the bytes start like a zip (a local file header or an empty zip's end record). */
    public static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && (le32(bytes, 0) == LOCAL_HEADER || le32(bytes, 0) == END_OF_CENTRAL_DIRECTORY);
    }

    /**
     * @return entry name to content, in central directory order; directories are left out
     * @throws ImportFailure naming the entry for: a path with {@code ..}, an absolute path, a backslash, a
     *                       symlink, a duplicate name, encryption, an unknown compression method, more
     *                       entries or more inflated bytes than the limits allow, or a damaged zip
     */
    public static Map<String, byte[]> read(byte[] zip, ImportLimits limits) {
        limits.checkSize(zip);
        int end = findEndOfCentralDirectory(zip);
        if (le16(zip, end + 4) != 0 || le16(zip, end + 6) != 0) {
            throw fail("split (multi-part) zips are not supported");
        }
        int declaredEntries = le16(zip, end + 10);
        long directorySize = le32u(zip, end + 12);
        long directoryOffset = le32u(zip, end + 16);
        if (declaredEntries == 0xFFFF || directoryOffset == 0xFFFFFFFFL) {
            throw fail("zip64 archives are not supported");
        }
        if (declaredEntries > limits.maxZipEntries()) {
            throw new ImportFailure.TooBig("the zip has " + declaredEntries + " entries; the limit is " + limits.maxZipEntries());
        }
        if (directoryOffset + directorySize > end) {
            throw fail("the zip is damaged (its central directory is out of bounds)");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long inflatedTotal = 0;
        int pos = (int) directoryOffset;
        int count = 0;
        while (pos < directoryOffset + directorySize) {
            if (pos + 46 > zip.length || le32(zip, pos) != CENTRAL_HEADER) {
                throw fail("the zip is damaged (bad central directory record)");
            }
            if (++count > limits.maxZipEntries()) {
                throw new ImportFailure.TooBig("the zip has more than " + limits.maxZipEntries() + " entries");
            }
            int madeBy = le16(zip, pos + 4);
            int flags = le16(zip, pos + 8);
            int method = le16(zip, pos + 10);
            long crc = le32u(zip, pos + 16);
            long compressedSize = le32u(zip, pos + 20);
            long declaredSize = le32u(zip, pos + 24);
            int nameLength = le16(zip, pos + 28);
            int extraLength = le16(zip, pos + 30);
            int commentLength = le16(zip, pos + 32);
            long externalAttributes = le32u(zip, pos + 38);
            long localOffset = le32u(zip, pos + 42);
            if (pos + 46L + nameLength + extraLength + commentLength > zip.length) {
                throw fail("the zip is damaged (a central directory record is cut short)");
            }
            String name = decodeName(zip, pos + 46, nameLength, (flags & 0x800) != 0);
            checkName(name);
            if (isSymlink(externalAttributes, zip, pos + 46 + nameLength, extraLength)) {
                throw fail("entry \"" + name + "\" is a symbolic link; links are refused");
            }
            if (entries.containsKey(name)) {
                throw fail("entry \"" + name + "\" appears twice; duplicate names are refused");
            }
            pos += 46 + nameLength + extraLength + commentLength;
            boolean directory = name.endsWith("/") || ((madeBy >>> 8) == 3 && ((externalAttributes >>> 16) & UNIX_FILE_TYPE) == 0x4000);
            if (directory) {
                continue;
            }
            if ((flags & 1) != 0) {
                throw fail("entry \"" + name + "\" is encrypted; encrypted zips are not supported");
            }
            if (compressedSize == 0xFFFFFFFFL || declaredSize == 0xFFFFFFFFL) {
                throw fail("zip64 archives are not supported");
            }
            if (inflatedTotal + declaredSize > limits.maxUncompressedBytes()) {
                throw bomb(limits, name);
            }
            byte[] data = inflate(zip, name, localOffset, method, compressedSize, declaredSize,
                    limits.maxUncompressedBytes() - inflatedTotal, limits);
            inflatedTotal += data.length;
            CRC32 check = new CRC32();
            check.update(data);
            if (check.getValue() != crc) {
                throw fail("entry \"" + name + "\" is damaged (its checksum does not match)");
            }
            entries.put(name, data);
        }
        return entries;
    }

    /**
     * Writes the entries in order with a fixed timestamp, so that exporting the same pack twice gives the
     * same bytes.
     */
    public static byte[] write(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] inflate(byte[] zip, String name, long localOffset, int method, long compressedSize,
                                  long declaredSize, long budget, ImportLimits limits) {
        if (localOffset + 30 > zip.length || le32(zip, (int) localOffset) != LOCAL_HEADER) {
            throw fail("entry \"" + name + "\" is damaged (no local header where the directory says)");
        }
        int local = (int) localOffset;
        long dataStart = localOffset + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        if (dataStart + compressedSize > zip.length) {
            throw fail("entry \"" + name + "\" is damaged (its data runs past the end of the zip)");
        }
        if (method == 0) {
            if (compressedSize != declaredSize) {
                throw fail("entry \"" + name + "\" is damaged (stored size does not match)");
            }
            byte[] data = new byte[(int) compressedSize];
            System.arraycopy(zip, (int) dataStart, data, 0, data.length);
            return data;
        }
        if (method != 8) {
            throw fail("entry \"" + name + "\" uses compression method " + method
                    + "; only stored and deflated entries are supported");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, (int) dataStart, (int) compressedSize);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(declaredSize, 1 << 20));
            byte[] buffer = new byte[64 * 1024];
            long produced = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw fail("entry \"" + name + "\" is damaged (its compressed data ends early)");
                }
                produced += n;
                // Checked on every chunk, so a bomb stops after at most one buffer past the cap.
                if (produced > budget) {
                    throw bomb(limits, name);
                }
                if (produced > declaredSize) {
                    throw fail("entry \"" + name + "\" inflates beyond its declared size; refused as a possible zip bomb");
                }
                out.write(buffer, 0, n);
            }
            if (produced != declaredSize) {
                throw fail("entry \"" + name + "\" is damaged (it inflates to less than its declared size)");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw fail("entry \"" + name + "\" is damaged (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }

    private static ImportFailure bomb(ImportLimits limits, String name) {
        return new ImportFailure.TooBig("the zip inflates to more than " + limits.maxUncompressedBytes() + " bytes (at entry \""
                + name + "\"); refused as a possible zip bomb");
    }

    private static void checkName(String name) {
        if (name.isEmpty()) {
            throw fail("an entry has an empty name");
        }
        if (name.indexOf('\0') >= 0) {
            throw fail("entry \"" + name.replace('\0', '?') + "\" has a NUL character in its name");
        }
        if (name.indexOf('\\') >= 0) {
            throw fail("entry \"" + name + "\" has a backslash in its name; refused (zip paths use /)");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw fail("entry \"" + name + "\" has an absolute path; refused");
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw fail("entry \"" + name + "\" points outside the zip (\"..\"); refused");
            }
        }
    }

    private static boolean isSymlink(long externalAttributes, byte[] zip, int extraStart, int extraLength) {
        if (((externalAttributes >>> 16) & UNIX_FILE_TYPE) == UNIX_SYMLINK) {
            return true;
        }
        // The "ASi Unix" extra field carries the mode too, for zips written by old Info-ZIP versions.
        int pos = extraStart;
        int end = extraStart + extraLength;
        while (pos + 4 <= end) {
            int tag = le16(zip, pos);
            int size = le16(zip, pos + 2);
            if (tag == ASI_UNIX_EXTRA && size >= 6 && pos + 10 <= end && (le16(zip, pos + 8) & UNIX_FILE_TYPE) == UNIX_SYMLINK) {
                return true;
            }
            pos += 4 + size;
        }
        return false;
    }

    private static String decodeName(byte[] zip, int start, int length, boolean utf8Flag) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(zip, start, length)).toString();
        } catch (CharacterCodingException e) {
            if (utf8Flag) {
                throw fail("an entry name is marked UTF-8 but is not");
            }
            // Zips without the UTF-8 flag use the DOS code page.
            Charset dos = Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;
            return new String(zip, start, length, dos);
        }
    }

    private static int findEndOfCentralDirectory(byte[] zip) {
        int lowest = Math.max(0, zip.length - 22 - 0xFFFF);
        for (int pos = zip.length - 22; pos >= lowest; pos--) {
            if (le32(zip, pos) == END_OF_CENTRAL_DIRECTORY) {
                return pos;
            }
        }
        throw fail("this is not a zip file (no central directory found)");
    }

    private static ImportFailure fail(String message) {
        return new ImportFailure(0, message);
    }

    private static int le16(byte[] b, int pos) {
        return (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int pos) {
        if (pos < 0 || pos + 4 > b.length) {
            return 0;
        }
        return (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8 | (b[pos + 2] & 0xFF) << 16 | (b[pos + 3] & 0xFF) << 24;
    }

    private static long le32u(byte[] b, int pos) {
        return le32(b, pos) & 0xFFFFFFFFL;
    }
}

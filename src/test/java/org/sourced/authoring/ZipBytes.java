package org.sourced.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips for tests, including the hostile ones: entries written as given, then patched where a tool would not go. */
final class ZipBytes {

    private ZipBytes() {
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] zipText(Map<String, String> entries) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        entries.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return zip(bytes);
    }

    /** The zip with {@code entry} marked as a Unix symbolic link (mode 0120777), as `zip --symlinks` makes it. */
    static byte[] markSymlink(byte[] zip, String entry) {
        byte[] out = zip.clone();
        int record = centralRecord(out, entry);
        out[record + 5] = 3; // made by: Unix
        putU32(out, record + 38, 0120777L << 16);
        return out;
    }

    /** The zip with {@code entry}'s declared uncompressed size replaced: a bomb that lies about its size. */
    static byte[] declareSize(byte[] zip, String entry, long size) {
        byte[] out = zip.clone();
        putU32(out, centralRecord(out, entry) + 24, size);
        return out;
    }

    private static int centralRecord(byte[] zip, String entry) {
        int end = zip.length - 22;
        while (u32(zip, end) != 0x06054b50L) {
            end--;
        }
        int pos = (int) u32(zip, end + 16);
        while (u32(zip, pos) == 0x02014b50L) {
            int nameLength = u16(zip, pos + 28);
            String name = new String(zip, pos + 46, nameLength, StandardCharsets.UTF_8);
            if (name.equals(entry)) {
                return pos;
            }
            pos += 46 + nameLength + u16(zip, pos + 30) + u16(zip, pos + 32);
        }
        throw new IllegalArgumentException("no entry " + entry);
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    private static void putU32(byte[] b, int i, long v) {
        for (int k = 0; k < 4; k++) {
            b[i + k] = (byte) (v >>> (8 * k));
        }
    }
}

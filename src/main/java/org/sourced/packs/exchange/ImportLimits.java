package org.sourced.packs.exchange;

/**
 * Caps on what an upload may cost to read.
 *
 * @param maxBytes the uploaded file itself
 * @param maxZipEntries entries in a zip, directories included
 * @param maxUncompressedBytes all entries of a zip together, counted while inflating
 */
public record ImportLimits(long maxBytes, int maxZipEntries, long maxUncompressedBytes) {

    public static final ImportLimits DEFAULTS = new ImportLimits(5_000_000, 2_000, 50_000_000);

    public ImportLimits {
        if (maxBytes <= 0 || maxZipEntries <= 0 || maxUncompressedBytes <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    void checkSize(byte[] file) {
        if (file.length > maxBytes) {
            throw new ImportFailure.TooBig("the file is " + file.length + " bytes; the limit is " + maxBytes + " bytes");
        }
    }
}

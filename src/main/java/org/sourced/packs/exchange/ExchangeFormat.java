package org.sourced.packs.exchange;

import java.util.Arrays;
import java.util.Optional;

/** The question formats Sourced reads and writes besides its own pack files: the one list of them (packs.transfer.TransferFormat adds the pack zip). */
public enum ExchangeFormat {
    GIFT("gift", "GIFT", "text/plain; charset=utf-8", "txt"),
    AIKEN("aiken", "Aiken", "text/plain; charset=utf-8", "txt"),
    MOODLE_XML("moodle-xml", "Moodle XML", "application/xml", "xml"),
    QTI("qti", "QTI 3.0", "application/zip", "zip");

    private final String key;
    private final String title;
    private final String mediaType;
    private final String fileExtension;

    ExchangeFormat(String key, String title, String mediaType, String fileExtension) {
        this.key = key;
        this.title = title;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** The format's name: "GIFT", "QTI 3.0". */
    public String title() {
        return title;
    }

    /** The spelling used in URLs and forms. */
    public String key() {
        return key;
    }

    public static Optional<ExchangeFormat> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The media type of an exported file. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The extension of an exported file, without the dot. GIFT and Aiken are {@code txt} because Moodle's
     * file picker offers GIFT and Aiken imports only for text files.
     */
    public String fileExtension() {
        return fileExtension;
    }
}

package org.sourced.packs.exchange;

import java.util.Arrays;
import java.util.Optional;

/** The question formats Sourced reads and writes besides its own pack files. */
public enum ExchangeFormat {
    GIFT("gift", "text/plain; charset=utf-8", "txt"),
    AIKEN("aiken", "text/plain; charset=utf-8", "txt"),
    MOODLE_XML("moodle-xml", "application/xml", "xml"),
    QTI("qti", "application/zip", "zip");

    private final String key;
    private final String mediaType;
    private final String fileExtension;

    ExchangeFormat(String key, String mediaType, String fileExtension) {
        this.key = key;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
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

package org.sourced.packs.transfer;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.sourced.packs.exchange.ExchangeFormat;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** What the import and export routes take as {@code format}: a Sourced pack zip, or one of the exchange formats. */
public enum TransferFormat {
    ZIP("zip", "Sourced pack", null),
    GIFT("gift", "GIFT", ExchangeFormat.GIFT),
    AIKEN("aiken", "Aiken", ExchangeFormat.AIKEN),
    MOODLE_XML("moodle-xml", "Moodle XML", ExchangeFormat.MOODLE_XML),
    QTI("qti", "QTI 3.0", ExchangeFormat.QTI);

    private final String key;
    private final String title;
    private final ExchangeFormat exchange;

    TransferFormat(String key, String title, ExchangeFormat exchange) {
        this.key = key;
        this.title = title;
        this.exchange = exchange;
    }

    /** The spelling in URLs and forms. */
    public String key() {
        return key;
    }

    /** The format's name: "GIFT", "QTI 3.0". */
    public String title() {
        return title;
    }

    /** The name in the import form's choices, saying which formats are zips. */
    public String label() {
        return "application/zip".equals(mediaType()) ? title + " (zip)" : title;
    }

    /** The exchange format, or null for a pack zip. */
    public ExchangeFormat exchange() {
        return exchange;
    }

    public boolean isPackZip() {
        return exchange == null;
    }

    public String mediaType() {
        return exchange == null ? "application/zip" : exchange.mediaType();
    }

    public String fileExtension() {
        return exchange == null ? "zip" : exchange.fileExtension();
    }

    /** The format named {@code key}; a 400 that lists the formats when there is none. */
    public static TransferFormat of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().orElseThrow(() -> UserError.badRequest(key == null || key.isBlank()
                ? UiText.xfer(x -> x.errFormatMissing(keys())) : UiText.xfer(x -> x.errFormatUnknown(key, keys()))));
    }

    /** {@code zip|gift|aiken|moodle-xml|qti} */
    public static String keys() {
        return Arrays.stream(values()).map(TransferFormat::key).collect(Collectors.joining("|"));
    }
}

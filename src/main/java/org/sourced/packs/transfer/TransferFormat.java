package org.sourced.packs.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sourced.packs.exchange.ExchangeFormat;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * What the import and export routes take as {@code format}: a Sourced pack zip ({@link #ZIP}), or one of the
 * exchange formats, which {@link ExchangeFormat} lists (once: this adds only the pack zip).
 *
 * @param exchange the exchange format, or null for a pack zip
 */
public record TransferFormat(ExchangeFormat exchange) {

    public static final TransferFormat ZIP = new TransferFormat(null);
    private static final List<TransferFormat> ALL = Stream.concat(Stream.of(ZIP),
            Arrays.stream(ExchangeFormat.values()).map(TransferFormat::new)).toList();

    /** The pack zip first, then the exchange formats in their order. */
    public static List<TransferFormat> values() {
        return ALL;
    }

    /** The spelling in URLs and forms. */
    public String key() {
        return exchange == null ? "zip" : exchange.key();
    }

    /** The format's name: "Sourced pack", "GIFT", "QTI 3.0". */
    public String title() {
        return exchange == null ? "Sourced pack" : exchange.title();
    }

    /** The name in the import form's choices, saying which formats are zips. */
    public String label() {
        return "application/zip".equals(mediaType()) ? title() + " (zip)" : title();
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
        return ALL.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() -> UserError.badRequest(key == null || key.isBlank()
                ? UiText.xfer(x -> x.errFormatMissing(keys())) : UiText.xfer(x -> x.errFormatUnknown(key, keys()))));
    }

    /** {@code zip|gift|aiken|moodle-xml|qti} */
    public static String keys() {
        return ALL.stream().map(TransferFormat::key).collect(Collectors.joining("|"));
    }
}

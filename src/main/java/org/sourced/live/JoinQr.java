package org.sourced.live;

import io.nayuki.qrcodegen.QrCode;

/**
 * The join address as a QR code, drawn on the server (Nayuki's qrcodegen) as one SVG path of unit squares, black on
 * white, with the four-module quiet zone the standard asks for. {@code templates/tags/qr.html} draws it; Qute
 * escapes the title like any text.
 *
 * @param size  the side in modules, quiet zone included
 * @param path  the path data: only moves and lines built from numbers here
 * @param title the image's accessible name, such as "QR code of https://…/play?pin=123456"
 */
public record JoinQr(int size, String path, String title) {

    private static final int QUIET = 4;

    public static JoinQr of(String address, String title) {
        QrCode qr = QrCode.encodeText(address, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder(qr.size * qr.size * 8);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return new JoinQr(qr.size + QUIET * 2, path.toString(), title);
    }
}

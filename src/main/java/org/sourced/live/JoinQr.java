package org.sourced.live;

import io.nayuki.qrcodegen.QrCode;

/**
 * The join address as a QR code in SVG, drawn on the server (Nayuki's qrcodegen): one path of unit squares, black on
 * white, with the four-module quiet zone the standard asks for. The markup holds only numbers and the escaped
 * address in its title, so the host page prints it unescaped ({@code LiveTemplateExtensions.svg}).
 */
public final class JoinQr {

    private static final int QUIET = 4;

    private final String markup;

    private JoinQr(String markup) {
        this.markup = markup;
    }

    /** @param title the image's accessible name, such as "QR code of https://…/play?pin=123456" */
    public static JoinQr of(String address, String title) {
        QrCode qr = QrCode.encodeText(address, QrCode.Ecc.MEDIUM);
        int size = qr.size + QUIET * 2;
        StringBuilder path = new StringBuilder(qr.size * qr.size * 8);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        String markup = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\" aria-labelledby=\"join-qr-title\">"
                + "<title id=\"join-qr-title\">" + escape(title) + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
        return new JoinQr(markup);
    }

    public String html() {
        return markup;
    }

    @Override
    public String toString() {
        return markup;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}

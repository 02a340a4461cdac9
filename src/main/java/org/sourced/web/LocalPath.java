package org.sourced.web;

/** Redirect targets that stay on this site: an open redirect would let a phishing link borrow our pages. */
public final class LocalPath {

    private LocalPath() {
    }

    /** The path itself if it is a path on this site ("/..." but not "//..."), otherwise "/". */
    public static String orRoot(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.contains("\r")
                || path.contains("\n")) {
            return "/";
        }
        return path;
    }
}

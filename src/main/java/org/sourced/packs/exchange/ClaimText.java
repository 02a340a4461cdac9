package org.sourced.packs.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * How a claim-check item shows in formats that do not have one: the stem, a blank line, and the claim as a
 * Markdown quote ({@code > }). An LMS renders the quote; re-import takes the trailing quote back as the claim.
 */
final class ClaimText {

    record Split(String stem, String claim) {
    }

    private ClaimText() {
    }

    static String compose(String stem, String claim) {
        List<String> quoted = new ArrayList<>();
        for (String line : (claim == null ? "" : claim.strip()).split("\n", -1)) {
            quoted.add(line.isBlank() ? ">" : "> " + line);
        }
        String quote = String.join("\n", quoted);
        return stem == null || stem.isBlank() ? quote : stem.strip() + "\n\n" + quote;
    }

    /** The trailing quote is the claim; with no quote the whole text is the claim and there is no stem. */
    static Split split(String text) {
        String[] lines = (text == null ? "" : text.strip()).split("\n", -1);
        int start = lines.length;
        while (start > 0 && lines[start - 1].startsWith(">")) {
            start--;
        }
        if (start == lines.length) {
            return new Split(null, Draft.blankToNull(text));
        }
        List<String> claim = new ArrayList<>();
        for (int i = start; i < lines.length; i++) {
            String line = lines[i].substring(1);
            claim.add(line.startsWith(" ") ? line.substring(1) : line);
        }
        String stem = String.join("\n", java.util.Arrays.asList(lines).subList(0, start));
        return new Split(Draft.blankToNull(stem), Draft.blankToNull(String.join("\n", claim)));
    }
}

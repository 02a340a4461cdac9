package org.sourced.packs;

import java.util.List;

/**
 * Which language a pack is shown in (docs/authoring.md, "Translations"): the one the reader chose for this pack with
 * its switch, when the pack has it; else the UI language (itself {@code ?lang=}, the UI switch's cookie, then
 * {@code Accept-Language}), when the pack has it; else the pack's own. Plain Java.
 */
public final class PackLanguage {

    /** The cookie that remembers the choice made with a pack's switch, one per pack: {@code sourced_pack_lang_<pack id>}. */
    public static final String COOKIE_PREFIX = "sourced_pack_lang_";

    private PackLanguage() {
    }

    /**
     * @param languages the pack's languages, its own first ({@link PackCatalog#languages})
     * @param chosen    the reader's choice for this pack (its cookie, or a form field), or null
     * @param ui        the request's UI language tag
     */
    public static String choose(List<String> languages, String chosen, String ui) {
        if (chosen != null && languages.contains(chosen.strip())) {
            return chosen.strip();
        }
        if (ui != null && languages.contains(ui)) {
            return ui;
        }
        return languages.get(0);
    }

    /** The cookie of a pack's switch. Pack ids hold only letters, digits, '.', '_' and '-', all allowed in a cookie name. */
    public static String cookie(String packId) {
        return COOKIE_PREFIX + packId;
    }
}

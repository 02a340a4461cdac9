package org.sourced.packs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sourced.web.i18n.UiLanguage;

/**
 * Page fragments that depend only on a published pack version, the language of the pack text shown and the UI
 * language: rendered the first time a page needs them, then printed as they are (docs/benchmarks.md, "Every page
 * against nginx"). A published version never changes, so a fragment never goes stale. Nothing that varies per
 * student or per request (an answer, a name, the CSRF token, the viewer) may go into one: the page renders those
 * around the fragments. Drafts are rendered every time.
 */
@ApplicationScoped
public class RenderedOnce {

    /** Enough for every fragment of hundreds of versions in three UI languages; past it, fragments are rendered each time. */
    static final int LIMIT = 10_000;

    /** What a fragment depends on, all of it. */
    record Key(String fragment, long packVersionId, String packLanguage, String uiLanguage) {
    }

    private final Map<Key, RawString> fragments = new ConcurrentHashMap<>();

    @Inject
    UiLanguage ui;

    /**
     * @param fragment     the fragment's name, unique in the app (such as {@code "pack$intro"})
     * @param packLanguage the language of the pack text the fragment shows
     * @param template     the fragment's template instance, rendered on a miss, with this request's UI language
     */
    public RawString get(String fragment, PackVersion version, String packLanguage, Supplier<TemplateInstance> template) {
        if (!PackVersion.PUBLISHED.equals(version.status) || version.id == null) {
            return new RawString(template.get().render());
        }
        Key key = new Key(fragment, version.id, packLanguage, ui.lang());
        RawString html = fragments.get(key);
        if (html == null) {
            html = new RawString(template.get().render());
            if (fragments.size() < LIMIT) {
                fragments.put(key, html);
            }
        }
        return html;
    }

    /** Every stored fragment, for the test that proves none carries one student's state into another's page. */
    java.util.Collection<RawString> stored() {
        return java.util.List.copyOf(fragments.values());
    }
}

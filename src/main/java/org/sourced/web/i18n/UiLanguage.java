package org.sourced.web.i18n;

import java.util.List;
import java.util.Locale;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.sourced.web.i18n.Languages.Language;

/**
 * The language of this request's pages, chosen by {@link LanguageFilter}. Templates read it as
 * {@code inject:ui} ({@code <html lang="{inject:ui.lang}">}, the switcher); Java reads {@link #messages()}.
 */
@Named("ui")
@RequestScoped
public class UiLanguage {

    private Language language = Languages.DEFAULT;
    private String back = "/";
    private Messages messages;
    private TeachMessages teach;

    void choose(Language language, String back) {
        this.language = language;
        this.back = back;
        this.messages = null;
        this.teach = null;
    }

    public Language language() {
        return language;
    }

    /** The BCP 47 tag, for {@code lang} attributes. */
    public String lang() {
        return language.tag();
    }

    public Locale locale() {
        return language.locale();
    }

    /** The languages the switcher offers. */
    public List<Language> options() {
        return Languages.ALL;
    }

    /** Where the switcher returns to: this page's path and query, without {@code lang}. */
    public String back() {
        return back;
    }

    /** The UI strings in this request's language, for text that Java puts on a page. */
    public Messages messages() {
        if (messages == null) {
            messages = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        }
        return messages;
    }

    /** The strings of the teacher's pages in this request's language. */
    public TeachMessages teach() {
        if (teach == null) {
            teach = UiText.Bundles.get(TeachMessages.class, language.tag());
        }
        return teach;
    }

    /** This request's language; English outside a request (start-up, scheduled jobs). */
    static Language current() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return Languages.DEFAULT;
        }
        return arc.instance(UiLanguage.class).get().language();
    }
}

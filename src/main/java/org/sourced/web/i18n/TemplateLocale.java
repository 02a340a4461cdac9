package org.sourced.web.i18n;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every page's template instance is created with the request's UI locale as its {@code locale} attribute.
 * Qute's {@code msg:} namespace reads that attribute before anything else (quarkus-rest-qute would otherwise
 * pick the first {@code Accept-Language} entry, ignoring the cookie, {@code ?lang=} and the weights), and the
 * date extensions in {@code TemplateExtensions} format with it.
 */
@ApplicationScoped
class TemplateLocale {

    /**
     * A message with parameters is itself a small template ({@code msg_questionOf}, {@code msg_ru_questionOf}),
     * rendered inside a page whose locale already chose the bundle: it needs no locale of its own, and a
     * question page renders dozens of them. (So a message should get dates already formatted.)
     */
    private static final String MESSAGE_TEMPLATE = MessageBundle.DEFAULT_NAME + "_";

    void addInitializer(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(TemplateLocale::setLocale);
    }

    static void setLocale(TemplateInstance instance) {
        String id = instance.getTemplate().getId();
        if (id == null || !id.startsWith(MESSAGE_TEMPLATE)) {
            instance.setLocale(UiLanguage.current().locale());
        }
    }
}

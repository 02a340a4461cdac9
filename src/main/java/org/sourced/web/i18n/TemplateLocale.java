package org.sourced.web.i18n;

import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every template instance is created with the request's UI locale as its {@code locale} attribute. Qute's
 * {@code msg:} namespace reads that attribute before anything else (quarkus-rest-qute would otherwise pick
 * the first {@code Accept-Language} entry, ignoring the cookie, {@code ?lang=} and the weights), and the
 * date extensions in {@code TemplateExtensions} format with it.
 */
@ApplicationScoped
class TemplateLocale {

    void addInitializer(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> instance.setLocale(UiLanguage.current().locale()));
    }
}

package org.sourced.web.i18n;

import java.net.URI;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.sourced.web.LocalPath;
import org.sourced.web.UserError;
import org.sourced.web.i18n.Languages.Language;

/** The language switcher in the footer: remembers the choice in a cookie and goes back to the page. */
@Path("/language")
public class LanguagePages {

    @Inject
    UiLanguage ui;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm String back, @Context HttpServerRequest http) {
        Language language = Languages.byTag(lang)
                .orElseThrow(() -> UserError.badRequest(ui.messages().languageUnknown(String.valueOf(lang))));
        boolean https = "https".equals(http.scheme()) || "https".equalsIgnoreCase(http.getHeader("X-Forwarded-Proto"));
        return Response.seeOther(target(back)).cookie(LanguageCookie.of(language, https)).build();
    }

    private static URI target(String back) {
        try {
            return URI.create(LocalPath.orRoot(back));
        } catch (IllegalArgumentException notAUri) {
            return URI.create("/");
        }
    }
}

package org.sourced.packs;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import org.sourced.packs.format.Lesson;
import org.sourced.packs.format.Objective;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.QuestionSet;
import org.sourced.web.LocalPath;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** The home page (every pack) and a pack's page (its lessons by objective, its sources, quiz start). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PackPages {

    @Inject
    PackCatalog catalog;
    @Inject
    RenderedOnce rendered;
    @Inject
    PackLanguages languages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<HomePack> packs);

        /** The page prints {@code once}; the other parameters are those of its fragments, rendered into {@code once}. */
        static native TemplateInstance pack(PackVersion version, PackContent pack, Map<Objective, List<Lesson>> lessonsByObjective,
                                            Map<String, Integer> questionsByObjective, List<QuestionSet> sets, PackFragments once,
                                            List<PackLanguages.Option> languages);

        static native TemplateInstance pack$intro(PackVersion version, PackContent pack, Map<Objective, List<Lesson>> lessonsByObjective,
                                                  Map<String, Integer> questionsByObjective);

        static native TemplateInstance pack$quizFields(PackVersion version, PackContent pack, Map<String, Integer> questionsByObjective,
                                                       List<QuestionSet> sets);

        static native TemplateInstance pack$sources(PackContent pack);
    }

    /** The pack page's parts that depend only on the version and the languages, rendered once ({@link RenderedOnce}). */
    public record PackFragments(RawString intro, RawString quizFields, RawString sources) {
    }

    /** A pack on the home page, in the language it is shown in ({@link PackLanguages}); {@code languages} all it has. */
    public record HomePack(String packId, String title, String summary, String language, int lessonCount, int questionCount,
                           int versionNo, List<String> languages) {
    }

    @GET
    public TemplateInstance home() {
        List<HomePack> packs = catalog.listing().stream().map(v -> {
            List<String> offered = catalog.languages(v);
            if (offered.size() < 2) {
                return new HomePack(v.packId, v.title, v.summary, v.language, v.lessonCount, v.questionCount, v.versionNo, offered);
            }
            var m = catalog.content(v, languages.chosen(v)).manifest();
            return new HomePack(v.packId, m.title(), m.summary(), m.language(), v.lessonCount, v.questionCount, v.versionNo, offered);
        }).toList();
        return Templates.home(packs);
    }

    @GET
    @Path("packs/{id}")
    public TemplateInstance pack(@PathParam("id") String id) {
        PackVersion version = catalog.current(id).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoPack(id))));
        String language = languages.chosen(version);
        PackContent pack = catalog.content(version, language);
        Map<Objective, List<Lesson>> byObjective = new LinkedHashMap<>();
        Map<String, Integer> questionCounts = new LinkedHashMap<>();
        for (Objective o : pack.manifest().objectives()) {
            byObjective.put(o, pack.lessons().stream().filter(l -> l.objective().equals(o.id())).toList());
            questionCounts.put(o.id(), (int) pack.questions().stream().filter(q -> q.objective().equals(o.id())).count());
        }
        List<QuestionSet> sets = pack.manifest().sets();
        String lang = pack.manifest().language();
        PackFragments once = new PackFragments(
                rendered.get("pack$intro", version, lang, () -> Templates.pack$intro(version, pack, byObjective, questionCounts)),
                rendered.get("pack$quizFields", version, lang, () -> Templates.pack$quizFields(version, pack, questionCounts, sets)),
                rendered.get("pack$sources", version, lang, () -> Templates.pack$sources(pack)));
        return Templates.pack(version, pack, byObjective, questionCounts, sets, once,
                PackLanguages.options(catalog.languages(version), lang));
    }

    /** A pack's language switch: remembers the choice for this pack in a cookie and goes back to the page. */
    @POST
    @Path("packs/{id}/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response language(@PathParam("id") String id, @RestForm String lang, @RestForm String back) {
        PackVersion version = catalog.current(id).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoPack(id))));
        List<String> offered = catalog.languages(version);
        if (lang == null || !offered.contains(lang.strip())) {
            throw UserError.badRequest(UiText.msg(m -> m.packLanguageUnknown(String.valueOf(lang), String.join(", ", offered))));
        }
        return Response.seeOther(target(back, "/packs/" + id)).cookie(languages.remember(id, lang.strip())).build();
    }

    /** A local path to go back to, else {@code fallback}. */
    public static URI target(String back, String fallback) {
        try {
            return URI.create(back == null || back.isBlank() ? fallback : LocalPath.orRoot(back));
        } catch (IllegalArgumentException notAUri) {
            return URI.create(fallback);
        }
    }
}

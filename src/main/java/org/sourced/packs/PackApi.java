package org.sourced.packs;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sourced.packs.format.PackContent;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiLanguage;

/** Packs as JSON. Built from dedicated records: answer keys have no field to travel in. */
@Path("/api/packs")
@Produces(MediaType.APPLICATION_JSON)
public class PackApi {

    @Inject
    PackCatalog catalog;
    @Inject
    Instance<PackErrata> errata;
    @Inject
    UiLanguage ui;

    /** @param languages the pack's languages (BCP 47 tags), its own first, then its translations' */
    public record PackSummary(String id, String title, int version, String label, String language, int lessons, int questions,
                              List<String> languages) {
    }

    public record PackDetail(String id, String title, String summary, int version, String label, String language, String licence,
                             List<String> authors, List<ObjectiveJson> objectives, List<SourceJson> sources, List<SetJson> sets,
                             List<LessonJson> lessons, int questions, List<PackErrata.Entry> errata, List<String> languages) {
    }

    public record ObjectiveJson(String id, String title, long questions) {
    }

    public record SourceJson(String id, String kind, String title, String publisher, LocalDate published, String url) {
    }

    public record SetJson(String id, String title, long questions) {
    }

    public record LessonJson(String id, String title, String objective, String url) {
    }

    @GET
    @Operation(summary = "Every published pack, newest version of each")
    public List<PackSummary> list() {
        return catalog.listing().stream()
                .map(v -> new PackSummary(v.packId, v.title, v.versionNo, v.label, v.language, v.lessonCount, v.questionCount,
                        catalog.languages(v)))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A pack's metadata, objectives, sources, lessons and errata (never its answer keys), in the language "
            + "that ?lang= or Accept-Language asks for when the pack has it, else in its own")
    public PackDetail get(@PathParam("id") String id, @QueryParam("lang") String lang) {
        PackVersion v = catalog.current(id).orElseThrow(() -> UserError.notFound("There is no pack '" + id + "'."));
        List<String> languages = catalog.languages(v);
        PackContent pack = catalog.content(v, PackLanguage.choose(languages, lang, ui.lang()));
        var m = pack.manifest();
        return new PackDetail(v.packId, m.title(), m.summary(), v.versionNo, m.version(), m.language(), m.licence(), m.authors(),
                m.objectives().stream().map(o -> new ObjectiveJson(o.id(), o.title(),
                        pack.questions().stream().filter(q -> q.objective().equals(o.id())).count())).toList(),
                m.sources().stream().map(s -> new SourceJson(s.id(), s.kind().key(), s.title(), s.publisher(), s.published(), s.url()))
                        .toList(),
                m.sets().stream().map(s -> new SetJson(s.id(), s.title(),
                        pack.questions().stream().filter(q -> q.tags().contains(s.tag())).count())).toList(),
                pack.lessons().stream().map(l -> new LessonJson(l.id(), l.title(), l.objective(),
                        "/packs/" + v.packId + "/lessons/" + l.id())).toList(),
                pack.questions().size(), errata.isResolvable() ? errata.get().of(v.packId) : List.of(), languages);
    }
}

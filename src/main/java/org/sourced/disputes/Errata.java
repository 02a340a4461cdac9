package org.sourced.disputes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackErrata;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.PackContent;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** A pack's errata, newest first: for the pack's JSON and its public errata page. */
@ApplicationScoped
public class Errata implements PackErrata {

    @Inject
    PackCatalog catalog;

    /** The public errata page of a pack: its current title and language, and every erratum, newest first. */
    public record Page(String packId, String title, String language, List<Entry> errata) {
    }

    @Override
    @Transactional
    public List<Entry> of(String packId) {
        return Erratum.ofPack(packId).stream().map(DisputeApi::erratum).toList();
    }

    @Transactional
    public Page page(String packId) {
        PackVersion v = catalog.current(packId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoPack(packId))));
        PackContent pack = catalog.content(v);
        return new Page(packId, pack.manifest().title(), pack.manifest().language(), of(packId));
    }
}

package org.sourced.disputes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sourced.packs.PackErrata;

/** A pack's errata, newest first: for the pack's JSON and its public errata page. */
@ApplicationScoped
public class Errata implements PackErrata {

    @Override
    @Transactional
    public List<Entry> of(String packId) {
        return Erratum.ofPack(packId).stream().map(DisputeApi::erratum).toList();
    }
}

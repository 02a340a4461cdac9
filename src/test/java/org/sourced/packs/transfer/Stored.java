package org.sourced.packs.transfer;

import java.util.Map;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.sourced.packs.Drafts;
import org.sourced.packs.PackFile;
import org.sourced.packs.PackVersion;
import org.sourced.packs.format.PackReader;

/** What the database holds, read in a transaction of its own. */
final class Stored {

    /** Rows of the two tables an import writes: equal before and after means nothing was stored. */
    record Counts(long versions, long files) {
    }

    private Stored() {
    }

    static Counts counts() {
        return QuarkusTransaction.requiringNew().call(() -> new Counts(PackVersion.count(), PackFile.count()));
    }

    static Optional<PackReader.Result> draft(String packId) {
        return QuarkusTransaction.requiringNew().call(() -> Drafts.draftOf(packId).map(Drafts::read));
    }

    static Map<String, String> draftFiles(String packId) {
        return QuarkusTransaction.requiringNew().call(() -> PackFile.filesOf(Drafts.draftOf(packId).orElseThrow().id));
    }

    static PackVersion currentPublished(String packId) {
        return QuarkusTransaction.requiringNew().call(() -> PackVersion.currentPublished(packId).orElseThrow());
    }

    static Map<String, String> files(long versionId) {
        return QuarkusTransaction.requiringNew().call(() -> PackFile.filesOf(versionId));
    }

    static long versionsOf(String packId) {
        return QuarkusTransaction.requiringNew().call(() -> PackVersion.count("packId", packId));
    }
}

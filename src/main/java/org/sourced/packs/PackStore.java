package org.sourced.packs;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.packs.format.PackContent;

/** Stores checked packs as versions, keyed by content hash. */
@ApplicationScoped
public class PackStore {

    /** What storing a pack did. */
    public enum Outcome { NEW_PACK, NEW_VERSION, UNCHANGED }

    public record Stored(PackVersion version, Outcome outcome) {
    }

    @Inject
    PackCatalog catalog;

    /**
     * Stores {@code pack} as a new published version unless a published version with the same content
     * exists. One transaction: the version and all its files land together or not at all.
     */
    @Transactional
    public Stored publish(PackContent pack, String origin, Long ownerId) {
        Optional<PackVersion> same = PackVersion.withHash(pack.id(), pack.contentHash());
        if (same.isPresent()) {
            return new Stored(same.get(), Outcome.UNCHANGED);
        }
        int versionNo = PackVersion.nextVersionNo(pack.id());
        PackVersion version = new PackVersion();
        version.packId = pack.id();
        // a draft's owner stays the owner of what it publishes
        version.versionNo = versionNo;
        version.status = PackVersion.PUBLISHED;
        version.origin = origin;
        version.ownerId = ownerId;
        fill(version, pack);
        version.persist();
        writeFiles(version.id, pack);
        catalog.forgetListings();
        Log.infof("Stored pack %s version %d (%d lessons, %d questions)", pack.id(), versionNo, pack.lessons().size(),
                pack.questions().size());
        return new Stored(version, versionNo == 1 ? Outcome.NEW_PACK : Outcome.NEW_VERSION);
    }

    static void fill(PackVersion version, PackContent pack) {
        version.contentHash = pack.contentHash();
        version.title = pack.manifest().title();
        version.summary = pack.manifest().summary();
        version.language = pack.manifest().language();
        version.label = pack.manifest().version();
        version.lessonCount = pack.lessons().size();
        version.questionCount = pack.questions().size();
        version.createdAt = Instant.now();
    }

    static void writeFiles(long versionId, PackContent pack) {
        pack.files().forEach((path, text) -> {
            PackFile file = new PackFile();
            file.packVersionId = versionId;
            file.path = path;
            file.content = text;
            file.persist();
        });
    }
}
